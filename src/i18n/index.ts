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

export function translate(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key] ?? en[key] ?? key;
  return template.replace(/\{([a-zA-Z0-9_]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function hasKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
