/**
 * Saving the user's own report address (settings.ts says where it is kept): its own module, fetched with the code
 * behind the buttons (the "report" chunk) when the reader saves an address, which few readers ever do (issue #19).
 */
import type { AdminConfig } from '../../core/config';
import type { AddressSave } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import type { OfficeApi } from './read-item';
import { roaming, USER_ADDRESS_KEY, validAddress } from './settings';

/** Saves (or, for an empty value, removes) the user's address. Refuses a locked setting or an invalid address. */
export async function saveUserAddress(office: OfficeApi, config: AdminConfig, value: string): Promise<AddressSave> {
  if (!config.userMaySetAddress) return { result: 'locked' };
  const settings = roaming(office);
  if (!settings) return { result: 'failed', error: 'Outlook roaming settings are not available' };
  const address = value.trim() ? validAddress(value) : '';
  if (address === undefined) return { result: 'invalid' };
  const previous: unknown = settings.get(USER_ADDRESS_KEY);
  try {
    if (address) settings.set(USER_ADDRESS_KEY, address);
    else settings.remove(USER_ADDRESS_KEY);
  } catch (error) {
    return { result: 'failed', error: errorText(error) };
  }
  const saved = await new Promise<string | undefined>((resolve) => {
    try {
      settings.saveAsync((result) =>
        resolve(result.status === office.AsyncResultStatus.Succeeded ? undefined : errorText(result.error)),
      );
    } catch (error) {
      resolve(errorText(error));
    }
  });
  if (saved !== undefined) {
    // Not stored: the in-memory copy goes back too, so this session does not use what the mailbox does not hold.
    restore(settings, previous);
    return { result: 'failed', error: saved };
  }
  return address ? { result: 'saved', to: [address] } : { result: 'cleared', to: config.reportAddresses.slice() };
}

function restore(settings: Office.RoamingSettings, previous: unknown): void {
  try {
    if (previous === undefined || previous === null) settings.remove(USER_ADDRESS_KEY);
    else settings.set(USER_ADDRESS_KEY, previous);
  } catch {
    // Nothing more to undo.
  }
}
