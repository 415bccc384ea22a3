/**
 * One typed dictionary in two languages. `translate` fills `{param}` placeholders with plain text; the result is
 * always rendered with textContent, so a parameter taken from a message can never become markup.
 */
import { en, type MessageKey } from './en';
import { ja } from './ja';

export type { MessageKey };
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

const dictionaries: Record<Lang, Record<MessageKey, string>> = { en, ja };

/** Picks our language from a locale tag such as `ja-JP` or `en-US`; anything but Japanese gets English. */
export function langFromLocale(locale: string | undefined): Lang {
  return /^ja\b/i.test(locale ?? '') ? 'ja' : 'en';
}

/** A parameter: text from the message (inserted literally), or our own term(s), translated by key and listed. */
export type Param = string | number | { key: MessageKey } | { keys: MessageKey[] };

const LIST_SEPARATOR: Record<Lang, string> = { en: ', ', ja: '、' };

export function translate(lang: Lang, key: MessageKey, params: Record<string, Param> = {}): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  // One pass over the template: inserted values are never scanned again, so a value holding `{x}` stays literal.
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const value = params[name];
    if (typeof value !== 'object' || value === null) return String(value);
    if ('keys' in value) return value.keys.map((k) => translate(lang, k)).join(LIST_SEPARATOR[lang]);
    return translate(lang, value.key);
  });
}

export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
