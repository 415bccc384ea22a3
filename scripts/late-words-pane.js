/**
 * The task pane's late words (webpack.config.js puts this module in place of src/ui/late-words.ts): the shared words
 * of a language start without the findings' and story's rarer sentences (scripts/i18n-words-pane.cjs), which are a
 * chunk of their own per language. Before a report or notice is drawn, or a summary written, every message key it
 * names (each `key`, each of `keys`, at any depth) is looked up in the language's first words; one missing fetches
 * the rest once. The look-up is the dictionary itself, so no key can be missed by a list of ours. The code behind
 * the Report and Copy buttons loads them all before it writes (its own words are among them).
 */
import { addMessages } from '../src/i18n/index.ts';

const loaded = {};
const loading = {};

/** The language's first words: the chunk the pane loaded before its first drawing (i18n/index.ts). */
const firstWords = (lang) =>
  lang === 'ja'
    ? import(/* webpackChunkName: "i18n-ja" */ '../src/i18n/ja.ts').then((m) => m.ja)
    : import(/* webpackChunkName: "i18n-en" */ '../src/i18n/en.ts').then((m) => m.en);

const lateWords = (lang) =>
  lang === 'ja'
    ? import(/* webpackChunkName: "i18n-late-ja" */ '../src/i18n/ja.ts?late')
    : import(/* webpackChunkName: "i18n-late-en" */ '../src/i18n/en.ts?late');

/** Whether `value` names a message key `words` lacks. Linear in the drawing (a report is plain, acyclic data). */
function lacks(value, words) {
  if (!value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => lacks(item, words));
  if (typeof value.key === 'string' && !Object.hasOwn(words, value.key)) return true;
  if (Array.isArray(value.keys) && value.keys.some((k) => typeof k === 'string' && !Object.hasOwn(words, k)))
    return true;
  return Object.values(value).some((item) => lacks(item, words));
}

export async function loadWordsFor(drawing, lang) {
  if (loaded[lang]) return;
  if (!lacks(drawing, await firstWords(lang))) return;
  return loadLateWords(lang);
}

/** Loads the language's late words whatever they are needed for (the summary's and the draft's words are). */
export function loadLateWords(lang) {
  if (loaded[lang]) return Promise.resolve();
  loading[lang] ??= lateWords(lang).then(
    (module) => {
      addMessages({ en: {}, ja: {}, [lang]: module.late });
      loaded[lang] = true;
    },
    (error) => {
      delete loading[lang]; // tried again at the next drawing
      throw error;
    },
  );
  return loading[lang];
}
