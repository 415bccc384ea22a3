/**
 * What every check shares: the context built once per message, and the shape of a check. A check is a small named
 * function: it reads the ParsedMessage (never raw headers) and returns its finding(s), or nothing.
 */
import type { MessageKey } from '../../i18n';
import type { AnalyzeOptions, Evidence, Finding, Params, Section, Status } from '../report';
import type { ParsedMessage } from '../types';
import type { BrandIndex, BrandMatch } from '../brands/lookup';

export interface CheckContext {
  options: AnalyzeOptions;
  brands: BrandIndex;
  /** Brands the message claims to be from (display name, subject tag), decided once. */
  claimed: BrandMatch[];
  /** DMARC for the From domain from the trusted Authentication-Results: aligned pass, fail, or nothing usable. */
  dmarc: 'pass' | 'fail' | 'none';
  /** The organisation's own registrable domains (configured, else the reader's address domains). */
  ownDomains: string[];
  /** Caps the shared decisions hit (brand names read from display names and the subject), as parse/limits.ts codes. */
  limits: string[];
}

export type Check = (msg: ParsedMessage, ctx: CheckContext) => Finding | Finding[] | undefined;

export function finding(
  id: string,
  section: Section,
  status: Status,
  key: MessageKey,
  params: Params,
  evidence: Evidence[],
): Finding {
  return { id, section, status, message: { key, params }, evidence };
}
