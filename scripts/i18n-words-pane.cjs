/* global module, require */
/**
 * webpack loader for the task pane's shared words (src/i18n/en.ts, ja.ts): the findings' and story's sentences that
 * few messages need wait in a chunk of their own per language (`?late`), so a reader's first download carries the
 * words of the user interface and of the findings most mail shows. What waits is any key of a finding or the story
 * (LATE_KEY) not in FIRST_WORDS; the pane loads it before drawing a report or notice that names a key its words lack
 * (scripts/late-words-pane.js), so no drawing ever shows a key for want of its words. A key added to the dictionaries
 * waits by default: only how often a message fetches the chunk depends on this list, never what a reader sees.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const ts = require('typescript');

/**
 * The keys only a report carries (a finding's or the story's sentence), and those only the code behind the Report
 * and Copy buttons names (the draft and the summary: hosts/outlook/report.ts, core/summary.ts), which loads every
 * late word before it writes: the rest of the pane never names them.
 */
const LATE_KEY = /^(?:origin|sender|links|content|story)\.|^summary\.|^report\.(?!check-failed$|config-unreadable$)/;

/**
 * The findings' and story's keys the pane starts with: those in at least 12 (1.5 %) of the 815 reports of the corpus's
 * tuning half, the lure families' names among them (content.lure names them; a rarer family's name waits like any
 * rare sentence), counted on 2026-12-07 with that day's checks (issue #19: the threshold was 1 % and every family
 * first until then; on the same tree 97 -> 104 of the tuning half's 815 reports and 96 -> 116 of the held-back half's
 * 853 fetch the late words before their first draw, for 0.6 KB gzipped less in every reader's first download);
 * and those of ordinary mail the corpus lacks (its messages carry no Authentication-Results and were analysed without
 * the IP table): authentication, the organisation's filter, the sender's network and owner. The story's login sentence
 * with the network's owner is one of the latter (the owner comes from the IP table). And the lure family, the reserved
 * IP and the link sentence of the mail-account phish the README shows (KAGOYA: 'upgrade', server maintenance; its
 * sample headers name a documentation address): without these, that message's first draw waited for the whole late
 * chunk after its analysis.
 */
const FIRST_WORDS = new Set([
  'content.address-greeting',
  'content.address-greeting.subject',
  'content.advance-fee.reply',
  'content.family.deletion',
  'content.family.mailbox',
  'content.family.payment',
  'content.family.security',
  'content.family.upgrade',
  'content.family.urgency',
  'content.family.verify',
  'content.form',
  'content.lure',
  'content.lure.notice',
  'links.brand-in-path',
  'links.host-mismatch',
  'links.host-mismatch.brand',
  'links.obfuscated-host.ip',
  'links.recipient-in-url',
  'links.rented-page.account',
  'links.text-mismatch',
  'links.throwaway-host',
  'origin.entry-hop',
  'origin.entry-hop.owner',
  'origin.forged-helo',
  'origin.helo-loopback.login',
  'origin.no-reverse-dns.client',
  'origin.no-reverse-dns.entry',
  'origin.no-reverse-dns.login',
  'origin.org-filter.flagged',
  'origin.org-filter.passed',
  'origin.reserved-ip',
  'origin.rdns.not-recorded',
  'origin.rdns.unknown',
  'origin.sender-ip',
  'origin.sender-ip.authenticated',
  'origin.sender-ip.authenticated.owner',
  'origin.sender-ip.owner',
  'origin.sender-network',
  'origin.sender-network.hosting',
  'origin.sender-network.rented-login',
  'origin.time-skew.future',
  'sender.authentication.fail',
  'sender.authentication.none',
  'sender.authentication.not-brand',
  'sender.authentication.partial',
  'sender.authentication.pass',
  'sender.brand-mismatch',
  'sender.brand-mismatch.pass',
  'sender.display-name-address',
  'sender.incoherent-identity',
  'sender.message-id.other',
  'sender.message-id.same',
  'sender.own-org-impersonation',
  'sender.return-path.other',
  'sender.return-path.same',
  'story.advance-fee',
  'story.advice.phishing-link',
  'story.claims-brand',
  'story.claims-brand.login',
  'story.claims-brand.login-owner',
  'story.clean.authenticated',
  'story.clean.caveat',
  'story.clean.no-headers',
  'story.clean.unconfirmed',
  'story.forged-helo',
  'story.link-recipient',
  'story.link-unrelated',
  'story.link-unrelated.recipient',
  'story.own-org',
]);

/**
 * Words of the pane's own that no first drawing shows, which wait with the rest: what the Report to IT, "This looks
 * wrong" and Copy summary controls say once clicked (src/ui/actions.ts fetches them then, when missing), and the notices
 * of a message Outlook could not read whole, drawn only through ui/session.ts (which looks up their words first).
 */
const LATE_UI_KEY = new RegExp(
  `^ui\\.(?:${[
    'report\\.(?:confirm-question|cancelled|opening|opened|no-address|no-address\\.user|unsupported|failed)',
    'report\\.address\\.(?:saved|cleared|cleared-none|invalid|locked|failed)',
    'false-alarm\\.(?:question|question-save|saved|opened)',
    'copy\\.(?:done|fallback)',
    'notice\\.(?:headers-unsupported|headers-empty|headers-failed|body-failed)',
  ].join('|')})$`,
);

/**
 * Words only an admin's mistake or another host shows: what is wrong with a field of config.json (a parameter of the
 * `config.invalid` notice, which the session draws, and of the online look-up's note of the same, which loads the late
 * words first: src/ui/online-lookup.ts), and the command line's note of a missing IP table.
 */
const RARE_KEY = /^config\.problem\.|^ip\.table-missing$/;

/**
 * Words only the data of rare hosts and links says (issue #19: 0.2 KB gzipped less in the first download): how a host
 * in letters of other scripts is shown (`host.marked`, and the scripts' names), which core/host-scripts.ts writes
 * into a report, a chunk fetched only for a message with such a host; and the evidence of a link found inside an
 * attachment. A report naming one fetches the late words before its first drawing, as for any rare sentence.
 */
const RARE_HOST_KEY = /^(?:host\.marked(?:\.letter)?|script\.[a-z]+|evidence\.in-attachment)$/;

const isLate = (key) =>
  LATE_UI_KEY.test(key) ||
  RARE_KEY.test(key) ||
  RARE_HOST_KEY.test(key) ||
  (LATE_KEY.test(key) && !FIRST_WORDS.has(key));

/**
 * The words only the evidence lists and the hop table say (src/ui/evidence.ts, hops.ts; not their toggles, which
 * report-view.ts draws): those views are drawn only inside closed panels, from a chunk asked for at the first drawing
 * (scripts/evidence-view-pane.js), which brings these words of both languages (`?view`) with it: 0.25 KB gzipped less
 * in the first download. The late words hold them too, for the summary and the draft (core/summary.ts names the
 * evidence's authors), which load every late word before they write.
 */
const VIEW_KEY =
  /^(?:ui\.hops\.(?!toggle$)|ui\.evidence\.(?!toggle$)|ui\.delay\.|ui\.relay-unknown$|author\.|evidence\.raw$)/;
const isView = (key) => VIEW_KEY.test(key);

/**
 * The words only the click-time flows say (src/ui/action-flows.ts: the confirmation's buttons, the address form's
 * label and Save): that code is a chunk fetched at the first click on Report to IT, "This looks wrong" or the address
 * toggle (scripts/action-flows-pane.js), which brings these words of both languages (`?flows`) with it. The late
 * words hold them too.
 */
const FLOW_KEY = /^ui\.(?:report\.(?:confirm|cancel|address\.save|address\.label)|false-alarm\.save)$/;
const isFlow = (key) => FLOW_KEY.test(key);

/** The parts that come with a chunk of their own, by query: `?view`, `?flows`. */
const PARTS = { view: isView, flows: isFlow };
/** Named only by the code behind the buttons, which loads every late word first. */
const CLICK_KEY = /^(?:summary|report)\./;

/**
 * The dictionary's object literal (`export const en = { … } as const`) and its late entries: [text, start, end] each,
 * the range taking the comments before the entry and its comma.
 */
function lateEntries(source, file, wanted = (key) => isLate(key) || isView(key) || isFlow(key)) {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  let literal;
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations) {
      let init = declaration.initializer;
      while (init && (ts.isAsExpression(init) || ts.isSatisfiesExpression(init))) init = init.expression;
      if (init && ts.isObjectLiteralExpression(init)) literal = init;
    }
  }
  if (!literal) throw new Error(`i18n-words-pane: no dictionary literal in ${file}`);
  const entries = [];
  for (const property of literal.properties) {
    if (!ts.isPropertyAssignment(property) || !ts.isStringLiteral(property.name)) continue;
    if (!wanted(property.name.text)) continue;
    let end = property.end;
    while (/\s/.test(source[end] ?? '')) end += 1;
    if (source[end] === ',') end += 1;
    entries.push({ text: source.slice(property.getStart(sf), property.end), start: property.getFullStart(), end });
  }
  return entries;
}

/**
 * The dictionary without its late, view and flows entries, or (`?late`) those entries alone as `late`, or (`?view`,
 * `?flows`) that part's entries alone, exported by its name.
 */
function splitWords(source, file, query) {
  const name = query?.slice(1);
  if (query && Object.hasOwn(PARTS, name)) {
    const part = lateEntries(source, file, PARTS[name]);
    return `export const ${name} = {\n${part.map((e) => `  ${e.text},`).join('\n')}\n};\n`;
  }
  const entries = lateEntries(source, file);
  if (query === '?late') return `export const late = {\n${entries.map((e) => `  ${e.text},`).join('\n')}\n};\n`;
  let out = source;
  for (const entry of [...entries].reverse()) out = out.slice(0, entry.start) + out.slice(entry.end);
  return out;
}

module.exports = function i18nWordsPane(source) {
  return splitWords(source, this.resourcePath, this.resourceQuery);
};
module.exports.isLate = isLate;
module.exports.isView = isView;
module.exports.isFlow = isFlow;
module.exports.FIRST_WORDS = FIRST_WORDS;
module.exports.CLICK_KEY = CLICK_KEY;
module.exports.LATE_UI_KEY = LATE_UI_KEY;
