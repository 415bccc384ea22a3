/**
 * Settings in Thunderbird: the admin's configuration arrives through `storage.managed` (an enterprise policy,
 * `policies.json` → `3rdparty.Extensions.<extension id>`, the same fields as the Outlook add-in's config.json), and
 * the user's own IT address through `storage.local` (the options page). The admin decides whether the user's
 * address counts: with no policy at all there is no admin to ask, so it does.
 */
import { readConfig, type AdminConfig, type ConfigProblem, validReportAddress } from '../../core/config';
import type { Messenger } from './messenger-api';

/** storage.local key of the user's own report address. @internal tests seed the setting where the popup reads it */
export const USER_ADDRESS_KEY = 'reportAddress';

export interface TbSettings {
  config: AdminConfig;
  /** Problems in the admin's policy, each shown to the user (the defaults are used for those fields). */
  problems: ConfigProblem[];
  /** An admin policy exists for this extension. */
  managed: boolean;
  /** The user may set their own address (no policy, or the policy allows it). */
  userMaySetAddress: boolean;
  userAddress?: string;
  /** Where a report goes: the user's address when allowed and set, else the admin's. */
  reportTo: string[];
}

export async function loadSettings(api: Messenger): Promise<TbSettings> {
  const policy = await readManaged(api);
  const { config, problems } = readConfig(policy);
  const managed = policy !== undefined;
  const userMaySetAddress = !managed || config.userMaySetAddress;
  const userAddress = userMaySetAddress ? await readUserAddress(api) : undefined;
  const reportTo = userAddress ? [userAddress] : config.reportAddresses;
  return { config, problems, managed, userMaySetAddress, userAddress, reportTo };
}

/**
 * The policy object, or undefined when there is none: Thunderbird rejects `storage.managed.get` when no policy
 * names the extension, and an empty object says nothing either.
 */
async function readManaged(api: Messenger): Promise<Record<string, unknown> | undefined> {
  try {
    const values = await api.storage.managed.get(null);
    return values && typeof values === 'object' && Object.keys(values).length > 0 ? values : undefined;
  } catch {
    return undefined;
  }
}

async function readUserAddress(api: Messenger): Promise<string | undefined> {
  try {
    const stored = (await api.storage.local.get(USER_ADDRESS_KEY))[USER_ADDRESS_KEY];
    return typeof stored === 'string' ? validAddress(stored) : undefined;
  } catch {
    return undefined;
  }
}

/** One rule for what a report address is, shared with the admin config (core/config.ts). */
const validAddress = validReportAddress;

/** Saves (or, for an empty value, clears) the user's address. Refuses an invalid one or a locked setting. */
export async function saveUserAddress(
  api: Messenger,
  value: string,
): Promise<'saved' | 'cleared' | 'invalid' | 'locked'> {
  const settings = await loadSettings(api);
  if (!settings.userMaySetAddress) return 'locked';
  if (!value.trim()) {
    await api.storage.local.set({ [USER_ADDRESS_KEY]: '' });
    return 'cleared';
  }
  const address = validAddress(value);
  if (!address) return 'invalid';
  await api.storage.local.set({ [USER_ADDRESS_KEY]: address });
  return 'saved';
}
