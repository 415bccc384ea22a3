/**
 * The lure lexicon's families beyond Japanese account phishing (issue #16: file-share and e-signature, parcels and
 * fees, payment documents and BEC, prizes, surveys, casinos, investment, windfalls, crypto, in nine languages), each
 * with its false-alarm twin: the genuine service's own mail, authenticated, which the wording alone must not flag.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { CONTENT_CHECKS } from '../../../src/core/checks/content';
import type { CheckContext } from '../../../src/core/checks/check';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import type { ParsedMessage } from '../../../src/core/types';
import { fixture, fixtureText } from '../../helpers';

const lure = CONTENT_CHECKS.find(([id]) => id === 'content.lure')![1];

function lureOf(subject: string, bodyText: string): Finding | undefined {
  const msg = { subject, bodyText, forms: [], links: [] } as unknown as ParsedMessage;
  return lure(msg, {} as CheckContext) as Finding | undefined;
}

/** Messages of a content-*.synthetic.txt fixture: `=====` separators, optional `families:` line, Subject, body. */
function samples(name: string): { families?: string; subject: string; body: string }[] {
  return fixtureText(name)
    .split(/^=====$/m)
    .slice(1, -1)
    .map((chunk) => {
      const lines = chunk.replace(/^\n/, '').split('\n');
      const families = lines[0]?.startsWith('families: ') ? lines.shift()!.slice('families: '.length) : undefined;
      return { families, subject: (lines.shift() ?? '').replace(/^Subject: /, ''), body: lines.join('\n') };
    });
}

function familyIds(f: Finding | undefined): string {
  const keys = (f?.message.params.families as { keys?: string[] } | undefined)?.keys ?? [];
  return keys.map((k) => k.replace('content.family.', '')).join(',');
}

describe('lure families in nine languages', () => {
  const lures = samples('content-lures-world.synthetic.txt');
  const ordinary = samples('content-ordinary-world.synthetic.txt');

  it('has a lure sample in every language the lexicon claims', () => {
    expect(lures.length).to.be.at.least(20);
    expect(ordinary.length).to.be.at.least(10);
  });

  for (const sample of lures) {
    it(`finds ${sample.families} in "${sample.subject}"`, () => {
      expect(familyIds(lureOf(sample.subject, sample.body))).to.equal(sample.families);
    });
  }

  for (const sample of ordinary) {
    it(`leaves the genuine notice alone: "${sample.subject}"`, () => {
      expect(lureOf(sample.subject, sample.body)).to.equal(undefined);
    });
  }

  it('reads accented, unaccented and capitalised Latin alike', () => {
    for (const [subject, body] of [
      ['Vérifiez votre compte', 'Votre compte a été suspendu.'],
      ['Verifiez votre compte', 'Votre compte a ete suspendu.'],
      ['VÉRIFIEZ VOTRE COMPTE', 'VOTRE COMPTE A ÉTÉ SUSPENDU.'],
    ]) {
      expect(familyIds(lureOf(subject!, body!)), subject).to.equal('deletion,verify');
    }
  });

  it('never counts a bare 確認, invoice, fax, casino word or service name as a family', () => {
    for (const text of ['確認', 'invoice', 'fax', 'Fax: +81 3 1234 5678', 'WeTransfer', 'DocuSign', 'Rechnung']) {
      expect(lureOf(text, `${text}\n${text} 24時間以内`), text).to.equal(undefined);
    }
  });
});

describe('the false-alarm twins: a genuine service, authenticated, using the lure wording', () => {
  async function report(name: string): Promise<Report> {
    return analyze(await parseMessage(fixture(`genuine/${name}`)));
  }
  const twins: [string, string][] = [
    ['dhl-duties-due.synthetic.eml', 'urgency,fee'],
    ['docusign-purchase-order.synthetic.eml', 'urgency,fileshare,invoice'],
    ['wetransfer-payment-slip.synthetic.eml', 'fileshare,invoice'],
    ['supplier-overdue-invoice.synthetic.eml', 'payment,invoice'],
    ['newsletter-survey-gift-card.synthetic.eml', 'prize,survey'],
  ];
  for (const [name, families] of twins) {
    it(`names the wording (${families}) but finds no red flags in ${name}`, async () => {
      const r = await report(name);
      expect(familyIds(r.findings.find((f) => f.id === 'content.lure'))).to.equal(families);
      expect(r.verdict, JSON.stringify(r.verdictReasons)).to.equal('no-red-flags');
    });
  }
});
