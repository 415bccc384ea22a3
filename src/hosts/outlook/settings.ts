/**
 * The Outlook add-in's settings, admin first, then user:
 * - `config.json`, served beside the task pane (the admin edits it when deploying; `config.example.json` documents
 *   it), fetched from the pane's own origin at start and validated by the core (`parseConfigText`). A missing file is
 *   normal: the defaults apply, and the Report button says no IT address is configured.
 * - The user's own IT address, only where the admin allowed it (`userMaySetAddress`), kept in Office roaming
 *   settings: stored in the user's mailbox, so it follows them to every Outlook client where the add-in runs.
 */
import { parseConfigText, readConfig, type AdminConfig, type ConfigProblem, validReportAddress } from '../../core/config';
import type { AddressSave } from '../../ui/actions';
import type { Notice } from '../../ui/pane';
import type { Report } from '../../core/report';
import type { OfficeApi } from './read-item';

export const CONFIG_URL = 'config.json';
/** Roaming-settings name of the user's own report address. */
export const USER_ADDRESS_KEY = 'reportAddress';
/** A config that big is not one an admin wrote: it is refused rather than parsed. */
const MAX_CONFIG_CHARS = 256 * 1024;
const CONFIG_TIMEOUT_MS = 5000;

/** The part of `fetch` used here (tests pass a stand-in). */
export type ConfigFetch = (url: string, init?: RequestInit) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

export interface LoadedConfig {
  config: AdminConfig;
  /** Bad fields, each shown to the user; the defaults are used for them. */
  problems: ConfigProblem[];
  /** config.json is there. */
  found: boolean;
  /** It could not be read for another reason than being absent (network, HTTP 500, too slow, too big). */
  error?: string;
}

/**
 * Fetches and validates config.json. Never rejects. No fetch at all (a test document, an old WebView) means no
 * config, as a 404 does. `cache: 'no-cache'` revalidates, so an admin's edit counts at the next opening of the pane.
 */
export async function loadAdminConfig(fetchFn: ConfigFetch | undefined, url = CONFIG_URL, timeoutMs = CONFIG_TIMEOUT_MS): Promise<LoadedConfig> {
  const defaults = (error?: string): LoadedConfig => ({ ...readConfig(undefined), found: false, ...(error ? { error } : {}) });
  if (typeof fetchFn !== 'function') return defaults();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
  });
  try {
    const response = await Promise.race([fetchFn(url, { cache: 'no-cache', credentials: 'same-origin' }), timeout]);
    if (response.status === 404) return defaults();
    if (!response.ok) return defaults(`HTTP ${response.status}`);
    const text = await Promise.race([response.text(), timeout]);
    if (text.length > MAX_CONFIG_CHARS) return defaults(`larger than ${MAX_CONFIG_CHARS / 1024} KB`);
    return { ...parseConfigText(text), found: true };
  } catch (error) {
    return defaults(errorText(error));
  } finally {
    clearTimeout(timer);
  }
}

/** What the pane says about the configuration: each bad field by name, or why the file could not be read. */
export function configNotices(loaded: LoadedConfig): Notice[] {
  const notices: Notice[] = loaded.problems.map((p) => ({
    intent: 'warning',
    key: 'config.invalid',
    params: { field: p.field, problem: { key: p.problem } },
  }));
  if (loaded.error) notices.push({ intent: 'warning', key: 'report.config-unreadable', params: { error: loaded.error } });
  return notices;
}

/** Whether a report is offered for this verdict: always, unless the message is clean and the admin said not then. */
export function offerReport(config: AdminConfig, report: Report): boolean {
  return config.reportOnClean || report.verdict !== 'no-red-flags';
}

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
export const validAddress = validReportAddress;

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
      settings.saveAsync((result) => resolve(result.status === office.AsyncResultStatus.Succeeded ? undefined : errorText(result.error)));
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

/** Office errors carry `message`, `name` and a numeric `code`; one short line is what the user sees. */
export function errorText(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { message?: unknown; name?: unknown; code?: unknown };
    const text = [e.message, e.name].find((v) => typeof v === 'string' && v.trim() !== '') as string | undefined;
    const code = typeof e.code === 'number' || typeof e.code === 'string' ? ` (${e.code})` : '';
    if (text) return `${text.replace(/\s+/g, ' ').trim().slice(0, 200)}${code}`;
  }
  return String(error ?? 'unknown error').slice(0, 200);
}
