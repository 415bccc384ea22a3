/**
 * The extension's manifest.json and _locales, generated from package.json's version and the i18n dictionaries so
 * the extension never ships a stale version or a string that exists in one language only. The manifest asks for
 * exactly what the popup uses. There is no test variant: the tests install this very package, and what they need
 * beyond it lives in a test-only helper extension (test/hosts/thunderbird/helper-extension/).
 */
import { tbEn, tbJa, type TbKey } from '../../i18n/thunderbird';

/**
 * Admins name the extension by this id in policies.json (`3rdparty.Extensions`); it must never change.
 * @internal tests check the built .xpi carries it
 */
export const EXTENSION_ID = 'phish-inspector@phish-inspector';
/** Manifest V3 MailExtensions with `messageDisplay.getDisplayedMessages()` returning a MessageList: 128 ESR on. */
const STRICT_MIN_VERSION = '128.0';

/**
 * What the shipped extension may do, and nothing more (issue: least privilege, checked by the tests).
 * @internal tests check the built .xpi asks for these and no more
 */
export const SHIPPED_PERMISSIONS = ['messagesRead', 'accountsRead', 'compose', 'storage'] as const;

/**
 * Hosts the online look-up (issue #18) may ask for at the reader's click, never at install: IANA's bootstrap files and
 * each registry's RDAP server (hundreds, so any HTTPS host), or the admin's RDAP proxy, which may run on this machine.
 * Each is requested by exact origin (permissions.request) when the reader clicks Look up online, then Send.
 * @internal tests check the built .xpi asks for these and no more
 */
export const OPTIONAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] as const;

export const ICON_SIZES = [16, 32, 64, 128] as const;

/** Manifest strings: `_locales/<lang>/messages.json` name → i18n key. */
const LOCALE_MESSAGES: Record<string, TbKey> = {
  extensionName: 'tb.name',
  extensionDescription: 'tb.description',
  actionTitle: 'tb.action.title',
};

export interface ManifestOptions {
  version: string;
}

export function buildTbManifest(options: ManifestOptions): Record<string, unknown> {
  if (!/^\d{1,9}(\.\d{1,9}){0,3}$/.test(options.version)) {
    throw new Error(`package version must be plain dotted numbers for a MailExtension: ${options.version}`);
  }
  const icons = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/icon-${size}.png`]));
  const manifest: Record<string, unknown> = {
    manifest_version: 3,
    name: '__MSG_extensionName__',
    description: '__MSG_extensionDescription__',
    version: options.version,
    default_locale: 'en',
    browser_specific_settings: {
      gecko: { id: EXTENSION_ID, strict_min_version: STRICT_MIN_VERSION },
    },
    icons,
    permissions: [...SHIPPED_PERMISSIONS],
    optional_host_permissions: [...OPTIONAL_HOSTS],
    message_display_action: {
      default_popup: 'popup.html',
      default_title: '__MSG_actionTitle__',
      default_icon: { '16': icons['16'], '32': icons['32'] },
    },
    options_ui: { page: 'options.html' },
  };
  return manifest;
}

/** `_locales/en/messages.json` and `_locales/ja/messages.json`, from the dictionaries. */
export function buildTbLocales(): Record<'en' | 'ja', Record<string, { message: string }>> {
  const locale = (dictionary: Record<TbKey, string>) =>
    Object.fromEntries(Object.entries(LOCALE_MESSAGES).map(([name, key]) => [name, { message: dictionary[key] }]));
  return { en: locale(tbEn), ja: locale(tbJa) };
}
