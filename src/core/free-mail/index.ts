/**
 * Loading the maintained free-mail list only where it matters. The analysis answers "is this a free mailbox?" from
 * its built-in hand list of the big providers; when a finding could change with the full list (a display name claiming
 * an executive role, a money ask or an advance-fee story, a Reply-To elsewhere, from a domain the hand list does not
 * know) the report says `needs: ['free-mail']`. The host then loads the list (a chunk of its own, some 75 KB gzipped,
 * never part of the task pane's start-up) and analyses again before drawing: the reader sees one verdict.
 */
import type { AnalyzeOptions, Report } from '../report';

export type FreeMailLookup = NonNullable<AnalyzeOptions['freeMail']>;

/** The list as a chunk of its own, fetched on first use. */
export const loadFreeMail = (): Promise<FreeMailLookup> =>
  import(/* webpackChunkName: "free-mail" */ './list').then((m) => m.freeMailLookup());

/** The report was made without the list, and the list could change it. */
export const needsFreeMail = (report: Report): boolean => !!report.needs?.includes('free-mail');
