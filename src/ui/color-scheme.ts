/**
 * Light or dark from the system's preference, for the pages that have no host to ask (the standalone page) or whose
 * host passes its own theme on as `prefers-color-scheme` (Thunderbird's extension pages follow its theme).
 */

/** Calls `apply` with the preference now and whenever it changes. */
export function followColorScheme(win: Window, apply: (dark: boolean) => void): void {
  let query: MediaQueryList | undefined;
  try {
    query = win.matchMedia?.('(prefers-color-scheme: dark)');
  } catch {
    query = undefined;
  }
  apply(Boolean(query?.matches));
  query?.addEventListener?.('change', (e) => apply(e.matches));
}

/** Marks the page light or dark: the stylesheets (fluent-tokens.css, styles.css) key the tokens on it. */
export function markTheme(doc: Document, dark: boolean): void {
  doc.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
