/**
 * The page's light or dark look: Fluent's web tokens (fluent-tokens.css) and `color-scheme` (form controls,
 * scrollbars) are keyed on this one attribute, so the theme is set here instead of by Fluent's runtime `setTheme`.
 */
export function applyFluentTheme(dark: boolean): void {
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

/**
 * Says the page draws its buttons as Fluent's web component (dom.ts `button`), before its code has arrived: until
 * it is defined, styles.css gives the element the same look.
 */
export function useFluentButtons(): void {
  document.documentElement.dataset.fluent = '';
}
