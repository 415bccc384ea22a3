/**
 * The core's functions checks/disguise.ts uses, gathered here in the start-up bundle and handed to it when its chunk
 * arrives (see DisguiseTools). Node callers (CLI, eval, tests) hand in the same: `disguiseChecks(DISGUISE_TOOLS)`.
 */
import { finding } from '../findings';
import { findClaimedBrands, isBrandDomain, plainReading } from '../brands/lookup';
import { confusableToLatin } from '../brands/lookalike';
import { isHiddenCode, plainLetter, spacedRun } from '../disguise';
import type { DisguiseTools } from './disguise';

export const DISGUISE_TOOLS: DisguiseTools = {
  finding,
  findClaimedBrands,
  isBrandDomain,
  plainReading,
  confusableToLatin,
  isHiddenCode,
  plainLetter,
  spacedRun,
};
