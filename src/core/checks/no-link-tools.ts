/**
 * The core's functions checks/no-link.ts uses, gathered here in the start-up bundle and handed to it when its chunk
 * arrives (see NoLinkTools). Node callers (CLI, eval, tests) hand in the same: `noLinkChecks(NO_LINK_TOOLS)`.
 */
import { finding } from '../findings';
import { findClaimedBrands, isBrandDomain } from '../brands/lookup';
import { FREE_MAIL_DOMAINS } from './free-mail';
import { webLinks } from './links';
import { excerpt, phraseFinder } from './lure-matcher';
import type { NoLinkTools } from './no-link';

export const NO_LINK_TOOLS: NoLinkTools = {
  finding,
  phraseFinder,
  excerpt,
  webLinks,
  freeMail: FREE_MAIL_DOMAINS,
  findClaimedBrands,
  isBrandDomain,
};
