/**
 * The ribbon's function file. Tieout's only button opens the task pane (a ShowTaskpane action in
 * manifest.xml), which needs no code; Office still loads this page, and waits for it to be ready.
 */
if (typeof Office !== "undefined") void Office.onReady();
