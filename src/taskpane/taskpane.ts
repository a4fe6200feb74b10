import { paneElements } from "./pane-elements";
import { startPane } from "./pane-controller";

// The bundle is loaded with `defer`: the document is parsed by now. old-webview.js ran first: where
// it found the browser too old it has said so, and the pane stays off; elsewhere it checks, once the
// page has loaded, that this mark is there, and says the browser is too old if this bundle never ran.
const root = document.documentElement;
if (root.dataset.pane !== "too-old") {
  root.dataset.pane = "started";
  startPane(paneElements(document));
}
