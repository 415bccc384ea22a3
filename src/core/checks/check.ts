/**
 * What every check shares: the context built once per message, and the shape of a check. A check is a small named
 * function: it reads the ParsedMessage (never raw headers) and returns its finding(s), or nothing.
 */
import type { AnalyzeOptions, DataNeed } from '../report';
import type { CatalogueFinding } from '../findings';
import type { Limit, ParsedMessage } from '../types';
import type { BrandIndex, BrandMatch } from '../brands/lookup';

export interface CheckContext {
  options: AnalyzeOptions;
  brands: BrandIndex;
  /** Brands the message claims to be from (display name, subject tag), decided once. */
  claimed: BrandMatch[];
  /**
   * DMARC for the From domain from the trusted Authentication-Results: aligned pass, fail, or nothing usable;
   * `unknowable` for an attached message, which no one could authenticate: its From is taken at its word for where
   * its links may lead (links.ts fromOwnsLinks), never as a confirmation.
   */
  dmarc: 'pass' | 'fail' | 'none' | 'unknowable';
  /** The organisation's own registrable domains (configured, else the reader's address domains). */
  ownDomains: string[];
  /** Caps the shared decisions hit (brand names read from display names and the subject). */
  limits: Limit[];
  /** Data a check would have asked for and did not have (free-mail.ts `isFreeMail`): becomes `Report.needs`. */
  needs: Set<DataNeed>;
}

export type Check = (msg: ParsedMessage, ctx: CheckContext) => CatalogueFinding | CatalogueFinding[] | undefined;
