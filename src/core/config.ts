/**
 * The admin's configuration (`config.json`, served beside the task pane, or Thunderbird's managed storage), read
 * and validated once. A bad field is named in a problem and falls back to its default: the add-in still analyses.
 * What flows into `analyze` (own domains and hosts, trusted authserv-ids, extra brands) is derived here, once.
 */
import type { MessageKey } from '../i18n';
import type { AnalyzeOptions, BrandDefinition, Report } from './report';
import { toAsciiHost } from './parse/domains';

export interface AdminConfig {
  /** Where "Report to IT" sends: one or more addresses. Empty: the report button explains nothing is configured. */
  reportAddresses: string[];
  /** Put before the original subject in the report, e.g. `[Phishing report]`. */
  subjectPrefix: string;
  /** The organisation's own domains: settle gateways and catch mail forging our own domain. */
  ownDomains: string[];
  /** Hosts of our own mail system in front of the entry hop (gateways). */
  ownHosts: string[];
  /** Authentication-Results authserv-ids our system writes. */
  trustedAuthservIds: string[];
  extraBrands: BrandDefinition[];
  /** Offer the report button on no-red-flags messages too. */
  reportOnClean: boolean;
  /** May the user set their own report address (kept per user)? */
  userMaySetAddress: boolean;
  /**
   * `online: { allowed, rdapBase }`, the online look-up's settings (issue #18) as written: read and checked by the
   * look-up's own code (core/online/config.ts) when a host offers it, so the task pane's start-up carries none of it.
   */
  online: unknown;
}

export interface ConfigProblem {
  field: string;
  problem: MessageKey;
}

const DEFAULT_CONFIG: Readonly<AdminConfig> = Object.freeze({
  reportAddresses: [],
  subjectPrefix: '[Phishing report]',
  ownDomains: [],
  ownHosts: [],
  trustedAuthservIds: [],
  extraBrands: [],
  reportOnClean: true,
  userMaySetAddress: false,
  online: undefined,
});

const ADDRESS = /^[^\s@<>()",;:]{1,64}@[^\s@<>()",;:]{1,253}$/;
const MAX_LIST = 200;

/** Reads an admin config object (already JSON-parsed). Never throws. */
export function readConfig(raw: unknown): { config: AdminConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  const config: AdminConfig = {
    ...DEFAULT_CONFIG,
    reportAddresses: [],
    ownDomains: [],
    ownHosts: [],
    trustedAuthservIds: [],
    extraBrands: [],
  };
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw))
    return { config, problems: [{ field: 'config.json', problem: 'config.problem.not-object' }] };
  const obj = raw as Record<string, unknown>;
  // `$comment` and `_…` keys are the admin's notes (JSON has no comments): allowed and ignored.
  for (const field of Object.keys(obj)) {
    if (!(field in DEFAULT_CONFIG) && !field.startsWith('_') && !field.startsWith('$'))
      problems.push({ field, problem: 'config.problem.unknown' });
  }

  const list = (
    field: keyof AdminConfig,
    check: (s: string) => string | undefined,
    bad: MessageKey,
  ): string[] | undefined => {
    const value = obj[field];
    if (value === undefined) return undefined;
    const items = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(items)) return void problems.push({ field, problem: 'config.problem.not-list' });
    const out = items.slice(0, MAX_LIST).map((v) => (typeof v === 'string' ? check(v.trim()) : undefined));
    if (out.some((v) => v === undefined)) return void problems.push({ field, problem: bad });
    return out as string[];
  };
  const domain = (s: string) => (isDomainName(s) && toAsciiHost(s) ? s.toLowerCase() : undefined);
  config.reportAddresses =
    list('reportAddresses', (s) => (ADDRESS.test(s) ? s : undefined), 'config.problem.bad-address') ?? [];
  config.ownDomains = list('ownDomains', domain, 'config.problem.bad-domain') ?? [];
  config.ownHosts =
    list('ownHosts', (s) => (s && !/\s/.test(s) ? s.toLowerCase() : undefined), 'config.problem.bad-domain') ?? [];
  config.trustedAuthservIds =
    list('trustedAuthservIds', (s) => (s && !/\s/.test(s) ? s.toLowerCase() : undefined), 'config.problem.not-text') ??
    [];

  if (obj.subjectPrefix !== undefined) {
    if (typeof obj.subjectPrefix === 'string' && obj.subjectPrefix.length <= 100)
      config.subjectPrefix = obj.subjectPrefix;
    else problems.push({ field: 'subjectPrefix', problem: 'config.problem.not-text' });
  }
  for (const field of ['reportOnClean', 'userMaySetAddress'] as const) {
    if (obj[field] === undefined) continue;
    if (typeof obj[field] === 'boolean') config[field] = obj[field];
    else problems.push({ field, problem: 'config.problem.not-boolean' });
  }
  if (obj.extraBrands !== undefined) {
    const brands = Array.isArray(obj.extraBrands) ? obj.extraBrands.slice(0, MAX_LIST).map(readBrand) : undefined;
    if (!brands || brands.some((b) => !b)) problems.push({ field: 'extraBrands', problem: 'config.problem.bad-brand' });
    else config.extraBrands = brands as BrandDefinition[];
  }
  config.online = obj.online;
  return { config, problems };
}

/** `example.co.jp`: a dot inside, no spaces, `@`, `/` or `:`, at most 253 characters (checked without a regex). */
function isDomainName(s: string): boolean {
  if (s.length > 253 || s.startsWith('.') || s.endsWith('.') || !s.includes('.')) return false;
  for (const c of s) if (c === '@' || c === '/' || c === ':' || c.trim() === '') return false;
  return true;
}

function readBrand(raw: unknown): BrandDefinition | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const b = raw as Record<string, unknown>;
  const strings = (v: unknown) =>
    Array.isArray(v) && v.length > 0 && v.every((s) => typeof s === 'string' && s.trim()) ? (v as string[]) : undefined;
  const names = strings(b.names);
  const domains = strings(b.domains);
  if (typeof b.id !== 'string' || !b.id || !names || !domains || typeof b.source !== 'string') return undefined;
  return { id: b.id, names, domains: domains.map((d) => d.toLowerCase()), source: b.source };
}

/** A report address a user typed, trimmed, when the admin config would accept it too (one rule for both). */
export function validReportAddress(value: string): string | undefined {
  const address = value.trim();
  if (!address) return undefined;
  const { config, problems } = readConfig({ reportAddresses: [address] });
  return problems.length === 0 ? config.reportAddresses[0] : undefined;
}

/** Parses config.json text; a syntax error is a problem, not an exception. */
export function parseConfigText(text: string): { config: AdminConfig; problems: ConfigProblem[] } {
  try {
    return readConfig(JSON.parse(text));
  } catch {
    return { ...readConfig(undefined), problems: [{ field: 'config.json', problem: 'config.problem.not-object' }] };
  }
}

/** What the admin's configuration changes in the analysis. */
export function analyzeOptionsFrom(config: AdminConfig): AnalyzeOptions {
  return {
    ownDomains: config.ownDomains,
    ownHosts: config.ownHosts,
    trustedAuthservIds: config.trustedAuthservIds,
    extraBrands: config.extraBrands,
  };
}

/**
 * Whether Report to IT is offered under a report: always for a red flag; for a message with none only where the admin
 * wants those too (`reportOnClean`, default true: the reader's doubt is reason enough). One rule for every host.
 */
export function reportOffered(config: Pick<AdminConfig, 'reportOnClean'>, report: Pick<Report, 'verdict'>): boolean {
  return config.reportOnClean || report.verdict !== 'no-red-flags';
}
