/**
 * The story: at most three plain sentences that say what the message really is — who it claims to be, what it
 * really is, where its link goes (or what else it wants: an attachment opened, a number called) — and what to do.
 * Built deterministically from the findings: it names only brands, domains, IPs, a phone number and a role title
 * that a finding already shows in its evidence, never free text from the message.
 */
import type { MessageKey } from '../i18n';
import type { Finding, Params, StorySentence, Verdict } from './report';
import { findingOf, param, type FindingId, type FindingOf, type StatusOf } from './findings';

const MAX_SENTENCES = 3;

/** The first finding of an id (and status), with its typed parameters. */
type Lookup = <I extends FindingId>(id: I, status?: StatusOf<I>) => FindingOf<I> | undefined;

/** Builds the story from the findings and the verdict. Never throws; returns 1–3 sentences. */
export function buildStory(findings: readonly Finding[], verdict: Verdict): StorySentence[] {
  const find: Lookup = (id, status) => findingOf(findings, id, status);
  // A look-up the reader asked for that found a days-old domain under the claim outranks where the link goes.
  const sentences = [whoItReallyIs(find), newDomain(find) ?? whereItLeads(find) ?? whatItWants(find)].filter(
    (s): s is StorySentence => !!s,
  );
  // A colleague's forward (forwarded.ts): the forwarded message's signs are told before the colleague's clean bill.
  const forwarded = find('content.forwarded', 'warn');
  const forward = forwarded ? [sentence('story.forwarded', { from: forwarded.message.params.from })] : [];
  if (verdict === 'no-red-flags')
    return [...sentences.slice(0, 1), ...forward, ...cleanSummary(find)].slice(0, MAX_SENTENCES);
  if (sentences.length === 0) sentences.push(...strongestSigns(findings));
  // Suspicious only because a check could not run (verdict.ts rule 5): say which, not a bare "check with the sender".
  const failed = find('report.check-failed');
  if (sentences.length === 0 && failed)
    sentences.push(sentence('story.check-failed', { check: failed.message.params.check }));
  sentences.push(advice(verdict, find));
  return sentences.slice(0, MAX_SENTENCES);
}

function sentence(key: MessageKey, params: Params = {}): StorySentence {
  return { key, params };
}

/** Sentence 1: who it claims to be against who really sent it (brand, forged domain, look-alike). */
function whoItReallyIs(find: Lookup): StorySentence | undefined {
  const spoofed = find('sender.spoofed-domain', 'fail');
  if (spoofed)
    return sentence('story.forged-domain', {
      brand: spoofed.message.params.brand,
      domain: spoofed.message.params.domain,
    });
  const mismatch = find('sender.brand-mismatch', 'fail');
  if (mismatch) {
    const { brand, domain } = mismatch.message.params;
    const client = find('origin.sender-ip')?.message.params;
    // The originating client logged in to send: someone used a real mail account.
    const login = !!client && param(client, 'authenticated') === true;
    const ip = (client && param(client, 'ip')) ?? '';
    const owner = client && param(client, 'owner');
    if (!domain) return sentence('story.claims-brand.no-address', { brand });
    if (login && owner) return sentence('story.claims-brand.login-owner', { brand, domain, ip, owner });
    if (login) return sentence('story.claims-brand.login', { brand, domain, ip });
    return sentence('story.claims-brand', { brand, domain });
  }
  // The brand's own address, sent by a machine that borrowed the brand's server name (no reverse DNS).
  const helo = find('origin.forged-helo', 'fail');
  if (helo) return sentence('story.forged-helo', { ...helo.message.params });
  // Before the look-alike: "your own IT, writing from elsewhere" tells the reader more than the domain's shape.
  const ownOrg = find('sender.own-org-impersonation', 'fail');
  if (ownOrg) return sentence('story.own-org', { domain: ownOrg.message.params.domain });
  const role = find('sender.role-free-mail', 'fail');
  if (role)
    return sentence('story.role-free-mail', { role: role.message.params.role, domain: role.message.params.domain });
  const lookalike = find('sender.lookalike-domain')?.message.params;
  if (lookalike && 'name' in lookalike)
    return sentence('story.lookalike.signed-name', { domain: lookalike.domain, name: lookalike.name });
  if (lookalike) return sentence('story.lookalike', { domain: lookalike.domain, target: lookalike.target });
  return undefined;
}

/**
 * Sentence 2 after an online look-up (issue #18): a domain registered days ago that a brand claim, a login form or
 * our own organisation's name rests on — with when the registry said so, since it is true as of that time.
 */
function newDomain(find: Lookup): StorySentence | undefined {
  const young = find('online.domain-age', 'fail');
  const params = young?.message.params;
  if (!params || !('days' in params)) return undefined;
  const at = young.evidence.find((e) => e.at)?.at ?? '';
  return sentence('online.story.new-domain', { domain: params.domain, days: params.days, date: params.date, at });
}

/** Sentence 2: where the link really goes, and whether it carries the reader's address. */
function whereItLeads(find: Lookup): StorySentence | undefined {
  // A link hidden in a QR code (quishing): the reader is asked to scan a picture, and its address is nowhere in sight.
  const qr = find('links.qr-code', 'fail') ?? find('links.qr-code', 'warn');
  if (qr) return sentence('story.link-qr', { host: qr.message.params.host, image: qr.message.params.image });
  // A PDF's button (core/qr/pdf.ts): the link is in the attachment, not the message.
  const inFile = find('links.attachment-link', 'fail');
  if (inFile)
    return sentence('story.link-attachment', { host: inFile.message.params.host, file: inFile.message.params.file });
  const recipient = !!find('links.recipient-in-url');
  const planted = find('links.brand-in-path', 'fail');
  const unrelated = find('links.host-mismatch', 'fail');
  const shown = find('links.text-mismatch', 'fail');
  // The first of the unrelated hosts ('' when the list is empty, which names no host: no link sentence).
  const host =
    planted?.message.params.host ??
    (unrelated && (unrelated.message.params.hosts[0] ?? '')) ??
    shown?.message.params.host;
  const brand = planted?.message.params.brand ?? unrelated?.message.params.brand;
  if (host && brand)
    return sentence(recipient ? 'story.link-unrelated.recipient' : 'story.link-unrelated', { host, brand });
  if (shown)
    return sentence('story.link-shows-other', { shown: shown.message.params.shown, host: shown.message.params.host });
  const obfuscated = find('links.obfuscated-host', 'fail');
  if (obfuscated) return sentence('story.link-disguised', { host: obfuscated.message.params.host });
  if (recipient)
    return sentence('story.link-recipient', { host: find('links.recipient-in-url')?.message.params.host ?? '' });
  return undefined;
}

/**
 * Sentence 2 when no link story applies: a dangerous attachment, a number to call about a charge, or a reply that
 * goes to a mailbox nobody answers for (advance-fee fraud, business email compromise).
 */
function whatItWants(find: Lookup): StorySentence | undefined {
  // A message attached to it is phishing of its own (attached-message.ts): opening that is what it wants.
  const wrapped = find('content.attached-message', 'fail');
  if (wrapped) return sentence('story.attached-message', { name: wrapped.message.params.name });
  const attachment = find('content.risky-attachment', 'fail');
  if (attachment) {
    const key = attachment.message.key;
    if (key === 'content.risky-attachment.form') return sentence('story.attachment.login');
    if (key === 'content.risky-attachment.redirect') return sentence('story.attachment.page');
    return sentence('story.attachment.program');
  }
  const callback = find('content.callback', 'fail');
  if (callback) return sentence('story.callback', { phone: callback.message.params.phone });
  const fee = find('content.advance-fee', 'fail');
  const feeReply = fee && param(fee.message.params, 'reply');
  if (feeReply) return sentence('story.advance-fee', { reply: feeReply });
  if (find('content.extortion', 'fail')) return sentence('story.extortion');
  const bec = find('content.bec-request', 'fail');
  if (bec) return sentence('story.bec-request', { reply: bec.message.params.reply });
  if (find('content.job-messenger', 'fail')) return sentence('story.job-messenger');
  if (find('content.bank-change', 'fail')) return sentence('story.bank-change');
  return undefined;
}

/** When no brand or link story applies: the two weightiest signs, each in one plain sentence. */
function strongestSigns(findings: readonly Finding[]): StorySentence[] {
  const order: readonly [FindingId, MessageKey][] = [
    ['content.form', 'story.sign.form'],
    ['sender.display-name-address', 'story.sign.display-name'],
    ['content.lure', 'story.sign.lure'],
    ['sender.reply-to', 'story.sign.reply-to'],
    ['origin.org-filter', 'story.sign.org-filter'],
    ['links.obfuscated-host', 'story.sign.link-disguised'],
  ];
  const out: StorySentence[] = [];
  for (const [id, key] of order) {
    const f = findings.find((x) => x.id === id && (x.status === 'fail' || x.status === 'warn'));
    if (f) out.push(sentence(key, f.message.params));
    if (out.length === 2) break;
  }
  return out;
}

/** The last sentence: what to do, by verdict. */
function advice(verdict: Verdict, find: Lookup): StorySentence {
  const qr = find('links.qr-code', 'fail') ?? find('links.qr-code', 'warn') ?? find('links.qr-prompt');
  if (verdict === 'likely-phishing' && qr) return sentence('story.advice.phishing-qr');
  if (verdict === 'likely-phishing')
    return sentence(
      find('links.host-mismatch') || find('links.brand-in-path')
        ? 'story.advice.phishing-link'
        : 'story.advice.phishing',
    );
  return sentence('story.advice.suspicious');
}

/** A clean message: what was checked, and what that does not prove. */
function cleanSummary(find: Lookup): StorySentence[] {
  if (find('origin.headers-missing')) return [sentence('story.clean.no-headers'), sentence('story.clean.caveat')];
  const auth = find('sender.authentication', 'pass');
  const domain = auth && param(auth.message.params, 'domain');
  if (auth && domain) return [sentence('story.clean.authenticated', { domain }), sentence('story.clean.caveat')];
  return [sentence('story.clean.unconfirmed'), sentence('story.clean.caveat')];
}
