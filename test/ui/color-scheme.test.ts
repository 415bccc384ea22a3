import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { followColorScheme, markTheme } from '../../src/ui/color-scheme';

/** A window whose prefers-color-scheme the test sets and changes, as a system (or Thunderbird's theme) does. */
function fakeWindow(dark: boolean) {
  const listeners: ((e: { matches: boolean }) => void)[] = [];
  const query = {
    matches: dark,
    addEventListener: (_: string, fn: (e: { matches: boolean }) => void) => listeners.push(fn),
  };
  const win = {
    matchMedia: (q: string) => (q === '(prefers-color-scheme: dark)' ? query : undefined),
  } as unknown as Window;
  return { win, change: (next: boolean) => listeners.forEach((fn) => fn({ matches: next })) };
}

describe('following the light or dark preference (standalone page, Thunderbird pages)', () => {
  it('marks the page dark or light now and whenever the preference changes', () => {
    const { document } = new JSDOM('<html></html>').window;
    const { win, change } = fakeWindow(true);
    followColorScheme(win, (dark) => markTheme(document, dark));
    expect(document.documentElement.dataset.theme).to.equal('dark');
    change(false);
    expect(document.documentElement.dataset.theme).to.equal('light');
  });

  it('stays light where the preference cannot be asked', () => {
    const { document } = new JSDOM('<html></html>').window;
    followColorScheme({} as Window, (dark) => markTheme(document, dark));
    expect(document.documentElement.dataset.theme).to.equal('light');
    const throwing = {
      matchMedia: () => {
        throw new Error('no media queries here');
      },
    } as unknown as Window;
    followColorScheme(throwing, (dark) => markTheme(document, dark));
    expect(document.documentElement.dataset.theme).to.equal('light');
  });
});
