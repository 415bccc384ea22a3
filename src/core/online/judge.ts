/**
 * RDAP answers → findings, judged with the message's context (analyze calls this after every check, through
 * `AnalyzeOptions.online`): a domain's age weighs most when something the message asks the reader to believe rests
 * on it — a brand claim, a login form, a notice in our own organisation's name. A look-up that failed is an info
 * finding: it never lowers the verdict, and never raises it.
 */
import type { MessageParam } from '../../i18n';
import type { AnalyzeOptions, Evidence, Finding } from '../report';
import type { ParsedMessage } from '../types';
import type { CheckContext } from '../checks/check';
import { finding, findingOf } from '../findings';
import { registrableAscii } from '../parse/domains';
import { isBrandDomain } from '../brands/lookup';
import { ipOwnerParam } from '../ip-owner/describe';
import type { OnlineAnswer } from './session';

const DAY = 86_400_000;
/** Under this many days a domain is new (warn); under FAIL_DAYS, with something resting on it, it fails. */
const WARN_DAYS = 90;
const FAIL_DAYS = 30;

/** The hook analyze calls: the answers of a look-up, judged with the message. */
export function onlineJudge(answers: readonly OnlineAnswer[]): NonNullable<AnalyzeOptions['online']> {
  return (msg, ctx, findings) => answers.flatMap((answer) => judge(answer, msg, ctx, findings));
}

function judge(a: OnlineAnswer, msg: ParsedMessage, ctx: CheckContext, findings: readonly Finding[]): Finding[] {
  const item = a.item.shown;
  const evidence = (value: string): Evidence[] => [
    { header: 'RDAP', url: a.url, value, highlight: a.item.name, at: a.at },
  ];
  if (!a.result.ok) {
    const { reason, error } = a.result;
    return [
      finding(
        'online.unavailable',
        'info',
        { item, server: serverOf(a.url), ...(error ? { error } : {}) },
        a.url ? evidence(reason) : [{ header: 'RDAP', value: reason, at: a.at }],
        `online.unavailable.${reason}`,
      ),
    ];
  }
  const record = a.result.record;
  if (record.kind === 'ip') {
    const owner = ipOwnerParam(a.item.name, ctx.options.ipOwner);
    const shown = (s: string) => s || '—';
    const params = {
      ip: item,
      network: shown(record.name),
      handle: shown(record.handle),
      country: shown(record.country),
    };
    return [
      owner
        ? finding('online.ip-owner', 'info', { ...params, owner }, evidence(record.range), 'online.ip-owner.table')
        : finding('online.ip-owner', 'info', params, evidence(record.range), 'online.ip-owner'),
    ];
  }
  const out: Finding[] = [];
  if (record.registered === undefined) {
    out.push(
      finding(
        'online.domain-age',
        'info',
        { domain: item },
        evidence('no registration event'),
        'online.domain-age.unknown',
      ),
    );
  } else {
    const days = Math.max(0, Math.floor((Date.parse(a.at) - record.registered) / DAY));
    const date = new Date(record.registered).toISOString().slice(0, 10);
    const proof = evidence(`registration ${record.registeredText ?? date}`);
    const basis = days < FAIL_DAYS ? restsOn(a.item.name, msg, ctx, findings) : undefined;
    if (basis)
      out.push(
        finding('online.domain-age', 'fail', { domain: item, days, date, basis }, proof, 'online.domain-age.new'),
      );
    else if (days < WARN_DAYS)
      out.push(finding('online.domain-age', 'warn', { domain: item, days, date }, proof, 'online.domain-age.young'));
    else out.push(finding('online.domain-age', 'info', { domain: item, days, date }, proof, 'online.domain-age'));
  }
  if (record.registrar)
    out.push(
      finding(
        'online.domain-registrar',
        'info',
        { domain: item, registrar: record.registrar },
        evidence(record.registrar),
      ),
    );
  return out;
}

/**
 * What the message asks the reader to believe that rests on `domain` (ASCII registrable): a claimed brand's identity
 * (the sender's domains or a link's, when the domain is none of the brand's), our own organisation's name (a notice
 * the own-org check found), or a login form that posts there.
 */
function restsOn(
  domain: string,
  msg: ParsedMessage,
  ctx: CheckContext,
  findings: readonly Finding[],
): MessageParam | undefined {
  const is = (host: string | undefined) => !!host && registrableAscii(host) === domain;
  const senderSide = is(msg.from?.domain) || msg.replyTo.some((r) => is(r.domain)) || is(msg.returnPath?.domain);
  const linked = msg.links.some((l) => is(l.wrapper?.declared ?? l.host));
  const brand = ctx.claimed.find((m) => !isBrandDomain(m.brand, domain));
  if (brand && (senderSide || linked))
    return { key: 'online.domain-age.basis.brand', params: { brand: brand.brand.names[0] ?? brand.text } };
  if (findingOf(findings, 'sender.own-org-impersonation') && (senderSide || linked))
    return { key: 'online.domain-age.basis.own-org' };
  const login =
    msg.forms.some((f) => f.hasPassword && !!f.action && is(hostOf(f.action))) ||
    (msg.forms.some((f) => f.hasPassword) && msg.links.some((l) => l.form && is(l.host)));
  return login ? { key: 'online.domain-age.basis.login' } : undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

/** The server as the reader is told it: scheme and host of the URL asked. */
export function serverOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return url;
  }
}
