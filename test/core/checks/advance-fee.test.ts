/**
 * Mail that wants a reply, not a click (issue #16, families 6 and 11): advance-fee fraud (content.advance-fee,
 * src/core/checks/advance-fee.ts) and the business-email-compromise opener without a title in the name
 * (content.bec-request, src/core/checks/no-link.ts), each with its false-alarm twins. Fixtures
 * test/fixtures/afee-*.synthetic.eml and bec-*.synthetic.eml are synthetic; the reader is yamada@example.co.jp.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { findLargeSum } from '../../../src/core/checks/advance-fee';
import { mailboxShaped } from '../../../src/core/checks/free-mail';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { fixture, fixtureText } from '../../helpers';
import { expectLinearTime } from '../../linear-time';

async function report(name: string): Promise<Report> {
  return analyze(await parseMessage(fixture(name)));
}

const statuses = (r: Report, id: string) => r.findings.filter((f) => f.id === id).map((f) => f.status);
const only = (r: Report, id: string) => r.findings.find((f) => f.id === id)!;

/** The gift-card BEC fixture told another way: its subject and its two lines of text replaced. */
const becMail = (subject: string, text: string): string =>
  fixtureText('bec-giftcards-gmail-no-role.synthetic.eml')
    .replace('Subject: Quick request', `Subject: ${subject}`)
    .replace(/Are you available\?[^]*?Send me the codes by reply\./, text);

describe('advance-fee fraud (content.advance-fee)', () => {
  const attacks = [
    ['afee-atm-beneficiary-replyto-gmail.synthetic.eml', 'w.adams.remit@gmail.com'],
    ['afee-lottery-de-mailcom.synthetic.eml', 'dr.enrique.blanco@mail.com'],
    ['afee-inheritance-es-gmail.synthetic.eml', 'luis.moreno.abogado@gmail.com'],
    ['afee-inheritance-ja-yahoo.synthetic.eml', 'john.smith.law@yahoo.co.jp'],
  ] as const;

  for (const [name, reply] of attacks) {
    it(`fails ${name.replace('.synthetic.eml', '')} and names the mailbox the answer would go to`, async () => {
      const r = await report(name);
      expect(statuses(r, 'content.advance-fee')).to.deep.equal(['fail']);
      const f = only(r, 'content.advance-fee');
      expect(f.message.params.reply).to.equal(reply);
      expect(f.evidence.map((e) => e.highlight)).to.include(reply);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it('fails the jackpot winner "donating to 5 random individuals" who wants the answer at another free mailbox', async () => {
    const raw = becMail(
      'Donation Offer',
      "I'm the winner of $758 Million in the Mega Millions Jackpot and I am donating to 5 random individuals. " +
        'I have decided to donate the sum of $1,500,000.00 USD to you. Reply with your donation code to claims.dept.mavis@yandex.com',
    );
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.advance-fee')).to.deep.equal(['fail']);
    expect(only(r, 'content.advance-fee').message.params.reply).to.equal('claims.dept.mavis@yandex.com');
    // Twin: a news site's jackpot story, authenticated, with no mailbox to answer: no failure.
    const news = raw
      .replace('From: "Robert Hale" <robert.hale.office@gmail.com>', 'From: "Daily News" <news@dailynews.example>')
      .replace(
        'header.d=gmail.com; dmarc=pass header.from=gmail.com',
        'header.d=dailynews.example; dmarc=pass header.from=dailynews.example',
      )
      .replace(' Reply with your donation code to claims.dept.mavis@yandex.com', '');
    expect(statuses(analyze(await parseMessage(news)), 'content.advance-fee')).to.not.include('fail');
  });

  it('shows the sum, the story and the diverted Reply-To as evidence', async () => {
    const f = only(await report('afee-atm-beneficiary-replyto-gmail.synthetic.eml'), 'content.advance-fee');
    expect(f.evidence.map((e) => [e.header, e.highlight])).to.deep.equal([
      ['Body', '4,500,000.00'],
      ['Subject', 'beneficiary'],
      ['Subject', 'ATM card'],
      ['Body', 'strictly confidential'],
      ['Body', 'your full name'],
      ['Reply-To', 'w.adams.remit@gmail.com'],
    ]);
  });

  it('tells the story in English and Japanese: advance-fee fraud, do not reply', async () => {
    const r = await report('afee-lottery-de-mailcom.synthetic.eml');
    const story = r.story.find((s) => s.key === 'story.advance-fee');
    expect(story?.params).to.deep.equal({ reply: 'dr.enrique.blanco@mail.com' });
    expect(translate('en', story!.key, story!.params)).to.include('advance-fee fraud');
    expect(translate('ja', story!.key, story!.params)).to.include('前払い詐欺');
    const f = only(r, 'content.advance-fee');
    expect(translate('ja', f.message.key, f.message.params)).to.include('dr.enrique.blanco@mail.com');
  });

  it("does not fail a foundation's authenticated newsletter about a large donation to its beneficiaries", async () => {
    const r = await report('afee-twin-foundation-newsletter.synthetic.eml');
    expect(statuses(r, 'content.advance-fee')).to.not.include('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("says nothing about a colleague's mail about a large grant and its beneficiary institution", async () => {
    const r = await report('afee-twin-grant-colleague.synthetic.eml');
    expect(statuses(r, 'content.advance-fee')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('only warns, as context, when the story comes from its own domain with no reply elsewhere', async () => {
    const raw = fixtureText('afee-atm-beneficiary-replyto-gmail.synthetic.eml').replace(/^Reply-To: .*\n/m, '');
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.advance-fee')).to.deep.equal(['warn']);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('needs two parts of the script: a large sum with a reply to gmail alone is no advance-fee story', async () => {
    const raw = fixtureText('afee-atm-beneficiary-replyto-gmail.synthetic.eml');
    const start = raw.indexOf('Attn: Beneficiary');
    const head = raw.slice(0, start).replace(/^Subject: .*$/m, 'Subject: Our offer');
    const r = analyze(await parseMessage(head + 'Our offer for the building: US$4,500,000.00.\n'));
    expect(statuses(r, 'content.advance-fee')).to.be.empty;
  });

  it('reads sums as written in each currency style, and only large ones', () => {
    const sums = [
      'US$4,500,000.00',
      '(US $900,000,000.00)',
      '€2,500,000.00',
      '935.470,00 €',
      '2.500.000,00 EUR',
      'US$4.5 million',
      '$1.2 billion',
      '£750,000',
      'USD 150000',
    ];
    for (const text of sums) expect(findLargeSum(`a sum of ${text} for you`), text).to.not.equal(undefined);
    for (const text of ['$83,000.00', '1.99 CHF', 'USD5/pcs', 'order 4,500,000', '2025-01-14 10:47', '€ 99.000,00']) {
      expect(findLargeSum(`a sum of ${text} for you`), text).to.equal(undefined);
    }
  });

  it('reads a long run of digits and separators in linear time', () => {
    expectLinearTime((n) => '$' + '1,000'.repeat(n), findLargeSum, 40_000);
  });
});

describe('business email compromise without a title (content.bec-request)', () => {
  it('fails "are you available? I need gift cards" from a free mailbox and tells the reader to check another way', async () => {
    const r = await report('bec-giftcards-gmail-no-role.synthetic.eml');
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(only(r, 'content.bec-request').message.key).to.equal('content.bec-request.payment');
    expect(r.verdict).to.equal('likely-phishing');
    const story = r.story.find((s) => s.key === 'story.bec-request');
    expect(story?.params).to.deep.equal({ reply: 'robert.hale.office@gmail.com' });
    expect(translate('ja', story!.key, story!.params)).to.include('robert.hale.office@gmail.com');
  });

  it("fails an organisation's opener whose replies go to someone's gmail box", async () => {
    const r = await report('bec-kindly-confirm-replyto-gmail.synthetic.eml');
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    const f = only(r, 'content.bec-request');
    expect(f.message.key).to.equal('content.bec-request');
    expect(f.evidence.map((e) => e.header)).to.deep.equal(['Body', 'Reply-To']);
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('only warns when a free-mail sender opens with "are you available?" or asks for a LINE or WhatsApp id', async () => {
    for (const name of ['bec-whatsapp-es-gmail.synthetic.eml', 'bec-line-ja-gmail.synthetic.eml']) {
      const r = await report(name);
      expect(statuses(r, 'content.bec-request'), name).to.deep.equal(['warn']);
      expect(r.verdict, name).to.equal('no-red-flags');
    }
  });

  it("says nothing about genuine mail: a colleague's call, a gmail friend, a freelancer, a club, a reply quoting a client", async () => {
    for (const name of [
      'bec-twin-colleague-call.synthetic.eml',
      'bec-twin-gmail-friend.synthetic.eml',
      'bec-twin-freelancer-invoice-gmail.synthetic.eml',
      'bec-twin-club-treasurer.synthetic.eml',
      'bec-twin-reply-quoting-gmail.synthetic.eml',
    ]) {
      const r = await report(name);
      expect(statuses(r, 'content.bec-request'), name).to.be.empty;
      expect(r.verdict, name).to.equal('no-red-flags');
    }
  });

  it('fails the payroll diversion ("update my direct deposit info") when the replies go to a free mailbox', async () => {
    const raw = becMail(
      'Direct deposit update',
      'I changed banks and need to update my direct deposit info before the next payroll.\nCan you send me the form?',
    );
    const diverted = raw.replace(
      'From: "Robert Hale" <robert.hale.office@gmail.com>',
      'From: "Robert Hale" <robert.hale@partner-mail.example>\nReply-To: <robert.hale.payroll@gmail.com>',
    );
    const r = analyze(await parseMessage(diverted));
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(only(r, 'content.bec-request').message.key).to.equal('content.bec-request.payroll');
    expect(r.verdict).to.equal('likely-phishing');
    // From a private Gmail box alone too: payroll changes no deposit on a private mailbox's word.
    const alone = analyze(await parseMessage(raw));
    expect(statuses(alone, 'content.bec-request')).to.deep.equal(['fail']);
    expect(translate('en', only(alone, 'content.bec-request').message.key, { reply: 'x@gmail.com' })).to.include(
      'payroll',
    );
    expect(alone.verdict).to.equal('likely-phishing');
  });

  it('reads the payroll diversion told as "my next paycheck into my new account", and not from the work address', async () => {
    const raw = becMail(
      'Direct deposit',
      'I recently changed banks and would like my next paycheck deposited into my new account. Could you update it?',
    );
    expect(statuses(analyze(await parseMessage(raw)), 'content.bec-request')).to.deep.equal(['fail']);
    // The employee writing from the company's own domain: an ordinary request to HR.
    const atWork = raw
      .replace('From: "Robert Hale" <robert.hale.office@gmail.com>', 'From: "Robert Hale" <r.hale@example.co.jp>')
      .replace(
        'header.d=gmail.com; dmarc=pass header.from=gmail.com',
        'header.d=example.co.jp; dmarc=pass header.from=example.co.jp',
      );
    const r = analyze(await parseMessage(atWork));
    expect(statuses(r, 'content.bec-request')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails the opener with the pretext that keeps the reader from checking ("in a board meeting, can\'t talk")', async () => {
    const raw = fixtureText('bec-giftcards-gmail-no-role.synthetic.eml').replace(
      /Are you available\?[^]*?Send me the codes by reply\./,
      "Are you at your desk? I need you to handle a quick task for me discreetly.\nI'm in a board meeting and can't talk on the phone.",
    );
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(only(r, 'content.bec-request').evidence.map((e) => e.highlight)).to.include('discreetly');
    expect(r.verdict).to.equal('likely-phishing');
    // The opener alone from gmail stays a warning (friends ask "are you at your desk?" too).
    const plain = raw.replace(/ discreetly\.\n.*phone\./, '.');
    expect(statuses(analyze(await parseMessage(plain)), 'content.bec-request')).to.deep.equal(['warn']);
  });

  it('fails a wire ask from a free mailbox under the pretext of a confidential acquisition (fraude au président)', async () => {
    const raw = becMail(
      'Confidentiel',
      "Je suis sur une acquisition confidentielle. Un virement doit être effectué aujourd'hui.",
    );
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(only(r, 'content.bec-request').message.key).to.equal('content.bec-request.payment');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads a mailbox service under a name of its own (mbox-securemail.com) as the free mailbox it is', async () => {
    const raw = becMail(
      'Direct deposit update',
      'I recently changed my bank and I need to update my direct deposit information for payroll.',
    ).replace('robert.hale.office@gmail.com', 'robert.hale@mbox-securemail.com');
    const r = analyze(await parseMessage(raw));
    expect(only(r, 'content.bec-request').message.key).to.equal('content.bec-request.payroll');
    expect(r.verdict).to.equal('likely-phishing');
    expect(mailboxShaped('exec-mailbox.net')).to.equal(true);
    // A company's own domain holds its name; a provider's brand is not made of mailbox words.
    expect(mailboxShaped('acme-mail.com')).to.equal(false);
    expect(mailboxShaped('mailchimp.com')).to.equal(false);
  });

  it("fails a payment ask under a pretext from a look-alike of the reader's own domain, and not from the domain itself", async () => {
    const ask = (from: string) =>
      fixtureText('bec-giftcards-gmail-no-role.synthetic.eml')
        .replace('"Robert Hale" <robert.hale.office@gmail.com>', `"Helen Clarke" <${from}>`)
        .replace('header.d=gmail.com; dmarc=pass header.from=gmail.com', `dmarc=pass header.from=${from.split('@')[1]}`)
        .replace(
          /Are you available\?[^]*?Send me the codes by reply\./,
          "I need you to process a same-day payment of £24,850.00. I'm tied up with the auditors all morning.",
        );
    const r = analyze(await parseMessage(ask('h.clarke@exarnple.co.jp')));
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(r.verdict).to.equal('likely-phishing');
    const colleague = analyze(await parseMessage(ask('h.clarke@example.co.jp')));
    expect(statuses(colleague, 'content.bec-request')).to.be.empty;
  });

  it('reads the German fraude au président: a down payment to be wired today, absolute discretion, from gmx.de', async () => {
    const raw = becMail(
      'Vertraulich',
      'Wir stehen kurz vor einer Übernahme, daher bitte ich Sie um absolute Diskretion. ' +
        'Es muss heute noch eine Anzahlung in Höhe von 48.600,00 EUR überwiesen werden.',
    ).replace('robert.hale.office@gmail.com', 'm.becker.gf@gmx.de');
    expect(statuses(analyze(await parseMessage(raw)), 'content.bec-request')).to.deep.equal(['fail']);
  });

  it('says nothing about a friend on gmail collecting for a surprise gift by bank transfer ("keep it between us")', async () => {
    const raw = becMail(
      'Gift for Ana',
      "We're collecting for Ana's farewell gift. Keep this between us! A bank transfer of 2,000 yen to me is perfect.",
    );
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.bec-request')).to.be.empty;
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails a gift-card ask from free mail that sends the codes to another free mailbox, and not without it', async () => {
    const raw = fixtureText('bec-giftcards-gmail-no-role.synthetic.eml')
      .replace('Subject: Quick request', 'Subject: Codes')
      .replace('Are you available? I need you to get', 'Please buy')
      .replace('Send me the codes by reply.', 'Send the codes to my assistant at lisa.hale.assist@gmail.com.');
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.bec-request')).to.deep.equal(['fail']);
    expect(only(r, 'content.bec-request').message.params.reply).to.equal('lisa.hale.assist@gmail.com');
    // Without the second mailbox, only the pretext ("I am in a meeting and cannot take calls") makes it the script.
    const alone = raw.replace(' to my assistant at lisa.hale.assist@gmail.com', '');
    expect(statuses(analyze(await parseMessage(alone)), 'content.bec-request')).to.deep.equal(['fail']);
    const plain = alone.replace('I am in a meeting and cannot take calls. ', '');
    expect(statuses(analyze(await parseMessage(plain)), 'content.bec-request')).to.be.empty;
  });

  it('does not read a list\'s rewritten From ("Ana via List") as diverting the reply to its author', async () => {
    const raw = fixtureText('bec-kindly-confirm-replyto-gmail.synthetic.eml').replace(
      'From: "Karen Ngui" <karen@pei-trading.example>',
      'From: "Karen Ngui via Devel" <devel@lists.example.org>',
    );
    const r = analyze(await parseMessage(raw));
    expect(statuses(r, 'content.bec-request')).to.be.empty;
  });
});
