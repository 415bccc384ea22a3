/**
 * The options page: the user's own IT address for "Report to IT". When the admin's policy sets the address and does
 * not let users change it, the page shows the admin's address and says the setting is managed.
 * Built with createElement/textContent only (STYLE: no markup from strings).
 */
import { addMessages, langFromLocale, loadLanguage, translate, type MessageKey } from '../../i18n';
import { tbMessages } from '../../i18n/thunderbird';
import type { Messenger } from './messenger-api';
import { loadSettings, saveUserAddress } from './settings';

export async function runOptions(api: Messenger, container: HTMLElement): Promise<void> {
  const lang = langFromLocale(api.i18n.getUILanguage());
  addMessages(tbMessages);
  const [settings] = await Promise.all([loadSettings(api), loadLanguage(lang)]);
  const doc = container.ownerDocument;
  doc.documentElement.lang = lang;
  doc.title = translate(lang, 'tb.options.title');

  const heading = doc.createElement('h1');
  heading.textContent = translate(lang, 'tb.options.title');
  const admin = doc.createElement('p');
  admin.className = 'tb-options-admin';
  if (settings.config.reportAddresses.length) {
    admin.textContent = translate(lang, 'tb.options.admin', { address: settings.config.reportAddresses.join(', ') });
  }
  container.replaceChildren(heading, admin);
  if (!settings.userMaySetAddress) {
    const locked = doc.createElement('p');
    locked.textContent = translate(lang, 'tb.options.locked');
    container.append(locked);
    return;
  }

  const form = doc.createElement('form');
  // Our own check and message, in the user's language, rather than the browser's validation bubble.
  form.noValidate = true;
  const label = doc.createElement('label');
  label.htmlFor = 'report-address';
  label.textContent = translate(lang, 'tb.options.address');
  const input = doc.createElement('input');
  input.id = 'report-address';
  input.type = 'email';
  input.autocomplete = 'email';
  input.value = settings.userAddress ?? '';
  const help = doc.createElement('p');
  help.className = 'tb-help';
  help.textContent = translate(lang, 'tb.options.address.help');
  const save = doc.createElement('button');
  save.type = 'submit';
  save.className = 'button';
  save.textContent = translate(lang, 'tb.options.save');
  const status = doc.createElement('p');
  status.setAttribute('role', 'status');
  form.append(label, input, help, save, status);
  container.append(form);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const outcome = await saveUserAddress(api, input.value);
    const keys: Record<typeof outcome, MessageKey> = {
      saved: 'tb.options.saved',
      cleared: 'tb.options.cleared',
      invalid: 'tb.options.invalid',
      locked: 'tb.options.locked',
    };
    status.textContent = translate(lang, keys[outcome], { address: input.value.trim() });
  });
}
