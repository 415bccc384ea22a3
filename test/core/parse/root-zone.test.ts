/**
 * linkifyjs's list of top-level domains loaded only for the messages that need it (src/core/parse/root-zone.ts): the
 * endings answered without it are answered as linkify answers them, and a message that needs it says so and gets
 * the command line's report once it is loaded.
 */
import { expect } from 'chai';
import { test as linkifyTest } from 'linkifyjs';
import builtInBrands from '../../../src/core/brands/brands.json';
import { analyze } from '../../../src/core/analyze';
import {
  COMMON_TLDS,
  NOT_TLDS,
  endingsKnown,
  forgetRootZone,
  loadRootZone,
  rootZoneHas,
} from '../../../src/core/parse/root-zone';
import type { MessageInput } from '../../../src/core/types';
import { readInFreshPane } from '../../reading-session';

let fresh = 0;
/**
 * A sign-in link under an uncommon ending, in the HTML body Outlook hands over: a host of its own for each test, as a
 * fresh pane has never looked it up (a host's registrable domain, once known, is kept).
 */
const uncommon = (): MessageInput => ({
  headers: 'From: "Microsoft" <no-reply@account-notice.example>\r\nSubject: Verify your account\r\n',
  html: `<p>Your mailbox is full. <a href="https://login.office-${++fresh}.consulting/v">Verify your account</a></p>`,
});

/** A plain-text part with a URL in it (the standalone page, a refined reading, a text-only message). */
const plainText = (): MessageInput => ({
  headers: 'From: "IT" <it@mailer.example>\r\nSubject: Password expires today\r\n',
  text: 'Your password expires today. Keep the same password: https://keep-password.example.net/login',
});

describe('the root zone’s list of top-level domains, loaded when a message needs it', () => {
  afterEach(() => loadRootZone());

  it('answers the common endings as linkify does, and knows the non-TLD endings mail is full of', () => {
    forgetRootZone();
    for (const label of COMMON_TLDS) {
      expect(linkifyTest(`a.${label}`, 'url'), label).to.equal(true);
      expect(rootZoneHas(label), label).to.equal(true);
    }
    for (const label of NOT_TLDS) {
      expect(linkifyTest(`a.${label}`, 'url'), label).to.equal(false);
      expect(rootZoneHas(label), label).to.equal(false);
    }
    expect(rootZoneHas('consulting')).to.equal(undefined);
  });

  it('knows every ending of the built-in brand table without linkify (its index is built once)', () => {
    forgetRootZone();
    const domains = (builtInBrands as { domains: string[] }[]).flatMap((b) => b.domains);
    expect(domains.length).to.be.greaterThan(100);
    expect(endingsKnown(domains)).to.equal(true);
    expect(endingsKnown(['acme.consulting'])).to.equal(false);
  });

  for (const [what, make] of [
    ['a link under an uncommon ending', uncommon],
    ['a plain-text part with a URL', plainText],
  ] as const) {
    it(`has ${what} ask for the list, and gives the full report once it is loaded`, async () => {
      const input = make();
      forgetRootZone();
      const first = analyze(input);
      expect(first.needs).to.include('tlds');
      await loadRootZone();
      const again = analyze(input);
      expect(again.needs ?? []).to.not.include('tlds');
      expect(again.findings.some((f) => f.id.startsWith('links.'))).to.equal(true);
      expect(first.findings).to.not.deep.equal(again.findings);
    });

    it(`draws ${what} once in a fresh reading session, with the full report`, async () => {
      const input = make();
      forgetRootZone();
      const { shown, report } = await readInFreshPane(input);
      const expected = analyze(input);
      expect(expected.needs ?? []).to.not.include('tlds');
      expect(shown).to.deep.equal([undefined, expected.verdict]);
      expect(report?.findings).to.deep.equal(expected.findings);
    });
  }

  it('asks for nothing for an HTML body whose hosts end in common TLDs', () => {
    forgetRootZone();
    const r = analyze({
      headers: 'From: "Shop" <news@shop.example.co.jp>\r\nSubject: Sale\r\n',
      html: '<p><a href="https://www.shop.example.com/sale">Sale</a> and <a href="https://help.example.org/">help</a></p>',
    });
    expect(r.needs ?? []).to.not.include('tlds');
  });
});
