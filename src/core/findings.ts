/**
 * The catalogue of findings: each id declared once, with its section, the statuses it may take, its message keys and
 * the shape of its parameters. `finding()` takes an id and derives the rest, so a check cannot give an id a status,
 * key or parameter it does not have; the verdict policy (verdict.ts) is keyed by the `id:status` pairs this
 * catalogue allows, so the compiler proves every row names a real finding and every fail/warn/pass has a row.
 */
import type { MessageKey, MessageParam, Param } from '../i18n';
import type { Evidence, Finding, Params, Section, Status } from './report';

/** Text from the message, shown literally. */
type Text = string;
/**
 * A host or address from the message: as written, or — when it may not be shown so — a message naming its ASCII form
 * and its marked letters (analyze applies core/host-display.ts to every finding).
 */
type Host = Text | MessageParam;
/** Our own term or text from the message (an IP's owner, a reverse-DNS name or "no reverse DNS"). */
type Term = Param;
/** How many were read (the cap), and how many there were. */
type Cut = { checked: number; count: number };

/** content.job-messenger's id, on which its message keys are built (CATALOGUE). */
const JOB_CHAT = 'content.job-messenger';

/**
 * Each entry's `params: {} as …` states the shape of its parameters: a type for the compiler, no value.
 * @internal tests walk every entry (keys translated, sections agree)
 */
export const CATALOGUE = {
  // Sender
  'sender.brand-mismatch': {
    section: 'sender',
    statuses: ['fail', 'warn', 'pass', 'info'],
    keys: [
      'sender.brand-mismatch',
      'sender.brand-mismatch.no-address',
      'sender.brand-mismatch.unverified',
      'sender.brand-mismatch.free-mail',
      'sender.brand-mismatch.internal',
      'sender.brand-mismatch.pass',
    ],
    params: {} as { brand: Text; domain: Host } | { brand: Text; claimed: Text; address: Host; domain: Host },
  },
  'sender.role-free-mail': {
    section: 'sender',
    statuses: ['fail', 'warn'],
    keys: ['sender.role-free-mail', 'sender.role-free-mail.ask'],
    params: {} as { role: Text; domain: Host },
  },
  'sender.own-org-impersonation': {
    section: 'sender',
    statuses: ['fail'],
    keys: [
      'sender.own-org-impersonation',
      'sender.own-org-impersonation.department',
      'sender.own-org-impersonation.notice',
    ],
    params: {} as { named: Text; domain: Host },
  },
  'sender.spoofed-domain': {
    section: 'sender',
    statuses: ['fail'],
    keys: ['sender.spoofed-domain', 'sender.spoofed-domain.own'],
    params: {} as { domain: Host; brand: Text },
  },
  'sender.signoff-brand': {
    section: 'sender',
    statuses: ['fail', 'warn'],
    keys: ['sender.signoff-brand'],
    params: {} as { brand: Text; domain: Host },
  },
  'sender.lookalike-domain': {
    section: 'sender',
    statuses: ['fail', 'warn'],
    keys: ['sender.lookalike-domain', 'sender.lookalike-domain.signed-name'],
    params: {} as { domain: Host; target: Host; technique: { key: MessageKey } } | { domain: Host; name: Text },
  },
  'sender.display-name-address': {
    section: 'sender',
    statuses: ['warn'],
    keys: ['sender.display-name-address', 'sender.display-name-address.local-part'],
    params: {} as { shown: Host; domain: Host },
  },
  'sender.reply-to': {
    section: 'sender',
    statuses: ['fail', 'warn'],
    keys: ['sender.reply-to', 'sender.reply-to.free-mail', 'sender.reply-to.lookalike'],
    params: {} as { reply: Host; domain: Host },
  },
  'sender.reply-lookalike': {
    section: 'sender',
    statuses: ['fail'],
    keys: ['sender.reply-lookalike'],
    params: {} as { reply: Host; domain: Host },
  },
  'sender.return-path': {
    section: 'sender',
    statuses: ['info'],
    keys: ['sender.return-path.same', 'sender.return-path.other'],
    params: {} as { address: Host },
  },
  'sender.message-id': {
    section: 'sender',
    statuses: ['info', 'warn'],
    keys: [
      'sender.message-id.missing',
      'sender.message-id.malformed',
      'sender.message-id.same',
      'sender.message-id.other',
    ],
    params: {} as Record<never, never> | { value: Text } | { domain: Host },
  },
  'sender.authentication': {
    section: 'sender',
    statuses: ['info', 'warn', 'pass'],
    keys: [
      'sender.authentication.none',
      'sender.authentication.pass',
      'sender.authentication.fail',
      'sender.authentication.not-brand',
      'sender.authentication.partial',
    ],
    params: {} as
      | Record<never, never>
      | { spf: Text; spfDomain: Host; dkim: Text; dkimDomain: Host; dmarc: Text; domain: Host; brand: Text },
  },
  'sender.address-list-truncated': {
    section: 'sender',
    statuses: ['info'],
    keys: ['sender.address-list-truncated'],
    params: {} as Cut & { header: Text },
  },
  'sender.claim-truncated': {
    section: 'sender',
    statuses: ['info'],
    keys: ['sender.claim-truncated.name', 'sender.claim-truncated.hits', 'sender.claim-truncated.subject-tag'],
    params: {} as { header: Text; checked: number } | { checked: number },
  },
  // Throwaway infrastructure (checks/infrastructure.ts)
  'sender.no-registrable-domain': {
    section: 'sender',
    statuses: ['fail', 'warn'],
    keys: ['sender.no-registrable-domain'],
    params: {} as { domain: Host },
  },
  'sender.hosting-platform': {
    section: 'sender',
    statuses: ['warn'],
    keys: ['sender.hosting-platform'],
    params: {} as { domain: Host; platform: Text },
  },
  'sender.machine-local-part': {
    section: 'sender',
    statuses: ['warn'],
    keys: ['sender.machine-local-part'],
    params: {} as { local: Text },
  },
  'sender.incoherent-identity': {
    section: 'sender',
    statuses: ['warn'],
    keys: ['sender.incoherent-identity'],
    params: {} as { domains: readonly Host[]; count: number },
  },
  // Origin
  'origin.sender-ip': {
    section: 'origin',
    statuses: ['info'],
    keys: [
      'origin.sender-ip.unknown',
      'origin.sender-ip',
      'origin.sender-ip.owner',
      'origin.sender-ip.authenticated',
      'origin.sender-ip.authenticated.owner',
    ],
    // `authenticated`: the originating client logged in to send (the story says so); not shown by itself.
    params: {} as
      | Record<never, never>
      | { ip: Text; rdns: Term; helo: Host; relay: Host; authenticated: boolean }
      | { ip: Text; rdns: Term; helo: Host; relay: Host; authenticated: boolean; owner: Term },
  },
  'origin.entry-hop': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.entry-hop.unknown', 'origin.entry-hop', 'origin.entry-hop.owner'],
    params: {} as
      | Record<never, never>
      | { host: Host; ip: Text; by: Host; rdns: Term }
      | { host: Host; ip: Text; by: Host; rdns: Term; owner: Term },
  },
  'origin.helo-loopback': {
    section: 'origin',
    statuses: ['warn', 'info'],
    keys: ['origin.helo-loopback.script', 'origin.helo-loopback.login'],
    params: {} as { helo: Host; ip: Text } | { helo: Host; relay: Host },
  },
  'origin.forged-helo': {
    section: 'origin',
    statuses: ['fail', 'warn'],
    keys: ['origin.forged-helo'],
    params: {} as { helo: Host; ip: Text; brand: Text },
  },
  'origin.no-reverse-dns': {
    section: 'origin',
    statuses: ['warn', 'info'],
    keys: ['origin.no-reverse-dns.entry', 'origin.no-reverse-dns.login', 'origin.no-reverse-dns.client'],
    params: {} as { ip: Text } | { ip: Text; relay: Host },
  },
  'origin.reserved-ip': {
    section: 'origin',
    statuses: ['warn'],
    keys: ['origin.reserved-ip'],
    params: {} as { ip: Text },
  },
  'origin.time-skew': {
    section: 'origin',
    statuses: ['warn', 'info'],
    keys: ['origin.time-skew.hops', 'origin.time-skew.future', 'origin.time-skew.past'],
    params: {} as { hours: number } | { days: number },
  },
  'origin.org-filter': {
    section: 'origin',
    statuses: ['warn', 'info'],
    keys: ['origin.org-filter.flagged', 'origin.org-filter.passed'],
    params: {} as { scl: Text; category: Text; compauth: Text },
  },
  'origin.sender-network': {
    section: 'origin',
    statuses: ['warn', 'info'],
    keys: ['origin.sender-network.rented-login', 'origin.sender-network.hosting', 'origin.sender-network'],
    params: {} as
      | { ip: Text; owner: Text }
      | { ip: Text; owner: Text; provider: Text }
      | { ip: Text; owner: Text; provider: Text; relay: Host; brand: Text; domain: Host },
  },
  'origin.headers-missing': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.headers-missing'],
    params: {} as Record<never, never>,
  },
  'origin.headers-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.headers-truncated'],
    params: {} as Record<never, never>,
  },
  'origin.header-lines-skipped': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.header-lines-skipped'],
    params: {} as Record<never, never>,
  },
  'origin.received-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.received-truncated.tokens', 'origin.received-truncated.comment'],
    params: {} as Cut,
  },
  'origin.hops-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.hops-truncated'],
    params: {} as { checked: number },
  },
  'origin.auth-results-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.auth-results-truncated.size', 'origin.auth-results-truncated.results'],
    params: {} as Cut,
  },
  'origin.org-filter-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.org-filter-truncated.size', 'origin.org-filter-truncated.pairs'],
    params: {} as { checked: number },
  },
  'origin.date-truncated': {
    section: 'origin',
    statuses: ['info'],
    keys: ['origin.date-truncated'],
    params: {} as { checked: number },
  },
  // Links
  'links.host-mismatch': {
    section: 'links',
    statuses: ['fail', 'warn'],
    keys: ['links.host-mismatch', 'links.host-mismatch.brand', 'links.host-mismatch.brand-unverified'],
    // `hosts`: the first few foreign hosts, listed; `count`: how many there were.
    params: {} as { hosts: readonly Host[]; count: number; brand: Text; sender: Host },
  },
  'links.brand-in-path': {
    section: 'links',
    statuses: ['fail'],
    keys: ['links.brand-in-path', 'links.brand-in-path.government'],
    params: {} as { planted: Text; brand: Text; host: Host },
  },
  'links.lookalike-host': {
    section: 'links',
    statuses: ['fail'],
    keys: ['links.lookalike-host'],
    params: {} as { host: Host; brand: Text },
  },
  'links.text-mismatch': {
    section: 'links',
    statuses: ['fail', 'warn'],
    keys: ['links.text-mismatch'],
    params: {} as { shown: Host; host: Host; count: number },
  },
  'links.recipient-in-url': {
    section: 'links',
    statuses: ['warn'],
    keys: ['links.recipient-in-url'],
    params: {} as { address: Host; host: Host },
  },
  'links.obfuscated-host': {
    section: 'links',
    statuses: ['fail', 'warn'],
    keys: [
      'links.obfuscated-host.userinfo',
      'links.obfuscated-host.confusable',
      'links.obfuscated-host.ip',
      'links.obfuscated-host.shortener',
      'links.obfuscated-host.script-url',
    ],
    params: {} as { host: Host; userinfo: Host; ascii: Text },
  },
  'links.throwaway-host': {
    section: 'links',
    statuses: ['warn'],
    keys: ['links.throwaway-host'],
    params: {} as { host: Host; service: Text; count: number },
  },
  'links.qr-code': {
    section: 'links',
    statuses: ['fail', 'warn', 'info'],
    keys: ['links.qr-code.login', 'links.qr-code.address', 'links.qr-code', 'links.qr-code.own'],
    params: {} as { host: Host; image: Text },
  },
  'links.attachment-link': {
    section: 'links',
    statuses: ['fail'],
    keys: ['links.attachment-link.login', 'links.attachment-link.address'],
    params: {} as { host: Host; file: Text },
  },
  'links.rented-page': {
    section: 'links',
    statuses: ['fail'],
    keys: ['links.rented-page', 'links.rented-page.account', 'links.rented-page.file', 'links.rented-page.esign'],
    params: {} as { host: Host; service: Text },
  },
  'links.hacked-site': {
    section: 'links',
    statuses: ['fail', 'warn'],
    keys: [
      'links.hacked-site',
      'links.hacked-site.address',
      'links.hacked-site.share',
      'links.hacked-site.share-payment',
    ],
    params: {} as { host: Host; folder: Text } | { host: Host; service: Text },
  },
  'links.fake-attachment': {
    section: 'links',
    statuses: ['warn'],
    keys: ['links.fake-attachment'],
    params: {} as { file: Text; host: Host },
  },
  'links.install-file': {
    section: 'links',
    statuses: ['fail', 'warn'],
    keys: ['links.install-file', 'links.install-file.android'],
    params: {} as { file: Text; host: Host },
  },
  'links.qr-prompt': {
    section: 'links',
    statuses: ['warn'],
    keys: ['links.qr-prompt'],
    params: {} as Record<never, never>,
  },
  'links.qr-unread': {
    section: 'links',
    statuses: ['info'],
    keys: [
      'links.qr-unread.too-large',
      'links.qr-unread.unreadable',
      'links.qr-unread.too-many',
      'links.qr-unread.pdf-encrypted',
      'links.qr-unread.pdf-cut',
      'links.qr-unread.pdf-unreadable',
      'links.qr-unread.pdf-too-many',
    ],
    params: {} as { image: Text; count: number },
  },
  'links.truncated': {
    section: 'links',
    statuses: ['info'],
    keys: ['links.truncated'],
    params: {} as { checked: number; total: number },
  },
  'links.url-truncated': { section: 'links', statuses: ['info'], keys: ['links.url-truncated'], params: {} as Cut },
  'links.unwrap-truncated': {
    section: 'links',
    statuses: ['info'],
    keys: ['links.unwrap-truncated'],
    params: {} as Cut,
  },
  'links.recipients-truncated': {
    section: 'links',
    statuses: ['info'],
    keys: ['links.recipients-truncated'],
    params: {} as { checked: number },
  },
  // Content
  'content.address-greeting': {
    section: 'content',
    statuses: ['warn'],
    keys: ['content.address-greeting', 'content.address-greeting.subject'],
    params: {} as { address: Host },
  },
  'content.callback': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: ['content.callback', 'content.callback.relayed', 'content.callback.cutoff', 'content.callback.threat'],
    params: {} as { phone: Text },
  },
  'content.advance-fee': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: ['content.advance-fee', 'content.advance-fee.reply'],
    params: {} as { count: number } | { count: number; reply: Host },
  },
  'content.extortion': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.extortion'],
    params: {} as { count: number },
  },
  'content.bec-request': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: ['content.bec-request', 'content.bec-request.payment', 'content.bec-request.payroll'],
    params: {} as { reply: Host },
  },
  'content.job-messenger': {
    section: 'content',
    statuses: ['fail', 'warn'],
    // Built on the id: written out, a key would put a dot after the Thunderbird API's name (the purity scan's sign).
    keys: [JOB_CHAT, `${JOB_CHAT}.fee`, `${JOB_CHAT}.returns`],
    params: {} as { domain: Host },
  },
  'content.domain-slam': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.domain-slam'],
    params: {} as { domain: Host },
  },
  'content.pretext': {
    section: 'content',
    statuses: ['fail'],
    keys: [
      'content.pretext.copyright',
      'content.pretext.sim-swap',
      'content.pretext.wrong-person',
      'content.pretext.authority-domain',
      'content.pretext.rented-ask',
      'content.pretext.register-offer',
      'content.pretext.mark-fee',
      'content.pretext.form-echo',
      'content.pretext.crypto-donation',
      'content.pretext.investment-pitch',
      'content.pretext.investment-club',
      'content.pretext.police-summons',
      'content.pretext.fake-lawsuit',
      'content.pretext.prize-fee',
      'content.pretext.job-fee',
      'content.pretext.directory-form',
      'content.pretext.list-offer',
      'content.pretext.crypto-invoice',
      'content.pretext.wallet-claim',
      'content.pretext.refund-deposit',
      'content.pretext.locked-file',
    ],
    params: {} as Record<string, never> | { domain: Host } | { reply: Host },
  },
  'content.faceless-authority': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.faceless-authority'],
    params: {} as { name: Text; domain: Host },
  },
  'content.rental-deposit': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.rental-deposit'],
    params: {} as Record<string, never>,
  },
  'content.bank-change': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.bank-change', 'content.bank-change.no-call'],
    params: {} as Record<string, never>,
  },
  'content.foreign-iban': {
    section: 'content',
    statuses: ['fail'],
    keys: ['content.foreign-iban'],
    params: {} as { iban: string; country: string; home: string },
  },
  'content.payout-details': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: [
      'content.payout-details',
      'content.payout-details.forfeit',
      'content.payout-details.sale',
      'content.payout-details.failed',
    ],
    params: {} as Record<string, never>,
  },
  'content.disguised-text': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: ['content.disguised-text.name', 'content.disguised-text.subject'],
    params: {} as { reading: Text; how: { key: MessageKey } },
  },
  'content.lure': {
    section: 'content',
    statuses: ['warn'],
    keys: ['content.lure', 'content.lure.notice'],
    params: {} as { families: { keys: MessageKey[] }; count: number },
  },
  'content.forwarded': {
    section: 'content',
    statuses: ['warn'],
    keys: ['content.forwarded'],
    params: {} as { from: Host },
  },
  'content.attached-message': {
    section: 'content',
    statuses: ['fail', 'warn', 'info'],
    keys: [
      'content.attached-message.phishing',
      'content.attached-message.suspicious',
      'content.attached-message.returned',
      'content.attached-message.clean',
      'content.attached-message.unread',
    ],
    // `said`: the attached message's own story, its first sentence (what it claims, where its link leads).
    params: {} as
      { name: Text; from: Host } | { name: Text; from: Host; said: MessageParam } | { name: readonly Text[] },
  },
  'content.form': {
    section: 'content',
    statuses: ['fail', 'warn'],
    keys: ['content.form', 'content.form.password'],
    params: {} as { count: number },
  },
  'content.risky-attachment': {
    section: 'content',
    statuses: ['fail', 'warn', 'info'],
    keys: [
      'content.risky-attachment.program',
      'content.risky-attachment.disguised',
      'content.risky-attachment.member',
      'content.risky-attachment.member-page',
      'content.risky-attachment.unlisted',
      'content.risky-attachment.form',
      'content.risky-attachment.form-data',
      'content.risky-attachment.redirect',
      'content.risky-attachment.script',
      'content.risky-attachment.links',
      'content.risky-attachment.partial',
      'content.risky-attachment.skipped',
      'content.risky-attachment.protected',
    ],
    // `type`: what the first bytes are (`PE (MZ)`, `ZIP`, `RAR`…) or, unread, the name's extension; `host`: where a
    // page's form sends what is typed.
    params: {} as
      | { name: Text }
      | { name: Text; type: Text }
      | { name: Text; member: Text }
      | { name: Text; count: number }
      | { name: Text; host: Text }
      | Cut,
  },
  'content.body-missing': {
    section: 'content',
    statuses: ['info'],
    keys: ['content.body-missing'],
    params: {} as Record<never, never>,
  },
  'content.body-truncated': {
    section: 'content',
    statuses: ['info'],
    keys: ['content.body-truncated'],
    params: {} as Record<never, never>,
  },
  'content.limit': { section: 'content', statuses: ['info'], keys: ['content.limit'], params: {} as { code: Text } },
  'content.text-truncated': {
    section: 'content',
    statuses: ['info'],
    keys: ['content.text-truncated'],
    params: {} as { checked: number },
  },
  'content.subject-truncated': {
    section: 'content',
    statuses: ['info'],
    keys: ['content.subject-truncated'],
    params: {} as { checked: number },
  },
  'content.unreadable-parts': {
    section: 'content',
    statuses: ['info'],
    keys: ['content.unreadable-parts'],
    params: {} as { codes: readonly Text[]; count: number },
  },
  // Online (core/online, issue #18): public registry data (RDAP) a look-up the reader asked for found, with its time.
  'online.domain-age': {
    section: 'online',
    statuses: ['fail', 'warn', 'info'],
    keys: ['online.domain-age.new', 'online.domain-age.young', 'online.domain-age', 'online.domain-age.unknown'],
    // `basis`: what rests on the domain (a brand claim, a login form, our own organisation's name).
    params: {} as { domain: Host } | { domain: Host; days: number; date: Text; basis?: MessageParam },
  },
  'online.domain-registrar': {
    section: 'online',
    statuses: ['info'],
    keys: ['online.domain-registrar'],
    params: {} as { domain: Host; registrar: Text },
  },
  'online.ip-owner': {
    section: 'online',
    statuses: ['info'],
    keys: ['online.ip-owner', 'online.ip-owner.table'],
    // `owner`: the offline table's answer, beside the registry's current one.
    params: {} as { ip: Text; network: Text; handle: Text; country: Text; owner?: Term },
  },
  'online.unavailable': {
    section: 'online',
    statuses: ['info'],
    keys: [
      'online.unavailable.timeout',
      'online.unavailable.rate-limited',
      'online.unavailable.not-found',
      'online.unavailable.no-rdap',
      'online.unavailable.malformed',
      'online.unavailable.too-large',
      'online.unavailable.failed',
      'online.unavailable.cancelled',
      'online.unavailable.no-bootstrap',
    ],
    params: {} as { item: Host; server: Text; error?: Text },
  },
  // The report itself: a check that failed on this message (shown with the content, weighs nothing).
  'report.check-failed': {
    section: 'content',
    statuses: ['info'],
    keys: ['report.check-failed'],
    params: {} as { check: Text; error: Text },
  },
} as const satisfies Record<string, CatalogueEntry>;

interface CatalogueEntry {
  section: Section;
  statuses: readonly Status[];
  keys: readonly MessageKey[];
  params: Params;
}

type Catalogue = typeof CATALOGUE;
export type FindingId = keyof Catalogue;
type SectionOf<I extends FindingId> = Catalogue[I]['section'];
export type StatusOf<I extends FindingId> = Catalogue[I]['statuses'][number];
type KeyOf<I extends FindingId> = Catalogue[I]['keys'][number];
export type ParamsOf<I extends FindingId> = Catalogue[I]['params'];

/** A finding of one id: its status, key and parameters are the ones the catalogue allows it. */
export interface FindingOf<I extends FindingId> extends Finding {
  id: I;
  section: SectionOf<I>;
  status: StatusOf<I>;
  message: { key: KeyOf<I>; params: ParamsOf<I> };
}

/** Any finding the core makes. */
export type CatalogueFinding = { [I in FindingId]: FindingOf<I> }[FindingId];

/** Every `id:status` the catalogue allows, except info (which never weighs): the rows the verdict policy must have. */
export type Weighed = { [I in FindingId]: `${I}:${Exclude<StatusOf<I>, 'info'>}` }[FindingId];

/** The key is the id itself unless the id has other keys: then it must be named. */
type KeyArgument<I extends FindingId> = I extends KeyOf<I> ? [key?: KeyOf<I>] : [key: KeyOf<I>];

/** A finding: the section comes from the catalogue, the message key is the id unless another of its keys is given. */
export function finding<I extends FindingId>(
  id: I,
  status: StatusOf<I>,
  params: ParamsOf<I>,
  evidence: Evidence[],
  ...[key]: KeyArgument<I>
): FindingOf<I> {
  return { id, section: sectionOf(id), status, message: { key: key ?? (id as KeyOf<I>), params }, evidence };
}

/**
 * An id's section, read from the id itself: `section.name`, and a failed check is shown with the content. The
 * catalogue says the same (a test holds them together); reading it here keeps its lists out of the task pane's code.
 * @internal a test holds it to CATALOGUE
 */
export function sectionOf<I extends FindingId>(id: I): SectionOf<I> {
  return (id.startsWith('report.') ? 'content' : id.slice(0, id.indexOf('.'))) as SectionOf<I>;
}

/**
 * The first finding of `id` (and `status`, when given) among a report's findings, with its typed parameters. The
 * core makes every finding with `finding()`, so one with a catalogue id has that entry's shape.
 */
export function findingOf<I extends FindingId>(
  findings: readonly Finding[],
  id: I,
  status?: StatusOf<I>,
): FindingOf<I> | undefined {
  return findings.find((f): f is FindingOf<I> => f.id === id && (!status || f.status === status));
}

type ParamOf<P extends Params, K extends string> = Extract<P, Record<K, unknown>>[K];

/** A parameter that some of an id's shapes have (its keys differ in what they say): its value, or undefined. */
export function param<P extends Params, K extends string>(params: P, name: K): ParamOf<P, K> | undefined {
  if (!Object.prototype.hasOwnProperty.call(params, name)) return undefined;
  return (params as Record<string, unknown>)[name] as ParamOf<P, K>;
}
