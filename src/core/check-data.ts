/**
 * What checks read that the browsers fetch only for a message needing it (`Report.needs`), each a chunk of its own:
 * a host loads what a report names and analyses again before drawing (ui/session.ts), and so does the command line
 * (cli/data-on-need.ts); the tools load everything before the first message. Each loader settles once its check can
 * use what it loaded.
 */
import type { DataNeed } from './report';
import { loadExtortionWording } from './checks/extortion';
import { loadDocumentOffer } from './checks/rented-page';
import { loadHostingSuffixes } from './checks/hosted-page';
import { loadCallbackWording, loadMoneyRouteWording } from './checks/no-link';
import { loadNonLatinPhrases } from './checks/lure-matcher';
import { loadMailSystemWording } from './checks/own-org';
import { loadAttachedMessageJudge, loadAttachmentJudge } from './checks/attachments';
import { loadRootZone } from './parse/root-zone';
import { loadBrandNames } from './brands/lookup';
import { loadDecoder } from './parse/encoded-words';
import { loadUnwrapping } from './parse/unwrap';
import { loadHostScripts } from './host-display';
import { loadQrJudge } from './qr/check';
import { loadLookalikeHostWords } from './checks/lookalike-host';
import { loadForwardFolding } from './forward-gate';
import { loadLureDisclaimers } from './checks/content';
import { loadSlamJudge } from './checks/domain-slam';
import { loadRentalJudge } from './checks/rental-deposit';
import { loadPretextJudge } from './checks/pretext';
import { loadFacelessJudge } from './checks/faceless-authority';
import { loadSignOffJudge } from './checks/signoff-brand';
import { loadRareLinkJudge } from './checks/links';
import { loadDeskWords } from './brands/service-names';
import { loadDisguiseJudge } from './checks/disguise';
import { loadCoverageNotes } from './checks/coverage';
import { addPaneTries } from './checks/pane-trie-data';
import type { CompactTries } from './checks/trie-format';
import { loadPaneTries } from './checks/prebuilt-tries';

/**
 * The task pane's phrase tries of the finders a need's data makes, fetched in its chunk (checks/pane-tries.ts); no
 * tries elsewhere, where the finders compile their own.
 */
const withTries =
  (load: () => Promise<unknown>, tries: () => Promise<{ TRIES: CompactTries | undefined }>): (() => Promise<void>) =>
  () =>
    Promise.all([load(), tries().then((m) => addPaneTries(m.TRIES))]).then(() => undefined);

export const CHECK_DATA: Partial<Record<DataNeed, () => Promise<void>>> = {
  extortion: withTries(
    loadExtortionWording,
    () => import(/* webpackChunkName: "extortion" */ './checks/trie-data/extortion'),
  ),
  'document-offer': withTries(
    loadDocumentOffer,
    () => import(/* webpackChunkName: "document-offer" */ './checks/trie-data/document-offer'),
  ),
  // The bank-route wording and the absent landlord's (rental-deposit.ts).
  'money-route': withTries(
    () => Promise.all([loadMoneyRouteWording(), loadRentalJudge()]),
    () => import(/* webpackChunkName: "money-route" */ './checks/trie-data/money-route'),
  ),
  callback: withTries(
    loadCallbackWording,
    () => import(/* webpackChunkName: "callback" */ './checks/trie-data/callback'),
  ),
  // The Public Suffix List's private section, for a link or sender host the gate in checks/hosted-page.ts passes.
  'hosting-suffixes': loadHostingSuffixes,
  // The task pane's tries of the finders every message uses (nothing elsewhere).
  tries: loadPaneTries,
  // With the compact tries of the finders' both parts.
  phrases: withTries(
    loadNonLatinPhrases,
    () => import(/* webpackChunkName: "phrases-nonlatin" */ './checks/trie-data/phrases'),
  ),
  'own-org': withTries(
    loadMailSystemWording,
    () => import(/* webpackChunkName: "own-org" */ './checks/trie-data/own-org'),
  ),
  attachments: loadAttachmentJudge,
  'attached-message': loadAttachedMessageJudge,
  tlds: loadRootZone,
  'brand-names': loadBrandNames,
  'encoded-words': loadDecoder,
  unwrap: loadUnwrapping,
  'host-scripts': loadHostScripts,
  'qr-judge': loadQrJudge,
  'lookalike-host': loadLookalikeHostWords,
  forwarded: loadForwardFolding,
  // The lure disclaimers, the "not a bill" small print of the domain-renewal solicitation (domain-slam.ts) and the
  // rarer kinds' pretexts (pretext.ts), the role-only card, tax or fine sender (faceless-authority.ts) and a brand's
  // sign-off (signoff-brand.ts), and the rarer links' shapes: a program to download, a government's domain worn
  // (links-rare-judge.ts).
  disclaimer: withTries(
    () =>
      Promise.all([
        loadLureDisclaimers(),
        loadSlamJudge(),
        loadPretextJudge(),
        loadFacelessJudge(),
        loadSignOffJudge(),
        loadRareLinkJudge(),
      ]),
    () => import(/* webpackChunkName: "disclaimer" */ './checks/trie-data/disclaimer'),
  ),
  'desk-words': loadDeskWords,
  // Whole checks of families only some mail can be, behind their gates in core/need-hints.ts.
  disguise: loadDisguiseJudge,
  coverage: loadCoverageNotes,
};

/**
 * Loads every check's data, as the tools (eval, bench) and the tests do before their first message; the hosts load by
 * need (ui/session.ts, cli/data-on-need.ts).
 */
export async function loadAllCheckData(): Promise<void> {
  await Promise.all(Object.values(CHECK_DATA).map((load) => load()));
}
