import { paneElements } from "./pane-elements";
import { startPane } from "./pane-controller";

// The bundle is loaded with `defer`: the document is parsed by now.
startPane(paneElements(document));
