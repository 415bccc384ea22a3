/**
 * The admin's settings for the online look-up (config.json `online`, issue #18), read by the look-up's code only:
 * - `allowed` (default true): offer the look-up at all. True by default because nothing is sent without the reader
 *   asking, per message, after being shown what goes where; an organisation that wants none turns it off.
 * - `rdapBase` (default ''): the organisation's RDAP proxy. Every request then goes there and IANA's bootstrap files
 *   are not fetched; '' asks each registry's own server.
 */
import type { MessageKey } from '../../i18n';
import type { ConfigProblem } from '../config';

export interface OnlineConfig {
  allowed: boolean;
  rdapBase: string;
}

/**
 * An RDAP proxy's base URL: https, or http only to this machine (a proxy beside the client); no credentials, query or
 * fragment. One regex, no URL parsing.
 */
const RDAP_BASE =
  /^(?:https:\/\/[a-z0-9.-]+|http:\/\/(?:127\.0\.0\.1|localhost|\[::1\]))(?::\d{1,5})?(?:\/[^\s?#@]*)?$/i;

/**
 * `online: { allowed, rdapBase }` from config.json (`AdminConfig.online`, as written); a bad part is named, like any
 * config field, and keeps its default.
 */
export function readOnlineConfig(raw: unknown): { online: OnlineConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const online: OnlineConfig = { allowed: true, rdapBase: '' };
  if (raw === undefined) return { online, problems };
  const obj = (raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : undefined) as Record<string, unknown>;
  const bad = (field: string, problem: MessageKey) => problems.push({ field, problem });
  if (!obj) bad('online', 'config.problem.not-object');
  else {
    for (const field of Object.keys(obj)) if (!(field in online)) bad(`online.${field}`, 'config.problem.unknown');
    if (typeof obj.allowed === 'boolean') online.allowed = obj.allowed;
    else if (obj.allowed !== undefined) bad('online.allowed', 'config.problem.not-boolean');
    const base = obj.rdapBase;
    if (typeof base === 'string' && (base === '' || (base.length <= 500 && RDAP_BASE.test(base))))
      online.rdapBase = base && !base.endsWith('/') ? `${base}/` : base;
    else if (base !== undefined) bad('online.rdapBase', 'online.config.bad-url');
  }
  return { online, problems };
}
