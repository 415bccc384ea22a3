/**
 * The verdict policy table (src/core/verdict.ts): its invariants, and how decideVerdict applies it. That the table
 * has a row for every fail, warn and pass a finding can take, and none other, is proved by the compiler (the table's
 * type is keyed by the catalogue's `id:status` pairs; see the compile-time checks at the end).
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { fixtureText } from '../helpers';
import { CATALOGUE, finding, type Weighed } from '../../src/core/findings';
import type { Finding, Section, Status } from '../../src/core/report';
import {
  LIKELY_PHISHING,
  POLICY,
  SUSPICIOUS,
  decideVerdict,
  type PolicyRow,
  type PolicyTable,
} from '../../src/core/verdict';

/** A finding as a check would emit it; id and status weigh, and a link warning's URLs tell one link from two. */
function f(id: string, status: Status, ...urls: string[]): Finding {
  return {
    id,
    section: id.split('.')[0] as Section,
    status,
    message: { key: 'status.info', params: {} },
    evidence: urls.map((url) => ({ url, author: 'sender' as const })),
  };
}

const weight = (id: string, status: Status): number => POLICY[`${id}:${status}` as Weighed].weight;

/** The table as rows, each with its id and status. */
const ROWS = (Object.entries(POLICY) as [Weighed, PolicyRow][]).map(([pair, row]) => {
  const [id, status] = pair.split(':') as [string, Status];
  return { id, status, ...row };
});

describe('the verdict policy table', () => {
  it('has thresholds in order: 0 < SUSPICIOUS < LIKELY_PHISHING', () => {
    expect(SUSPICIOUS).to.be.greaterThan(0);
    expect(LIKELY_PHISHING).to.be.greaterThan(SUSPICIOUS);
  });

  it('weighs every warn row below SUSPICIOUS: no single warning makes a message suspicious', () => {
    const warns = ROWS.filter((r) => r.status === 'warn');
    expect(warns.length).to.be.greaterThan(10);
    for (const row of warns) expect(row.weight, row.id).to.be.lessThan(SUSPICIOUS).and.greaterThan(0);
  });

  it('gives fail rows positive weight, pass rows negative weight, and info no row at all', () => {
    for (const row of ROWS) {
      if (row.status === 'fail') expect(row.weight, row.id).to.be.greaterThan(0);
      if (row.status === 'pass') expect(row.weight, row.id).to.be.lessThan(0);
      expect(row.status, row.id).not.to.equal('info');
    }
  });

  it('gives every row a reason', () => {
    for (const row of ROWS) expect(row.reason.length, row.id).to.be.greaterThan(20);
  });

  it('has a row for exactly the fail, warn and pass statuses the catalogue allows', () => {
    // The compiler already refuses anything else (below); this says the same at run time, in words.
    const allowed = Object.entries(CATALOGUE).flatMap(([id, e]) =>
      e.statuses.filter((s) => s !== 'info').map((s) => `${id}:${s}`),
    );
    expect(Object.keys(POLICY).sort()).to.deep.equal(allowed.sort());
  });

  it('weighs a fail above the warn of the same id', () => {
    for (const row of ROWS.filter((r) => r.status === 'warn')) {
      const fail = ROWS.find((r) => r.id === row.id && r.status === 'fail');
      if (fail) expect(fail.weight, row.id).to.be.greaterThan(row.weight);
    }
  });
});

describe('decideVerdict', () => {
  it('finds no red flags in an empty report, and ignores info findings', () => {
    expect(decideVerdict([])).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
    const infos = [
      'origin.entry-hop',
      'origin.sender-ip',
      'sender.return-path',
      'sender.message-id',
      'origin.helo-loopback',
    ].map((id) => f(id, 'info'));
    expect(decideVerdict(infos)).to.deep.equal({ verdict: 'no-red-flags', reasons: [] });
  });

  it('keeps each single warning at no-red-flags', () => {
    for (const row of ROWS.filter((r) => r.status === 'warn')) {
      expect(decideVerdict([f(row.id, 'warn')]).verdict, row.id).to.equal('no-red-flags');
    }
  });

  it('calls sender.spoofed-domain alone likely phishing: the reader’s own system says the From domain is forged', () => {
    expect(decideVerdict([f('sender.spoofed-domain', 'fail')])).to.deep.equal({
      verdict: 'likely-phishing',
      reasons: ['sender.spoofed-domain:fail'],
    });
  });

  it('calls an attached program or local phishing page likely phishing alone: it needs no link in the mail', () => {
    expect(decideVerdict([f('content.risky-attachment', 'fail')]).verdict).to.equal('likely-phishing');
    expect(decideVerdict([f('content.risky-attachment', 'warn')]).verdict).to.equal('no-red-flags');
  });

  it('lets no other single finding reach likely phishing but a claimed brand with a foreign link, or a row heavy enough alone', () => {
    // links.host-mismatch fails only for a claimed brand the mail is not authenticated as, whose link leads elsewhere.
    expect(decideVerdict([f('links.host-mismatch', 'fail')]).verdict).to.equal('likely-phishing');
    // sender.signoff-brand fails only for a brand signed off with a link away from it (signoff-brand-judge.ts).
    const alone = new Set(['sender.spoofed-domain:fail', 'links.host-mismatch:fail', 'sender.signoff-brand:fail']);
    for (const row of ROWS.filter((r) => !alone.has(`${r.id}:${r.status}`) && r.weight < LIKELY_PHISHING)) {
      expect(decideVerdict([f(row.id, row.status)]).verdict, `${row.id}:${row.status}`).not.to.equal('likely-phishing');
    }
    // A row that decides alone says so in its reason: it names an act with no innocent reading.
    for (const row of ROWS.filter((r) => r.weight >= LIKELY_PHISHING)) expect(row.status, row.id).to.equal('fail');
  });

  it('keeps a row that decides alone deciding beside the confirmation every free mailbox gets (gmail.com passes DMARC)', () => {
    const confirmed = f('sender.authentication', 'pass');
    for (const row of ROWS.filter((r) => r.weight >= LIKELY_PHISHING)) {
      expect(decideVerdict([f(row.id, row.status), confirmed]).verdict, row.id).to.equal('likely-phishing');
    }
  });

  it('counts each id once, at its highest row, however often it is reported', () => {
    const once = decideVerdict([f('links.host-mismatch', 'fail')]);
    const repeated = decideVerdict([
      f('links.host-mismatch', 'warn'),
      f('links.host-mismatch', 'fail'),
      f('links.host-mismatch', 'fail'),
      f('links.host-mismatch', 'warn'),
    ]);
    expect(repeated).to.deep.equal(once);
    expect(repeated.reasons).to.deep.equal(['links.host-mismatch:fail']);
    // Three warnings of one kind are still one warning.
    expect(
      decideVerdict([f('content.lure', 'warn'), f('content.lure', 'warn'), f('content.lure', 'warn')]).verdict,
    ).to.equal('no-red-flags');
  });

  it('adds different ids up: two warnings can make a message suspicious where neither does alone', () => {
    const lure = weight('content.lure', 'warn');
    const ip = weight('links.obfuscated-host', 'warn');
    expect(lure + ip).to.be.at.least(SUSPICIOUS);
    expect(decideVerdict([f('content.lure', 'warn'), f('links.obfuscated-host', 'warn')]).verdict).to.equal(
      'suspicious',
    );
  });

  it('lowers the sum with pass rows: a confirmed sender takes a borderline sign back to no red flags', () => {
    const signs = [f('links.brand-in-path', 'fail')];
    expect(weight('links.brand-in-path', 'fail')).to.be.at.least(SUSPICIOUS);
    expect(decideVerdict(signs).verdict).to.equal('suspicious');
    const confirmed = decideVerdict([...signs, f('sender.authentication', 'pass')]);
    expect(confirmed.verdict).to.equal('no-red-flags');
    expect(confirmed.reasons).to.include('sender.authentication:pass');
  });

  it('does not let a confirmation cancel a forged domain or a planted brand', () => {
    const passes = ROWS.filter((r) => r.status === 'pass').map((r) => f(r.id, 'pass'));
    expect(decideVerdict([f('sender.spoofed-domain', 'fail'), ...passes]).verdict).not.to.equal('no-red-flags');
    expect(
      decideVerdict([f('links.brand-in-path', 'fail'), f('links.host-mismatch', 'fail'), ...passes]).verdict,
    ).not.to.equal('no-red-flags');
  });

  it('lists its reasons heaviest first, as `id:status`', () => {
    const { reasons } = decideVerdict([
      f('content.lure', 'warn'),
      f('sender.brand-mismatch', 'fail'),
      f('origin.time-skew', 'warn'),
      f('links.host-mismatch', 'fail'),
    ]);
    expect(reasons).to.deep.equal([
      'sender.brand-mismatch:fail',
      'links.host-mismatch:fail',
      'content.lure:warn',
      'origin.time-skew:warn',
    ]);
  });

  it('ignores ids the table does not know', () => {
    expect(decideVerdict([f('sender.something-new', 'fail')]).verdict).to.equal('no-red-flags');
  });
});

/** Warn rows by how they count: of substance (no mark), context only, or of substance unless the sender is coherent. */
const WARNS = ROWS.filter((r) => r.status === 'warn');
const SUBSTANTIVE = WARNS.filter((r) => r.substance === undefined);
const CONTEXT = WARNS.filter((r) => r.substance === 'context');

describe('the policy’s rules', () => {
  it('marks only warnings as context, and a link to another organisation as context, not substance', () => {
    for (const row of ROWS.filter((r) => r.status !== 'warn')) expect(row.substance, row.id).to.equal(undefined);
    expect(POLICY['links.host-mismatch:warn'].substance).to.equal('context');
    expect(SUBSTANTIVE.length).to.be.greaterThan(5);
  });

  it('makes any two independent warnings of substance at least suspicious, however little they weigh', () => {
    expect(weight('links.recipient-in-url', 'warn') + weight('sender.incoherent-identity', 'warn')).to.be.below(
      SUSPICIOUS,
    );
    expect(
      decideVerdict([
        f('links.recipient-in-url', 'warn', 'https://a.example/?u=x'),
        f('sender.incoherent-identity', 'warn'),
      ]).verdict,
    ).to.equal('suspicious');
    for (const a of SUBSTANTIVE)
      for (const b of SUBSTANTIVE.filter((r) => r.id !== a.id))
        expect(decideVerdict([f(a.id, 'warn'), f(b.id, 'warn')]).verdict, `${a.id} + ${b.id}`).not.to.equal(
          'no-red-flags',
        );
  });

  it('makes three independent warnings of substance likely phishing, but not three about one link', () => {
    const link = 'https://a.example/login?u=yamada%40example.co.jp';
    const three = [
      f('content.lure', 'warn'),
      f('links.recipient-in-url', 'warn', link),
      f('sender.incoherent-identity', 'warn'),
    ];
    expect(three.reduce((sum, x) => sum + weight(x.id, 'warn'), 0)).to.be.below(LIKELY_PHISHING);
    expect(decideVerdict(three).verdict).to.equal('likely-phishing');
    expect(decideVerdict(three.slice(0, 2)).verdict).to.equal('suspicious');
    const oneLink = [
      f('links.recipient-in-url', 'warn', link),
      f('links.obfuscated-host', 'warn', link),
      f('links.throwaway-host', 'warn', link),
    ];
    expect(decideVerdict(oneLink).verdict).to.equal('suspicious'); // by their weight, not as three signs
    // Two of them share a link, so only two signs stand apart: suspicious, not more.
    expect(decideVerdict([...oneLink.slice(0, 2), f('sender.incoherent-identity', 'warn')]).verdict).to.equal(
      'suspicious',
    );
  });

  it('calls the phishing script with a link to another organisation suspicious: the lure says where to go', () => {
    expect(decideVerdict([f('content.lure', 'warn'), f('links.host-mismatch', 'warn')]).verdict).to.equal('suspicious');
    expect(decideVerdict([f('content.lure', 'warn')]).verdict).to.equal('no-red-flags');
    expect(decideVerdict([f('links.host-mismatch', 'warn')]).verdict).to.equal('no-red-flags');
  });

  it('calls the script with a link to the sender’s own site suspicious when the sender is not authenticated', () => {
    const script = f('content.lure', 'warn');
    expect(decideVerdict([script], { webLink: true }).verdict).to.equal('suspicious');
    expect(decideVerdict([script], { webLink: false }).verdict).to.equal('no-red-flags');
    // Authenticated, a service's own notice linking to itself is its own (the authenticated twins below).
    expect(decideVerdict([script], { webLink: true, authenticated: true }).verdict).to.equal('no-red-flags');
  });

  it('calls the script with a link to a page anyone rents in minutes likely phishing, unless the sender authenticated', () => {
    const script = f('content.lure', 'warn');
    const rented = f('links.throwaway-host', 'warn');
    expect(decideVerdict([script, rented]).verdict).to.equal('likely-phishing');
    // A shop's own survey on Google Forms authenticates; a colleague's form comes without the script.
    expect(decideVerdict([script, rented], { authenticated: true }).verdict).to.equal('suspicious');
    // But a script that takes the account or a payment, on a rented page, from a mailbox that authenticates (a
    // compromised one): likely phishing all the same.
    const taking: Finding = {
      ...script,
      message: {
        key: 'content.lure',
        params: { families: { keys: ['content.family.verify', 'content.family.urgency'] }, count: 2 },
      } as Finding['message'],
    };
    expect(decideVerdict([taking, rented], { authenticated: true }).verdict).to.equal('likely-phishing');
    expect(decideVerdict([rented]).verdict).to.equal('no-red-flags');
  });

  it('lets a row that decides alone decide whatever passes beside it (a platform relaying a callback note)', () => {
    const relayed = [
      f('content.callback', 'fail'),
      f('sender.brand-mismatch', 'pass'),
      f('sender.authentication', 'pass'),
    ];
    expect(decideVerdict(relayed).verdict).to.equal('likely-phishing');
    // A lighter fail with the same passes stays under the threshold.
    expect(decideVerdict([f('sender.lookalike-domain', 'fail'), ...relayed.slice(1)]).verdict).to.not.equal(
      'likely-phishing',
    );
  });

  it('calls a brand planted in a link to a page anyone rents likely phishing, whoever sends it; not two links apart', () => {
    const page = 'https://onedrive-po-docs.hostingersite.com/PO-2025-0417/';
    const dressed = [f('links.brand-in-path', 'fail', page), f('links.throwaway-host', 'warn', page)];
    expect(decideVerdict(dressed).verdict).to.equal('likely-phishing');
    expect(decideVerdict(dressed, { authenticated: true, coherent: true }).verdict).to.equal('likely-phishing');
    // The brand planted in one link and a free site in another: two signs, weighed as such.
    const apart = [
      f('links.brand-in-path', 'fail', 'https://tracker.example/r?u=amazon.co.jp'),
      f('links.throwaway-host', 'warn', 'https://bakery.wixsite.com/menu'),
    ];
    expect(decideVerdict(apart).verdict).to.equal('suspicious');
  });

  it('calls a script that takes the account or a payment, with a link elsewhere, likely phishing; spam scripts not', () => {
    const lure = (...families: string[]): Finding => ({
      ...f('content.lure', 'warn'),
      message: {
        key: 'content.lure',
        params: { families: { keys: families.map((x) => `content.family.${x}`) }, count: families.length },
      } as Finding['message'],
    });
    const foreign = f('links.host-mismatch', 'warn');
    for (const taking of [
      ['deletion', 'urgency'],
      ['verify', 'security'],
      ['delivery', 'fee'],
      ['mailbox', 'upgrade'],
    ])
      expect(decideVerdict([lure(...taking), foreign]).verdict, taking.join()).to.equal('likely-phishing');
    // Prize, survey, investment and crypto scripts read like aggressive spam: where they lead is suspicious, no more.
    for (const spam of [
      ['prize', 'survey'],
      ['investment', 'crypto'],
      ['urgency', 'delivery'],
      ['casino', 'windfall'],
    ])
      expect(decideVerdict([lure(...spam), foreign]).verdict, spam.join()).to.equal('suspicious');
    // 2d: any script from a free mailbox, with somewhere else to go — prize surveys and wallet checks included.
    for (const spam of [
      ['prize', 'survey'],
      ['investment', 'crypto'],
    ])
      expect(decideVerdict([lure(...spam), foreign], { freeMailSender: () => true }).verdict, spam.join()).to.equal(
        'likely-phishing',
      );
    expect(decideVerdict([lure('prize', 'survey')], { freeMailSender: () => true }).verdict).to.equal('no-red-flags');
    // No link to another organisation: nowhere to type the password.
    expect(decideVerdict([lure('deletion', 'verify')]).verdict).to.equal('no-red-flags');
    // An authenticated sender answers for its domain: its link elsewhere may be its own unlisted domain or its
    // payment provider (and a real service's own notice, coherent, links only to itself).
    expect(decideVerdict([lure('deletion', 'verify'), foreign], { authenticated: true }).verdict).to.equal(
      'suspicious',
    );
    expect(
      decideVerdict([lure('deletion', 'verify'), foreign], { authenticated: true, coherent: true }).verdict,
    ).to.equal('suspicious');
  });

  it('does not let context make a message suspicious: one warning of substance and a foreign link are not enough', () => {
    const context = CONTEXT.map((r) => f(r.id, 'warn'));
    expect(
      decideVerdict([f('sender.display-name-address', 'warn'), f('links.host-mismatch', 'warn')]).verdict,
    ).to.equal('no-red-flags');
    // The one exception is rule 2b (next test): the phishing script with a foreign link to send the reader to.
    for (const row of SUBSTANTIVE.filter((r) => r.id !== 'content.lure'))
      expect(decideVerdict([f(row.id, 'warn'), ...context]).verdict, row.id).to.equal('no-red-flags');
    const otherContext = context.filter((c) => c.id !== 'links.host-mismatch');
    expect(decideVerdict([f('content.lure', 'warn'), ...otherContext]).verdict).to.equal('no-red-flags');
    // Context still adds on top of substance: it can make a suspicious message likely phishing.
    const strong = [f('sender.brand-mismatch', 'fail'), f('sender.reply-to', 'warn')];
    expect(decideVerdict(strong).verdict).to.equal('suspicious');
    expect(decideVerdict([...strong, ...context]).verdict).to.equal('likely-phishing');
  });

  it('counts two link warnings about the same link as one sign', () => {
    const link = 'http://203.0.113.9/login?u=yamada%40example.co.jp';
    const same = [f('links.recipient-in-url', 'warn', link), f('links.obfuscated-host', 'warn', link)];
    expect(decideVerdict(same).verdict).to.equal('no-red-flags');
    const two = [f('links.recipient-in-url', 'warn', link), f('links.obfuscated-host', 'warn', 'https://bit.ly/x')];
    expect(decideVerdict(two).verdict).to.equal('suspicious');
  });

  it('reads one check’s several findings (a kind of link disguise each) as one sign about all their links', () => {
    const ip = 'http://203.0.113.9/login';
    const short = 'https://bit.ly/x?u=yamada%40example.co.jp';
    const kinds = [f('links.obfuscated-host', 'warn', ip), f('links.obfuscated-host', 'warn', short)];
    // The reader's address rides in the shortened link: the same link as the second kind, so one sign, not two.
    expect(decideVerdict([f('links.recipient-in-url', 'warn', short), ...kinds]).verdict).to.equal('no-red-flags');
    expect(decideVerdict(kinds).reasons).to.deep.equal(['links.obfuscated-host:warn']);
  });

  it('calls a claimed brand with a link to a foreign organisation likely phishing, and the brand authenticated not', () => {
    // The check fails only when the mail is not authenticated as the brand; authenticated, it at most warns.
    expect(decideVerdict([f('links.host-mismatch', 'fail')]).verdict).to.equal('likely-phishing');
    const authenticated = [f('sender.brand-mismatch', 'pass'), f('sender.authentication', 'pass')];
    expect(decideVerdict([...authenticated, f('links.host-mismatch', 'warn')]).verdict).to.equal('no-red-flags');
  });

  it('calls our own organisation named by a foreign sender likely phishing once a link leads outside our domains', () => {
    const own = f('sender.own-org-impersonation', 'fail');
    expect(decideVerdict([own]).verdict).to.equal('suspicious');
    expect(decideVerdict([own], { linkOutsideOwnOrg: true }).verdict).to.equal('likely-phishing');
    // Without the fact, a link to neither the sender nor a brand stands for it.
    expect(decideVerdict([own, f('links.host-mismatch', 'warn')]).verdict).to.equal('likely-phishing');
    // An outsourced IT notice whose links all lead to our own webmail: one sign, not two.
    expect(decideVerdict([own, f('links.host-mismatch', 'warn')], { linkOutsideOwnOrg: false }).verdict).to.equal(
      'suspicious',
    );
  });

  it('lets coherence count for a bulk sender: its own personalised links and greeting are context', () => {
    const personalised = [
      f('links.recipient-in-url', 'warn', 'https://www.shop.example/?e=yamada%40example.co.jp'),
      f('content.address-greeting', 'warn'),
    ];
    expect(decideVerdict(personalised).verdict).to.equal('suspicious');
    expect(decideVerdict(personalised, { coherent: true }).verdict).to.equal('no-red-flags');
  });

  it('never lets coherence excuse pressure, a disguised sender or a brand claim', () => {
    const coherent = { coherent: true };
    expect(
      decideVerdict([f('content.lure', 'warn'), f('sender.display-name-address', 'warn')], coherent).verdict,
    ).to.equal('suspicious');
    expect(
      decideVerdict([f('sender.brand-mismatch', 'fail'), f('links.host-mismatch', 'fail')], coherent).verdict,
    ).to.equal('likely-phishing');
  });
});

describe('the verdict on whole messages (synthetic fixtures)', () => {
  const NEWSLETTER = 'verdict-newsletter-esp-coherent.synthetic.eml';
  const analyzed = async (text: string) => analyze(await parseMessage(text));

  it('finds no red flags in a newsletter sent through an ESP, signed for its own domain, linking only to itself', async () => {
    const report = await analyzed(fixtureText(NEWSLETTER));
    // The reader's address is in its greeting and its own links: shown, but not held against a coherent sender.
    const warned = report.findings.filter((x) => x.status === 'warn').map((x) => x.id);
    expect(warned).to.include.members(['links.recipient-in-url', 'content.address-greeting']);
    expect(report.verdict).to.equal('no-red-flags');
    expect(report.story.map((s) => s.key)).to.include('story.clean.authenticated');
    expect(report.story.map((s) => s.key)).not.to.include('story.advice.suspicious');
  });

  it('calls an account-takeover script naming no brand, its link on a third organisation, likely phishing', async () => {
    const report = await analyzed(fixtureText('lure-account-takeover-no-brand.synthetic.eml'));
    expect(report.verdictReasons).to.include.members(['content.lure:warn', 'links.host-mismatch:warn']);
    expect(report.verdict).to.equal('likely-phishing');
  });

  it('finds no red flags in a service’s own authenticated security notice whose links stay on its domain', async () => {
    const report = await analyzed(fixtureText('lure-account-twin-service-notice.synthetic.eml'));
    // The same pressure is written, and shown; but there is no other organisation for the password to go to.
    expect(report.findings.find((x) => x.id === 'content.lure')?.status).to.equal('warn');
    expect(report.verdict).to.equal('no-red-flags');
  });

  it('calls a prize survey from a stranger’s free mailbox, linking elsewhere, likely phishing', async () => {
    const report = await analyzed(fixtureText('lure-prize-survey-gmail.synthetic.eml'));
    expect(report.verdict).to.equal('likely-phishing');
  });

  it('does not call a shop’s own authenticated prize survey on a survey service more than suspicious', async () => {
    const report = await analyzed(fixtureText('lure-prize-twin-shop-authenticated.synthetic.eml'));
    expect(report.verdictReasons).to.include('content.lure:warn');
    expect(report.verdict).to.equal('suspicious');
  });

  it('is suspicious of the same newsletter once its personalised link leads to another organisation', async () => {
    const text = fixtureText(NEWSLETTER).replace(
      'https://www.bluebird-outdoor.example/tents',
      'https://bluebird-tents-sale.example.net/tents',
    );
    const report = await analyzed(text);
    expect(report.verdict).to.equal('suspicious');
    expect(report.story.map((s) => s.key)).to.include('story.advice.suspicious');
  });

  it('is suspicious of the same newsletter whose unsubscribe address belongs to another organisation', async () => {
    const text = fixtureText(NEWSLETTER).replace(
      '<mailto:unsubscribe@bluebird-outdoor.example',
      '<mailto:u@optout-desk.example.net',
    );
    expect((await analyzed(text)).verdict).to.equal('suspicious');
  });

  it('is suspicious of the same newsletter when the reader’s mail system did not authenticate it', async () => {
    const text = fixtureText(NEWSLETTER).replace(/^Authentication-Results:[^]*?(?=^Date:)/m, '');
    expect(text).not.to.include('dmarc=pass');
    expect((await analyzed(text)).verdict).to.equal('suspicious');
  });

  it('calls a brand’s mail not authenticated as the brand, linking elsewhere, likely phishing on that alone', async () => {
    const genuine = fixtureText('genuine/amazon-co-jp-shipment.synthetic.eml');
    expect((await analyzed(genuine)).verdict).to.equal('no-red-flags');
    const forged = genuine
      .replace(/^Authentication-Results:[^]*?(?=^\S)/m, '')
      .replace(
        'https://www.amazon.co.jp/gp/css/order-history',
        'https://order-history.example.net/gp/css/order-history',
      );
    const report = await analyzed(forged);
    expect(report.findings.find((x) => x.id === 'links.host-mismatch')?.status).to.equal('fail');
    expect(report.verdict).to.equal('likely-phishing');
    expect(report.story.map((s) => s.key)).to.include('story.advice.phishing-link');
  });
});

describe('the table is proved complete by the compiler', () => {
  it('refuses a table without a row for a warning a finding can give', () => {
    const { 'content.lure:warn': dropped, ...rest } = POLICY;
    // @ts-expect-error content.lure can warn: a table without its row does not compile.
    const missing: PolicyTable = rest;
    expect(dropped.weight).to.be.greaterThan(0);
    expect(Object.keys(missing)).not.to.include('content.lure:warn');
  });

  it('refuses a row for a status the finding never takes, or for an id that does not exist', () => {
    const extra: PolicyTable = {
      ...POLICY,
      // @ts-expect-error sender.spoofed-domain only fails: a warn row for it does not compile.
      'sender.spoofed-domain:warn': { weight: 1, reason: 'no check gives it' },
    };
    const unknown: PolicyTable = {
      ...POLICY,
      // @ts-expect-error no finding has this id.
      'sender.no-such-finding:fail': { weight: 1, reason: 'no such finding' },
    };
    // Whatever a stale row says, decideVerdict only ever meets what the checks give.
    expect(decideVerdict([f('sender.spoofed-domain', 'warn')]).verdict).to.equal('no-red-flags');
    expect(Object.keys(extra).length).to.equal(Object.keys(unknown).length);
  });

  it('refuses a finding with a status, key or parameters its catalogue entry does not allow', () => {
    const ok = finding('content.form', 'warn', { count: 1 }, []);
    expect(ok).to.deep.equal({
      id: 'content.form',
      section: 'content',
      status: 'warn',
      message: { key: 'content.form', params: { count: 1 } },
      evidence: [],
    });
    // Compiled, never run: each line is a type error the compiler must report.
    const refused = () => [
      // @ts-expect-error content.lure never fails.
      finding('content.lure', 'fail', { families: { keys: [] }, count: 0 }, []),
      // @ts-expect-error a key of another finding.
      finding('content.form', 'warn', { count: 1 }, [], 'content.lure'),
      // @ts-expect-error the form finding counts forms, it names no host.
      finding('content.form', 'warn', { host: 'a.example' }, []),
      // @ts-expect-error origin.received-truncated has no key of its own name: the key must be said.
      finding('origin.received-truncated', 'info', { checked: 1, count: 2 }, []),
      // @ts-expect-error no finding has this id.
      finding('sender.no-such-finding', 'info', {}, []),
    ];
    expect(refused).to.be.a('function');
  });
});
