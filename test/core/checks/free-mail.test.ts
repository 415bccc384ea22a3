/**
 * "Is this a free mailbox?" (src/core/checks/free-mail.ts): the built-in hand list, the maintained list a host loads
 * when a report needs it (core/free-mail), and what wins over the list. Fixtures test/fixtures/freemail-*.synthetic.eml
 * are synthetic (issue #16): CEO fraud from an ISP mailbox the hand list does not know (orange.fr), and its twin.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { AnalyzeOptions, Report } from '../../../src/core/report';
import type { CheckContext } from '../../../src/core/checks/check';
import { FREE_MAIL_DOMAINS, isFreeMail } from '../../../src/core/checks/free-mail';
import { loadBrands } from '../../../src/core/brands/lookup';
import { registrableDomain } from '../../../src/core/parse/domains';
import { loadFreeMail, type FreeMailLookup } from '../../../src/core/free-mail';
import { mountPane } from '../../../src/ui/pane';
import { startSession } from '../../../src/ui/session';
import { fixture, projectRoot } from '../../helpers';

const CEO_ISP = 'freemail-ceo-giftcards-orange.synthetic.eml';
const CEO_OWN = 'freemail-twin-ceo-own-domain.synthetic.eml';

let list: FreeMailLookup;
before(async () => {
  list = await loadFreeMail();
});

async function report(name: string, options: AnalyzeOptions = {}): Promise<Report> {
  return analyze(await parseMessage(fixture(name)), options);
}

const failsAndWarns = (r: Report) =>
  r.findings.filter((f) => f.status === 'fail' || f.status === 'warn').map((f) => `${f.id}:${f.status}`);

/** A context as analyze builds it, for asking isFreeMail directly. */
function context(options: AnalyzeOptions, ownDomains: string[] = []): CheckContext {
  return { options, brands: loadBrands(), claimed: [], dmarc: 'none', ownDomains, limits: [], needs: new Set() };
}

describe('free mail: CEO fraud from an ISP mailbox', () => {
  it('fails "CEO" asking for gift cards from orange.fr once the maintained list is given, as the CLI analyses', async () => {
    const r = await report(CEO_ISP, { freeMail: list });
    const role = r.findings.find((f) => f.id === 'sender.role-free-mail');
    expect(role?.status).to.equal('fail');
    expect(role?.message.params).to.deep.equal({ role: 'CEO', domain: 'orange.fr' });
    expect(failsAndWarns(r)).to.include('content.bec-request:fail');
    expect(r.verdict).to.equal('likely-phishing');
    expect(r.needs).to.equal(undefined);
  });

  it('says, without the list, that the list is needed — so no host draws the hand list\'s "no red flags"', async () => {
    const r = await report(CEO_ISP);
    expect(r.needs).to.deep.equal(['free-mail']);
    expect(r.findings.some((f) => f.id === 'sender.role-free-mail')).to.equal(false);
  });

  it("says nothing about the same CEO name and words from the company's own domain, and needs no list", async () => {
    for (const options of [{}, { freeMail: list }]) {
      const r = await report(CEO_OWN, options);
      expect(r.findings.some((f) => f.id === 'sender.role-free-mail' || f.id === 'content.bec-request')).to.equal(
        false,
      );
      expect(r.verdict).to.equal('no-red-flags');
      expect(r.needs).to.equal(undefined);
    }
  });

  it('asks for the list for a prize survey from an ISP mailbox (verdict rule 2d), and calls it likely with it', async () => {
    const text = readFileSync(join(projectRoot, 'test/fixtures/lure-prize-survey-gmail.synthetic.eml'), 'utf8')
      .replaceAll('giftcard.offer.2025@gmail.com', 'giftcard.offer.2025@seznam.cz')
      .replace(/dmarc=pass header\.from=gmail\.com/, 'dmarc=none header.from=seznam.cz');
    const without = analyze(await parseMessage(text));
    expect(without.needs).to.deep.equal(['free-mail']);
    expect(without.verdict).to.equal('suspicious');
    const withList = analyze(await parseMessage(text), { freeMail: list });
    expect(withList.needs).to.equal(undefined);
    expect(withList.verdict).to.equal('likely-phishing');
  });

  it('reads rule 2d’s sender as the author a mailing list kept in Reply-To when it rewrote From ("… via List")', async () => {
    const text = readFileSync(join(projectRoot, 'test/fixtures/lure-prize-survey-gmail.synthetic.eml'), 'utf8')
      .replace(
        'From: "Gift Card Offer" <giftcard.offer.2025@gmail.com>',
        'From: "Gift Card Offer via Staff" <staff@lists.example.co.jp>\nReply-To: "Gift Card Offer" <giftcard.offer.2025@gmail.com>\nList-Id: <staff.lists.example.co.jp>',
      )
      .replace(/dmarc=pass header\.from=gmail\.com/, 'dmarc=pass header.from=lists.example.co.jp');
    const r = analyze(await parseMessage(text), { freeMail: list });
    expect(r.verdict).to.equal('likely-phishing');
    // The list's own address is no free mailbox: without the author, the same message is only suspicious.
    const noAuthor = analyze(await parseMessage(text.replace(/Reply-To: .*\n/, '')), { freeMail: list });
    expect(noAuthor.verdict).to.equal('suspicious');
  });

  it('needs no list for the KAGOYA sample, nor for CEO fraud from gmail (the hand list knows it)', async () => {
    const kagoya = analyze(await parseMessage(fixture('kagoya-2021-12.eml')));
    expect(kagoya.needs).to.equal(undefined);
    const gmail = await report('nolink-ceo-giftcards-gmail.synthetic.eml');
    expect(gmail.needs).to.equal(undefined);
    expect(gmail.verdict).to.equal('likely-phishing');
  });
});

describe('free mail: what the maintained list may not decide', () => {
  it("never calls a brand's own or content domain free mail, though the list holds some (facebook.com, amazonses.com)", () => {
    const ctx = context({ freeMail: list });
    const listed: string[] = [];
    for (const brand of loadBrands().brands) {
      for (const domain of [...brand.domains, ...brand.contentDomains]) {
        if (list(domain)) listed.push(domain);
        if (FREE_MAIL_DOMAINS.has(registrableDomain(domain))) continue; // the hand list's own (yahoo.com, aol.com)
        expect(isFreeMail(domain, ctx), `${brand.id}: ${domain}`).to.equal(false);
        expect(isFreeMail(`mail.${domain}`, ctx), `${brand.id}: mail.${domain}`).to.equal(false);
      }
    }
    expect(listed).to.include.members(['facebook.com', 'amazonses.com', 'vodafone.nl']);
  });

  it("never calls the reader's organisation free mail: a colleague's mail is no stranger's mailbox", () => {
    expect(isFreeMail('t-online.de', context({ freeMail: list }))).to.equal(true);
    expect(isFreeMail('t-online.de', context({ freeMail: list }, ['t-online.de']))).to.equal(false);
  });

  it('asks the list for the address domain and its parents down to the registrable domain, never above', () => {
    const ctx = context({ freeMail: list });
    expect(isFreeMail('jcom.home.ne.jp', ctx)).to.equal(true); // listed as such, not home.ne.jp
    expect(isFreeMail('home.ne.jp', ctx)).to.equal(false);
    expect(isFreeMail('smtp.orange.fr', ctx)).to.equal(true);
    expect(isFreeMail('LIBERO.IT.', ctx)).to.equal(true);
    expect(isFreeMail('ne.jp', ctx)).to.equal(false);
  });

  it('is asked of the list only without it: a hand-list domain or a brand domain notes no need', () => {
    const ctx = context({});
    expect(isFreeMail('gmail.com', ctx)).to.equal(true);
    expect(isFreeMail('facebook.com', ctx)).to.equal(false);
    expect([...ctx.needs]).to.deep.equal([]);
    expect(isFreeMail('naver-example-isp.com', ctx)).to.equal(false);
    expect([...ctx.needs]).to.deep.equal(['free-mail']);
  });

  it('calls no mailbox domain written in the fixtures free mail but the providers they mean (corporate ones never)', () => {
    const ctx = context({ freeMail: list });
    const free = new Set<string>();
    const dirs = ['test/fixtures', 'test/fixtures/genuine'].map((d) => join(projectRoot, d));
    for (const dir of dirs) {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (!entry.isFile() || !/\.(eml|txt|mbox)$/.test(entry.name)) continue;
        const text = readFileSync(join(dir, entry.name), 'latin1');
        for (const m of text.matchAll(/[\w.%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)) {
          if (isFreeMail(m[1]!, ctx)) free.add(registrableDomain(m[1]!.toLowerCase()));
        }
      }
    }
    const providers = ['orange.fr', 'mail.com', 'bol.com.br', 'hotmail.com', 'gmail.com', 'yahoo.co.jp', 'outlook.com'];
    expect([...free].filter((d) => !providers.includes(d))).to.deep.equal([]);
  });
});

describe('free mail in the reading session', () => {
  async function drawn(name: string) {
    const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
    const pane = mountPane(window.document.getElementById('app')!, 'en');
    let loads = 0;
    const shown: (string | undefined)[] = [];
    const session = startSession<string>({
      pane,
      loadFreeMail: () => {
        loads++;
        return loadFreeMail();
      },
      onShow: (r) => shown.push(r?.verdict),
    });
    await session.check(async () => ({ input: await parseMessage(fixture(name)), notices: [] }));
    await session.idle();
    return { session, loads, shown };
  }

  it('loads the list before the first drawing of CEO fraud from an ISP mailbox: one verdict, likely phishing', async () => {
    const { session, loads, shown } = await drawn(CEO_ISP);
    expect(loads).to.equal(1);
    expect(shown).to.deep.equal([undefined, 'likely-phishing']);
    expect(session.report?.findings.map((f) => f.id)).to.include('sender.role-free-mail');
  });

  it("never loads it for the company's own CEO, nor for gmail's", async () => {
    for (const name of [CEO_OWN, 'nolink-ceo-giftcards-gmail.synthetic.eml']) {
      expect((await drawn(name)).loads, name).to.equal(0);
    }
  });

  it("draws the hand list's answer, once, when the list cannot be loaded", async () => {
    const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
    const pane = mountPane(window.document.getElementById('app')!, 'en');
    const shown: (string | undefined)[] = [];
    const session = startSession<string>({
      pane,
      loadFreeMail: () => Promise.reject(new Error('chunk missing')),
      onShow: (r) => shown.push(r?.verdict),
    });
    await session.check(async () => ({ input: await parseMessage(fixture(CEO_ISP)), notices: [] }));
    expect(shown).to.deep.equal([undefined, 'no-red-flags']);
  });
});
