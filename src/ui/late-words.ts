/**
 * The words a drawing needs that the reader's dictionary may not hold yet. Here every host's dictionaries are whole
 * from the start, so nothing waits; the task pane's bundle puts scripts/late-words-pane.js in this module's place
 * (webpack.config.js), which fetches the findings' rarer sentences before a drawing that names one.
 */
import type { Lang } from '../i18n';

/** Settles once the words of every message key in `drawing` (a report, notices) are loaded for `lang`. */
export function loadWordsFor(drawing: unknown, lang: Lang): Promise<void> {
  void drawing;
  void lang;
  return Promise.resolve();
}

/** Settles once every word of `lang` is loaded (the code behind the Report and Copy buttons names late ones). */
export function loadLateWords(lang: Lang): Promise<void> {
  void lang;
  return Promise.resolve();
}
