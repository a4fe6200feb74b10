/*
 * Runs before the pane's bundle, in any browser Office may host the pane in. The bundle is ES2022:
 * Internet Explorer 11 and EdgeHTML (the add-in browsers of Excel 2019 and earlier, which the manifest
 * keeps out but a sideload can reach) cannot parse it, and the pane would stay at "Connecting to
 * Office…". So this file uses ES3 syntax and built-ins only (no let, arrows, classes or
 * addEventListener assumed), and carries its own sentence: it cannot import the pane's messages.
 *
 * It says so at once when the browser lacks built-ins that came with ES2022's syntax, and again once
 * the page has loaded if the bundle never marked the page as started (a parse or start-up error).
 */
(function () {
  var MESSAGE =
    "Tieout cannot run in this version of Excel: its add-in browser is too old. " +
    "Tieout supports Microsoft 365, Excel 2021 or later on Windows or Mac, and Excel on the web.";
  var root = document.documentElement;

  function modern() {
    return (
      typeof Object.hasOwn === "function" &&
      typeof Array.prototype.at === "function" &&
      typeof window.Promise === "function" &&
      typeof window.Promise.allSettled === "function" &&
      typeof String.prototype.replaceAll === "function"
    );
  }

  function tooOld() {
    var status = document.getElementById("host-status");
    if (status) {
      while (status.firstChild) status.removeChild(status.firstChild);
      status.appendChild(document.createTextNode(MESSAGE));
      status.setAttribute("data-host", "too-old");
      status.setAttribute("role", "alert");
    }
    var main = document.getElementById("drop-zone");
    if (main) main.style.display = "none";
    root.setAttribute("data-pane", "too-old");
  }

  function onLoad(run) {
    if (window.addEventListener) window.addEventListener("load", run, false);
    else if (window.attachEvent) window.attachEvent("onload", run);
  }

  if (!modern()) {
    tooOld();
    return;
  }
  onLoad(function () {
    if (root.getAttribute("data-pane") !== "started") tooOld();
  });
})();
