/**
 * What checks read only for some messages (src/core/check-data.ts): a report without it names the need, a message
 * that does not need it never asks, and a reading session loads it before the first drawing, so the checklist shown
 * first is the one the command line gives.
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { CHECK_DATA, loadAllCheckData } from '../../src/core/check-data';
import { forgetAttachedMessageJudge, forgetAttachmentJudge } from '../../src/core/checks/attachments';
import { forgetMailSystemWording } from '../../src/core/checks/own-org';
import { forgetNonLatinPhrases } from '../../src/core/checks/lure-matcher';
import { forgetExtortionWording } from '../../src/core/checks/extortion';
import { forgetDocumentOffer } from '../../src/core/checks/rented-page';
import { forgetCallbackWording } from '../../src/core/checks/no-link';
import { forgetUnwrapping } from '../../src/core/parse/unwrap';
import { forgetHostScripts } from '../../src/core/host-display';
import { forgetQrJudge } from '../../src/core/qr/check';
import { forgetLookalikeHostWords } from '../../src/core/checks/lookalike-host';
import { forgetForwardFolding } from '../../src/core/forward-gate';
import { forgetLureDisclaimers } from '../../src/core/checks/content';
import { forgetDisguiseJudge } from '../../src/core/checks/disguise';
import { forgetCoverageNotes } from '../../src/core/checks/coverage';
import { withQrCodes } from '../../src/core/qr';
import { CALLBACK_PHRASES } from '../../src/core/checks/callback-phrases';
import { NO_LINK_PHRASES } from '../../src/core/checks/no-link-phrases';
import { NO_LINK_PHRASES_NONLATIN } from '../../src/core/checks/no-link-phrases-nonlatin';
import { expandPhrase, normalisePhrase } from '../../src/core/checks/lure-matcher';
import type { MessageInput } from '../../src/core/types';
import { fixture } from '../helpers';
import { readInFreshPane } from '../reading-session';

function forgetAll(): void {
  forgetAttachmentJudge();
  forgetAttachedMessageJudge();
  forgetMailSystemWording();
  forgetNonLatinPhrases();
  forgetExtortionWording();
  forgetDocumentOffer();
  forgetCallbackWording();
  forgetUnwrapping();
  forgetHostScripts();
  forgetQrJudge();
  forgetLookalikeHostWords();
  forgetForwardFolding();
  forgetLureDisclaimers();
  forgetDisguiseJudge();
  forgetCoverageNotes();
}

const input = (name: string): Promise<MessageInput> => parseMessage(fixture(name));

describe('check data loaded only for the messages that need it', () => {
  afterEach(() => loadAllCheckData());

  /** A message needing each kind of data: asked for without it, and the finding it makes once loaded. */
  const NEEDING: { what: string; file: string; need: string; finding: string; qr?: boolean }[] = [
    {
      what: 'a foreign message naming the reader’s organisation',
      file: 'own-org-password-de.synthetic.eml',
      need: 'own-org',
      finding: 'sender.own-org-impersonation',
    },
    {
      what: 'a message with an HTML login page attached',
      file: 'att-html-login-remittance.synthetic.eml',
      need: 'attachments',
      finding: 'content.risky-attachment',
    },
    {
      what: 'a message whose lure is an attached message (the voicemail wrapper)',
      file: 'attached-voicemail-wrapper.synthetic.eml',
      need: 'attached-message',
      finding: 'content.attached-message',
    },
    {
      what: 'a message offering a document on a rented page',
      file: 'rented-document-pages-dev.synthetic.eml',
      need: 'document-offer',
      finding: 'links.rented-page',
    },
    {
      what: 'a message whose link opens a web page kept as a file on a file share',
      file: 'rented-page-dropbox-html-scan.synthetic.eml',
      need: 'document-offer',
      finding: 'links.rented-page',
    },
    {
      what: 'a message with a phone number to call',
      file: 'nolink-callback-renewal-gmail.synthetic.eml',
      need: 'callback',
      finding: 'content.callback',
    },
    {
      what: 'a message with a QR code to a sign-in page',
      file: 'qr-mfa-reactivate.synthetic.eml',
      need: 'qr-judge',
      finding: 'links.qr-code',
      qr: true,
    },
    {
      what: 'a message whose display name spaces a brand’s letters apart',
      file: 'evasion-paypal-spaced-name.synthetic.eml',
      need: 'disguise',
      finding: 'content.disguised-text',
    },
    {
      what: 'a message linking a domain of a brand’s name and a phishing page’s words',
      file: 'lookalike-host-egress-securemail.synthetic.eml',
      need: 'lookalike-host',
      finding: 'links.lookalike-host',
    },
  ];

  for (const { what, file, need, finding, qr } of NEEDING) {
    it(`has ${what} ask for ${need}, then fail ${finding}`, async () => {
      const message = qr ? await withQrCodes(await input(file)) : await input(file);
      forgetAll();
      const first = analyze(message);
      expect(first.needs).to.include(need);
      expect(first.findings.map((f) => f.id)).to.not.include(finding);
      await loadAllCheckData();
      const whole = analyze(message);
      expect(whole.needs ?? []).to.not.include(need);
      expect(whole.findings.find((f) => f.id === finding)?.status).to.equal('fail');
    });
  }

  it('has a message whose link a Safe Links wrapper rewrote ask for the peeling, then judge the target', async () => {
    const message = await input('unwrap-safelinks-microsoft-lure.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('unwrap');
    expect(JSON.stringify(first.findings)).to.not.include('m365-verify-signin.example.net');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('unwrap');
    const mismatch = whole.findings.find((f) => f.id === 'links.host-mismatch');
    expect(JSON.stringify(mismatch)).to.include('m365-verify-signin.example.net');
  });

  it('has a message naming a host in Cyrillic letters ask for the judging of scripts, then mark the letter', async () => {
    const message = await input('idn-apple-cyrillic.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('host-scripts');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('host-scripts');
    // The look-alike's Cyrillic letter is named to the reader only with the judging loaded.
    expect(JSON.stringify(first.findings)).to.not.include('host.marked');
    expect(JSON.stringify(whole.findings)).to.include('host.marked');
  });

  it('has a colleague’s forward to IT ask for the folding, then fold the forwarded phish into one warning', async () => {
    const message = await input('forward-to-it-outlook-internal.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('forwarded');
    expect(first.verdict).to.equal('likely-phishing');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('forwarded');
    expect(whole.verdict).to.equal('no-red-flags');
    expect(whole.findings.find((f) => f.id === 'content.forwarded')?.status).to.equal('warn');
  });

  it('has a notice whose two lure families stand in its safety disclaimer ask for their judging, then drop the lure', async () => {
    const message = await input('lure-disclaimer-points-expiry.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('disclaimer');
    expect(first.findings.find((f) => f.id === 'content.lure')?.status).to.equal('warn');
    expect(first.verdict).to.equal('suspicious');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('disclaimer');
    expect(whole.findings.map((f) => f.id)).to.not.include('content.lure');
    expect(whole.verdict).to.equal('no-red-flags');
  });

  it('has a message that reached a limit or holds a part not read ask for those notes, then say them', async () => {
    const message: MessageInput = {
      headers: 'From: a@example.com\r\nTo: b@example.org\r\nSubject: Notes\r\nMessage-ID: <1@example.com>\r\n',
      text: 'The notes are attached.',
      limits: ['body-truncated'],
    };
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('coverage');
    expect(first.findings.map((f) => f.id)).to.not.include('content.body-truncated');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.not.include('coverage');
    expect(whole.findings.find((f) => f.id === 'content.body-truncated')?.status).to.equal('info');
  });

  it('asks for none of it for an English message with no attachment that names nobody’s organisation', async () => {
    const message = await input('brand-hmrc-verified-foreign.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    await loadAllCheckData();
    // (The maintained free-mail list is another matter: ui/session.ts loads it for the reports that say so. And every
    // body asks for the lure's judging chunk, 'disclaimer' - content.pretext did before content.lure: need-hints.ts
    // names it for every body, so it comes with the first wave.)
    const asked = (first.needs ?? []).filter((need) => need in CHECK_DATA && need !== 'disclaimer');
    expect(asked).to.deep.equal([]);
    const { needs: _asked, ...found } = first;
    expect(found).to.deep.equal(analyze(message));
  });

  for (const name of [
    'own-org-password-de.synthetic.eml',
    'att-html-login-remittance.synthetic.eml',
    'own-org-held-zh.synthetic.eml',
    'rented-document-pages-dev.synthetic.eml',
    'kagoya-2021-12.eml',
    'nolink-callback-ja-freemail.synthetic.eml',
    'unwrap-safelinks-microsoft-lure.synthetic.eml',
    'idn-apple-cyrillic.synthetic.eml',
    'lookalike-host-egress-securemail.synthetic.eml',
    'forward-to-it-outlook-internal.synthetic.eml',
    'lure-disclaimer-points-expiry.synthetic.eml',
    'attached-voicemail-wrapper.synthetic.eml',
    'forward-to-it-attached.synthetic.eml',
    'evasion-paypal-spaced-name.synthetic.eml',
    'evasion-smbc-spaced-ja.synthetic.eml',
  ]) {
    it(`draws ${name} once in a fresh reading session, with the command line’s findings`, async () => {
      const message = await input(name);
      const expected = analyze(message);
      forgetAll();
      const { shown, report } = await readInFreshPane(message);
      expect(shown).to.deep.equal([undefined, expected.verdict]);
      expect(report?.findings).to.deep.equal(expected.findings);
    });
  }
});

describe('the no-link wording split in two finders (no-link.ts, callback.ts)', () => {
  it('finds every family where one finder of all of them found it: no phrase of one begins a phrase of the other', () => {
    // A finder reports the longest phrase starting at a place; were one finder's phrase the start of the other's,
    // two finders would both report where one reported only the longer.
    const variants = (tables: readonly Readonly<Record<string, readonly string[]>>[]): string[] =>
      tables
        .flatMap((t) => Object.values(t).flat())
        .flatMap(expandPhrase)
        .map(normalisePhrase)
        .filter((v) => v.length >= 2);
    const callbackNonLatin = Object.fromEntries(
      Object.entries(NO_LINK_PHRASES_NONLATIN).filter(([family]) => family in CALLBACK_PHRASES),
    );
    const othersNonLatin = Object.fromEntries(
      Object.entries(NO_LINK_PHRASES_NONLATIN).filter(([family]) => family in NO_LINK_PHRASES),
    );
    const callback = variants([CALLBACK_PHRASES, callbackNonLatin]);
    const others = variants([NO_LINK_PHRASES, othersNonLatin]);
    expect(callback.length).to.be.above(100);
    expect(others.length).to.be.above(100);
    const clashes = callback.flatMap((a) =>
      others.filter((b) => a.startsWith(b) || b.startsWith(a)).map((b) => `${a} / ${b}`),
    );
    expect(clashes).to.deep.equal([]);
  });
});
