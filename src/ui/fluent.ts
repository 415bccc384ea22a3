/**
 * Fluent 2 for the pane's chrome: the three web components it uses, registered one by one (each `define` import
 * registers its element; the full set would double the bundle), and the light or dark token set.
 *
 * Fluent v3 styles its elements through constructable stylesheets (adoptedStyleSheets) and `setTheme` writes the
 * tokens the same way, which a CSP `style-src 'self'` does not block; where a WebView lacks adoptedStyleSheets it
 * falls back to CSSOM property writes on <html>, also allowed. Imported only by host entries: importing it runs
 * browser-only code (CSSStyleSheet, customElements), so renderers and tests stay free of it.
 */
import '@fluentui/web-components/button.js';
import '@fluentui/web-components/message-bar.js';
import '@fluentui/web-components/spinner.js';
import { setTheme } from '@fluentui/web-components/theme/set-theme.js';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';

/** Applies Fluent's web light or dark tokens to the whole page, and tells our stylesheet which it is. */
export function applyFluentTheme(dark: boolean): void {
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
