// A stand-in for Office.js inside Excel, served at the Office CDN address in the browser tests, so
// the built pane runs its in-Excel path: Office.onReady reports Excel, Excel.run hands out a context
// that records every call, loads nothing but the sheets named in the page's #sheets=… hash, and, with
// #fail, rejects the second sync (the import's write) as Excel would reject a bad batch; #theme=dark
// reports the colours of Office's Dark Gray theme.
(() => {
  const params = new URLSearchParams(location.hash.slice(1));
  const sheets = (params.get("sheets") || "")
    .split(",")
    .filter(Boolean)
    .map((name) => ({ name, customProperties: { items: [] } }));
  const calls = [];
  let syncs = 0;
  window.__excel = { calls, syncs: () => syncs };
  const proxy = (path) =>
    new Proxy(function () {}, {
      get(_target, key) {
        if (key === "then") return undefined;
        if (key === "sync")
          return () => {
            syncs += 1;
            calls.push("sync");
            return params.has("fail") && syncs === 2
              ? Promise.reject(Object.assign(new Error("The argument is invalid."), { code: "InvalidArgument" }))
              : Promise.resolve();
          };
        if (key === "items") return path.endsWith("worksheets") ? sheets : [];
        return proxy(`${path}.${String(key)}`);
      },
      set(_target, key) {
        calls.push(`${path}.${String(key)}=`);
        return true;
      },
      apply(_target, _this, args) {
        calls.push(`${path}(${args.filter((a) => typeof a === "string").join(",")})`);
        return proxy(`${path}()`);
      },
    });
  window.Office = {
    HostType: { Excel: "Excel" },
    onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      officeTheme:
        params.get("theme") === "dark"
          ? { bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636" }
          : { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000", controlBackgroundColor: "#FFFFFF" },
      requirements: { isSetSupported: (set, version) => set === "ExcelApi" && Number(version.split(".")[1]) <= 18 },
    },
  };
  window.Excel = { run: (callback) => callback(proxy("context")) };
})();
