/**
 * One typed dictionary in two languages. `translate` fills `{param}` placeholders with plain text; the result is
 * always rendered with textContent, so a parameter taken from a message can never become markup.
 *
 * What a reader downloads before the first verdict is kept small: the shared words of each language are their own
 * bundle chunk, fetched by `loadLanguage` (a Japanese reader needs English only later, for the summary to IT, and
 * an English reader never fetches Japanese); a host's own words (the CLI's usage, the Thunderbird popup's, the
 * standalone page's) are registered by that host alone (`addMessages`), so the task pane carries none of them.
 * Until a language is loaded, `translate` falls back to English, then to the key itself.
 */
import type { SharedKey } from './en';
import type { CliKey } from './cli';
import type { TbKey } from './thunderbird';
import type { WebKey } from './web';
import type { OnlineKey } from './online';

/** Every key a host may show: the shared ones and each host's own (types only: no host's words ride along). */
export type MessageKey = SharedKey | CliKey | TbKey | WebKey | OnlineKey;
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

type Dictionary = Partial<Record<MessageKey, string>>;

/** What is loaded, per language, as hosts add or load it. */
const dictionaries: Record<Lang, Dictionary> = { en: {}, ja: {} };
const loading: Partial<Record<Lang, Promise<boolean>>> = {};

/** Picks our language from a locale tag such as `ja-JP` or `en-US`; anything but Japanese gets English. */
export function langFromLocale(locale: string | undefined): Lang {
  return /^ja\b/i.test(locale ?? '') ? 'ja' : 'en';
}

/** Adds a host's own words in both languages (see cli.ts, thunderbird.ts, web.ts). */
export function addMessages(messages: Record<Lang, Dictionary>): void {
  for (const lang of LANGS) Object.assign(dictionaries[lang], messages[lang]);
}

/** The shared words of a language: its own chunk in the browser bundles (one file in the CLI and Thunderbird's). */
function importShared(lang: Lang): Promise<Dictionary> {
  return lang === 'ja'
    ? import(/* webpackChunkName: "i18n-ja" */ './ja').then((module) => module.ja)
    : import(/* webpackChunkName: "i18n-en" */ './en').then((module) => module.en);
}

/** Makes `lang` ready to show, fetching its words once; false when they could not be loaded (a later call retries). */
export function loadLanguage(lang: Lang): Promise<boolean> {
  loading[lang] ??= importShared(lang).then(
    (words) => {
      Object.assign(dictionaries[lang], words);
      return true;
    },
    () => {
      delete loading[lang];
      return false;
    },
  );
  return loading[lang];
}

/** One of our messages with its own parameters: a host shown in its safe form (core/host-display.ts). */
export interface MessageParam {
  key: MessageKey;
  params?: Record<string, Param>;
}

/**
 * A parameter: text from the message (inserted literally; a list of it joined with ', ' as written), our own term(s),
 * translated by key and listed, or a message of ours with its own parameters, alone or in such a list. A boolean is
 * data for the core (story.ts), shown as written if ever used.
 */
export type Param =
  string | number | boolean | readonly (string | MessageParam)[] | MessageParam | { keys: MessageKey[] };

function isList(value: Param): value is readonly (string | MessageParam)[] {
  return Array.isArray(value);
}

const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', ja: '、' };

function paramText(lang: Lang, value: Param): string {
  if (typeof value !== 'object' || value === null) return String(value);
  // first: an array has a `keys` method
  if (isList(value)) return value.map((v) => (typeof v === 'string' ? v : translate(lang, v.key, v.params))).join(', ');
  if ('keys' in value) return value.keys.map((k) => translate(lang, k)).join(LIST_SEPARATOR[lang]);
  return translate(lang, value.key, value.params);
}

export function translate(lang: Lang, key: MessageKey, params: Record<string, Param> = {}): string {
  const template = dictionaries[lang][key] ?? dictionaries.en[key] ?? key;
  // One pass over the template: inserted values are never scanned again, so a value holding `{x}` stays literal.
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string, at: number) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const text = paramText(lang, params[name]!);
    // A name that ends with its own period (`Apple Inc.`) does not get a second one where the sentence ends.
    return text.endsWith('.') && template[at + whole.length] === '.' ? text.slice(0, -1) : text;
  });
}
