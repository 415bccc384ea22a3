/**
 * Entry of the standalone page's bundle (dist/index.html): wires the real globals — the document, fetch for the
 * admin's config.json, the sample and the IP table's files (all on this origin only; the CSP's connect-src 'self' holds it to
 * that), the system's light or dark preference — into the testable page (web-page.ts). The language is the
 * browser's, or `?lang=ja`.
 */
import { langFromLocale, loadLanguage, type Lang } from '../../i18n';
import { followColorScheme } from '../../ui/color-scheme';
import '../../ui/fluent';
import { applyFluentTheme } from '../../ui/fluent-theme';
import { ipOwnerSource } from '../../ui/ip-owner-loader';
import { loadAdminConfig } from '../common/admin-config';
import { startWebPage, type WebPage } from './web-page';

function initialLang(): Lang {
  const asked = new URLSearchParams(location.search).get('lang');
  return asked === 'ja' || asked === 'en' ? asked : langFromLocale(navigator.language);
}

// The admin's config.json beside the page (the add-in's file), asked for as the script starts: it is ready by the
// first check, and the page's requests all start before it has loaded.
const config = loadAdminConfig((url, init) => fetch(url, init));
// The IP table's index and decoder, likewise: a check then fetches only its message's shards before drawing.
const ipOwner = ipOwnerSource();
ipOwner.index().catch(() => undefined); // a failure is said when a message needs the data

async function main(): Promise<void> {
  const root = document.getElementById('app');
  if (!root) return;
  // The system's dark mode, now and when it changes: no Office here to ask.
  followColorScheme(window, applyFluentTheme);
  // The page's first words in the reader's language (each language is its own small file), and English for the
  // summary's part for IT.
  const lang = initialLang();
  await Promise.all([loadLanguage(lang), loadLanguage('en')]);
  const page = startWebPage(root, {
    lang,
    fetchBytes: (url) => fetch(url, { credentials: 'same-origin' }),
    ipOwner,
    loadConfig: () => config,
  });
  warmUpAfterFirstPaint(page);
}

/**
 * The page's first check was mostly making what every analysis reads — the brand index and its look-alike targets,
 * the phrase finders, the parser's and the checks' code compiled on first call — on the click's path (issue #19:
 * 330–460 ms from the click to the checklist, against 300). So, as the task pane does (ui/warm-up.ts), a small
 * made-up message is analysed once the page has painted, while the reader pastes or chooses a message, and its report
 * is dropped; never once a check has begun, which makes them itself. No verdict changes: the core keeps between
 * analyses only pure look-ups and what its data makes.
 */
function warmUpAfterFirstPaint(page: WebPage): void {
  // The frame's callback runs before its paint; a task queued from it runs after.
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (page.begun) return;
      import(/* webpackChunkName: "warm-up" */ '../../ui/warm-up')
        .then((m) => m.warmUp(() => page.begun))
        .catch(() => undefined); // a failure is the first check's to say
    }, 0),
  );
}

/**
 * Fluent defines its elements a few microtasks after import (FAST resolves their templates first); the page's own
 * buttons are drawn as Fluent's once that has happened, so wait for it, briefly (native buttons otherwise).
 */
function fluentDefined(): Promise<unknown> {
  return Promise.race([
    customElements.whenDefined('fluent-button'),
    new Promise((resolve) => setTimeout(resolve, 300)),
  ]);
}

void fluentDefined().then(main);
