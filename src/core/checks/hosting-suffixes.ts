/**
 * The Public Suffix List's private section, as hosting-suffixes.json holds it (scripts/extract-hosting-suffixes.ts
 * writes it from the full tldts build): the suffixes under which anyone gets a name of their own on someone else's
 * platform. Loaded with the judging of pages anyone rents (rented-page.ts loadDocumentOffer), never with the pane's
 * first download: hosted-page.ts hostedPage asks for it.
 */
import data from './hosting-suffixes.json';

/** The suffixes (`softr.app`-like platform domains, `blob.core.windows.net`, `dyndns.org` …), no rule under another. */
export const HOSTING_SUFFIXES: ReadonlySet<string> = new Set(data.suffixes);
