/**
 * The Outlook add-in's settings, admin first, then user:
 * - `config.json`, served beside the task pane (the admin edits it when deploying; `config.example.json` documents
 *   it), loaded at start by ../common/admin-config.ts (shared with the standalone page). A missing file is normal: the
 *   defaults apply, and the Report button says no IT address is configured.
 * - The user's own IT address, only where the admin allowed it (`userMaySetAddress`), kept in Office roaming
 *   settings: stored in the user's mailbox, so it follows them to every Outlook client where the add-in runs.
 */
import { type AdminConfig, validReportAddress } from '../../core/config';
import type { OfficeApi } from './read-item';

/** Roaming-settings name of the user's own report address (save-address.ts writes it; tests seed it). */
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

export function roaming(office: OfficeApi): Office.RoamingSettings | undefined {
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
export const validAddress = validReportAddress;
