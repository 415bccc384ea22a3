/**
 * Entry of the task pane bundle (taskpane.html). office.js comes from Microsoft's CDN in a <script> before this one
 * (never bundled: Microsoft updates it, and Outlook expects its own); this file only wires the real globals into
 * the testable pieces: the theme, the pane controller, and Fluent's button once the first verdict is drawn.
 */
import { langFromLocale, loadLanguage } from '../../i18n';
import { applyFluentTheme, useFluentButtons } from '../../ui/fluent-theme';
import { ipOwnerSource } from '../../ui/ip-owner-loader';
import { showOfficeMissing, startTaskpane } from './taskpane';
import { systemPrefersDark } from './theme';

function main(): void {
  const container = document.getElementById('pane');
  if (!container) return;
  // The system's look until Outlook says which theme it shows (followTheme, once Office is ready).
  applyFluentTheme(systemPrefersDark(window));
  useFluentButtons();
  if (typeof Office === 'undefined') {
    // The CDN script was blocked or failed: no Office object, so say what is wrong in the browser's language.
    const lang = langFromLocale(navigator.language);
    void loadLanguage(lang).then(() => showOfficeMissing(container, lang));
    return;
  }
  // The IP table's index and decoder are asked for now, while Office starts: a message then waits only for its shards.
  const ipOwner = ipOwnerSource();
  ipOwner.index().catch(() => undefined); // a failure is said when a message needs the data
  void startTaskpane({ office: Office, container, applyTheme: applyFluentTheme, ipOwner })
    // Fluent's button code once the first verdict (or notice) is drawn: the checklist never waits for it.
    .finally(() => import(/* webpackChunkName: "fluent" */ '../../ui/fluent'))
    .catch(() => undefined);
}

main();
