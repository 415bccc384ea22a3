/**
 * Light or dark, following Outlook. `Office.context.officeTheme` exists in Outlook only from Mailbox 1.14, and
 * there `isDarkTheme` is NOT supported (always false): the body background colour is what says it. Older clients
 * fall back to the WebView's `prefers-color-scheme`, which follows the system (and Outlook's dark mode on the web).
 */
import type { OfficeApi } from './read-item';

/** Relative luminance of a `#rrggbb` colour (WCAG 2), or undefined when it is not one. */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => {
    const c = parseInt(h ?? '0', 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Dark when Outlook's body background is dark; undefined when this client cannot say (before Mailbox 1.14). */
function officeThemeIsDark(office: OfficeApi, theme?: Office.OfficeTheme): boolean | undefined {
  let supported: boolean;
  try {
    supported = office.context.requirements.isSetSupported('Mailbox', '1.14');
  } catch {
    supported = false;
  }
  if (!supported) return undefined;
  const current = theme ?? office.context.officeTheme;
  const lum = current ? luminance(current.bodyBackgroundColor ?? '') : undefined;
  return lum === undefined ? undefined : lum < 0.4;
}

/** The WebView's own preference, when it can be asked. */
export function systemPrefersDark(win: Window | undefined): boolean {
  try {
    return Boolean(win?.matchMedia?.('(prefers-color-scheme: dark)').matches);
  } catch {
    return false;
  }
}

/**
 * Calls `apply(dark)` now and whenever the theme changes: on OfficeThemeChanged (Mailbox 1.14) or, before that,
 * when the system preference changes.
 */
export function followTheme(office: OfficeApi, win: Window | undefined, apply: (dark: boolean) => void): void {
  const fromOffice = officeThemeIsDark(office);
  apply(fromOffice ?? systemPrefersDark(win));
  if (fromOffice !== undefined) {
    try {
      office.context.mailbox.addHandlerAsync(
        office.EventType.OfficeThemeChanged,
        (args: { officeTheme?: Office.OfficeTheme }) => {
          apply(officeThemeIsDark(office, args?.officeTheme) ?? systemPrefersDark(win));
        },
      );
    } catch {
      // A client that claims 1.14 but refuses the handler keeps the theme it started with.
    }
    return;
  }
  try {
    win?.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', (e) => apply(e.matches));
  } catch {
    // Old WebViews without MediaQueryList events: the pane keeps the theme it started with.
  }
}
