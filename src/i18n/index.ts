/**
 * One typed dictionary in two languages. `translate` fills `{param}` placeholders with plain text; the result is
 * always rendered with textContent, so a parameter taken from a message can never become markup.
 *
 * What a reader downloads is kept small: English, the fallback, is always here; the shared Japanese arrives only
 * for a Japanese reader (`loadLanguage`, its own bundle chunk); a host's own words (the CLI's usage, the Thunderbird
 * popup's, the standalone page's) are registered by that host alone (`addMessages`), so the task pane carries none.
 */
import { en, type SharedKey } from './en';
import type { CliKey } from './cli';
import type { TbKey } from './thunderbird';
import type { WebKey } from './web';

/** Every key a host may show: the shared ones and each host's own (types only: no host's words ride along). */
export type MessageKey = SharedKey | CliKey | TbKey | WebKey;
export type { SharedKey };
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

type Dictionary = Partial<Record<MessageKey, string>>;

/** What is loaded, per language: English's shared words from the start, the rest as hosts add or load them. */
const dictionaries: Record<Lang, Dictionary> = { en: { ...en }, ja: {} };
let sharedJapanese: Promise<boolean> | undefined;

/** Picks our language from a locale tag such as `ja-JP` or `en-US`; anything but Japanese gets English. */
export function langFromLocale(locale: string | undefined): Lang {
  return /^ja\b/i.test(locale ?? '') ? 'ja' : 'en';
}

/** Adds a host's own words in both languages (see cli.ts, thunderbird.ts, web.ts). */
export function addMessages(messages: Record<Lang, Dictionary>): void {
  for (const lang of LANGS) Object.assign(dictionaries[lang], messages[lang]);
}

/**
 * Makes `lang` ready to show. Japanese is fetched once (a separate chunk in the browser bundles); false when it
 * could not be loaded, and the reader then sees English rather than nothing.
 */
export function loadLanguage(lang: Lang): Promise<boolean> {
  if (lang !== 'ja') return Promise.resolve(true);
  sharedJapanese ??= import(/* webpackChunkName: "i18n-ja" */ './ja').then(
    (module) => {
      addMessages({ en: {}, ja: module.ja });
      return true;
    },
    () => {
      sharedJapanese = undefined; // a later call may try again
      return false;
    },
  );
  return sharedJapanese;
}

/** A parameter: text from the message (inserted literally), or our own term(s), translated by key and listed. */
export type Param = string | number | { key: MessageKey } | { keys: MessageKey[] };

const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', ja: '、' };

export function translate(lang: Lang, key: MessageKey, params: Record<string, Param> = {}): string {
  const template = dictionaries[lang][key] ?? dictionaries.en[key] ?? key;
  // One pass over the template: inserted values are never scanned again, so a value holding `{x}` stays literal.
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (typeof value !== 'object' || value === null) return String(value);
    if ('keys' in value) return value.keys.map((k) => translate(lang, k)).join(LIST_SEPARATOR[lang]);
    return translate(lang, value.key);
  });
}

/** True for a key of the shared dictionary: the keys the core may put in a report. */
export function hasKey(key: string): key is SharedKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
