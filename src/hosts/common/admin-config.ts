/**
 * The admin's `config.json`, served beside the page that reads it — the Outlook task pane and the standalone page
 * alike, so one organisation gets one answer (own domains, trusted authserv-ids, extra brands) in both. Fetched from
 * the page's own origin and validated by the core (`parseConfigText`); the same notices name a bad field in every
 * host. A missing file is normal: the defaults apply, silently.
 */
import { parseConfigText, readConfig, type AdminConfig, type ConfigProblem } from '../../core/config';
import type { Notice } from '../../ui/pane';
import { errorText } from '../../ui/error-text';

const CONFIG_URL = 'config.json';
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
 * config, as a 404 does. `cache: 'no-cache'` revalidates, so an admin's edit counts at the next opening of the page.
 */
export async function loadAdminConfig(
  fetchFn: ConfigFetch | undefined,
  url = CONFIG_URL,
  timeoutMs = CONFIG_TIMEOUT_MS,
): Promise<LoadedConfig> {
  const defaults = (error?: string): LoadedConfig => ({
    ...readConfig(undefined),
    found: false,
    ...(error ? { error } : {}),
  });
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

/** What a page says about the configuration: each bad field by name, or why the file could not be read. */
export function configNotices(loaded: LoadedConfig): Notice[] {
  const notices: Notice[] = loaded.problems.map((p) => ({
    intent: 'warning',
    key: 'config.invalid',
    params: { field: p.field, problem: { key: p.problem } },
  }));
  if (loaded.error) {
    notices.push({ intent: 'warning', key: 'report.config-unreadable', params: { error: loaded.error } });
  }
  return notices;
}
