import type { PaneTheme } from "./office-host";

/**
 * Follows Office's theme: a dark Office gets the pane's dark palette, on Office's own background and
 * text colours. Without a theme from Office the stylesheet follows prefers-color-scheme. CSSOM, not a
 * style attribute, so the page's CSP (no inline style) allows it.
 */
export function applyTheme(root: HTMLElement, theme: PaneTheme | null): void {
  if (!theme) return;
  root.dataset.theme = theme.dark ? "dark" : "light";
  root.style.setProperty("--surface", theme.background);
  root.style.setProperty("--text", theme.text);
}
