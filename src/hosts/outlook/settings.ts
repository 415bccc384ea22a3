/**
 * The Outlook add-in's settings, admin first, then user:
 * - `config.json`, served beside the task pane (the admin edits it when deploying; `config.example.json` documents
 *   it), loaded at start by ../common/admin-config.ts (shared with the standalone page). A missing file is normal: the
 *   defaults apply, and the Report button says no IT address is configured.
 * - The user's own IT address, only where the admin allowed it (`userMaySetAddress`), kept in Office roaming
 *   settings: stored in the user's mailbox, so it follows them to every Outlook client where the add-in runs.
 */
import { type AdminConfig, validReportAddress } from '../../core/config';
import type { AddressSave } from '../../ui/actions';
import { errorText } from '../../ui/error-text';
import type { OfficeApi } from './read-item';

/** Roaming-settings name of the user's own report address. @internal tests seed the setting where the pane reads it */
export const USER_ADDRESS_KEY = 'reportAddress';

export interface ReportSettings {
  /** The user may set their own address (the admin said so). */
  userMaySetAddress: boolean;
  userAddress?: string;
  /** Where a report goes: the user's own address when allowed and set, else the admin's. */
  reportTo: string[];
}

/** Where reports go now. Read at each report offer, so an address saved in another pane counts. */
export function reportSettings(office: OfficeApi, config: AdminConfig): ReportSettings {
  const userMaySetAddress = config.userMaySetAddress;
  const userAddress = userMaySetAddress ? readUserAddress(office) : undefined;
  return { userMaySetAddress, userAddress, reportTo: userAddress ? [userAddress] : config.reportAddresses.slice() };
}

function roaming(office: OfficeApi): Office.RoamingSettings | undefined {
  try {
    return office.context.roamingSettings ?? undefined;
  } catch {
    return undefined;
  }
}

function readUserAddress(office: OfficeApi): string | undefined {
  try {
    const stored: unknown = roaming(office)?.get(USER_ADDRESS_KEY);
    return typeof stored === 'string' ? validAddress(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** One rule for what a report address is, shared with the admin config (core/config.ts). */
const validAddress = validReportAddress;

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
