/**
 * What checks read only for some messages (src/core/check-data.ts): a report without it names the need, a message
 * that does not need it never asks, and a reading session loads it before the first drawing, so the checklist shown
 * first is the one the command line gives.
 */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { CHECK_DATA, loadAllCheckData } from '../../src/core/check-data';
import { forgetAttachmentJudge } from '../../src/core/checks/attachments';
import { forgetMailSystemWording } from '../../src/core/checks/own-org';
import { forgetNonLatinPhrases } from '../../src/core/checks/lure-matcher';
import { forgetExtortionWording } from '../../src/core/checks/extortion';
import { forgetDocumentOffer } from '../../src/core/checks/rented-document';
import type { MessageInput } from '../../src/core/types';
import { fixture } from '../helpers';
import { readInFreshPane } from '../reading-session';

function forgetAll(): void {
  forgetAttachmentJudge();
  forgetMailSystemWording();
  forgetNonLatinPhrases();
  forgetExtortionWording();
  forgetDocumentOffer();
}

const input = (name: string): Promise<MessageInput> => parseMessage(fixture(name));

describe('check data loaded only for the messages that need it', () => {
  afterEach(() => loadAllCheckData());

  it('has a foreign message naming the reader’s organisation ask for the mail-system wording, then fail', async () => {
    const message = await input('own-org-password-de.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('own-org');
    expect(first.findings.map((f) => f.id)).to.not.include('sender.own-org-impersonation');
    await loadAllCheckData();
    const whole = analyze(message);
    expect(whole.needs ?? []).to.deep.equal([]);
    expect(whole.findings.find((f) => f.id === 'sender.own-org-impersonation')?.status).to.equal('fail');
  });

  it('has a message with an attachment ask for the attachment judging, then judge its login page', async () => {
    const message = await input('att-html-login-remittance.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('attachments');
    expect(first.findings.map((f) => f.id)).to.not.include('content.risky-attachment');
    await loadAllCheckData();
    expect(analyze(message).findings.find((f) => f.id === 'content.risky-attachment')?.status).to.equal('fail');
  });

  it('has a message linking a rented page ask for the document-offer wording, then fail the offer', async () => {
    const message = await input('rented-document-pages-dev.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    expect(first.needs).to.include('document-offer');
    expect(first.findings.map((f) => f.id)).to.not.include('links.rented-document');
    await loadAllCheckData();
    expect(analyze(message).findings.find((f) => f.id === 'links.rented-document')?.status).to.equal('fail');
  });

  it('asks for none of it for an English message with no attachment that names nobody’s organisation', async () => {
    const message = await input('brand-hmrc-verified-foreign.synthetic.eml');
    forgetAll();
    const first = analyze(message);
    await loadAllCheckData();
    // (The maintained free-mail list is another matter: ui/session.ts loads it for the reports that say so.)
    expect((first.needs ?? []).filter((need) => need in CHECK_DATA)).to.deep.equal([]);
    expect(first).to.deep.equal(analyze(message));
  });

  for (const name of [
    'own-org-password-de.synthetic.eml',
    'att-html-login-remittance.synthetic.eml',
    'own-org-held-zh.synthetic.eml',
    'rented-document-pages-dev.synthetic.eml',
    'kagoya-2021-12.eml',
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
