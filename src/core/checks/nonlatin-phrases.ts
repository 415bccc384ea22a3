/**
 * The phrase tables' parts in scripts beyond Latin, together, with the spelling folds only they need
 * (script-folds.ts): one chunk in the browsers, fetched when a message holds a letter of such a script
 * (lure-matcher.ts `loadNonLatinPhrases`); the command line loads it before analysing.
 */
export { LURE_PHRASES_NONLATIN } from './lure-phrases-nonlatin';
export { MAIL_SYSTEM_PHRASES_NONLATIN } from './own-org-phrases-nonlatin';
export { NO_LINK_PHRASES_NONLATIN } from './no-link-phrases-nonlatin';
export { ADVANCE_FEE_PHRASES_NONLATIN } from './advance-fee-phrases-nonlatin';
export { DOCUMENT_OFFER_PHRASES_NONLATIN } from './document-offer-phrases-nonlatin';
export { foldMarks } from './script-folds';
