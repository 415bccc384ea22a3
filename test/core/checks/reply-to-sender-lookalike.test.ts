/**
 * Issue #16: sender.reply-to said nothing about a look-alike Reply-To from an authenticated sender — it trusts an
 * authenticated sender's other domains — so only the content checks saw `skat-refusion.dk` (through reply-channel.ts).
 * Now the sender finding fails for a Reply-To made to pass for a brand or the reader's own organisation (a lure word of
 * the brand's own language, a letter or digit changed), whoever sends it, in every language the kit is sent in. Twins:
 * genuine help-desk and ticketing Reply-Tos (Zendesk, Freshdesk, Help Scout, Intercom), a brand's own other domains,
 * ESP bounce domains, a sister company named with the reader's label and a country word (warns only). Synthetic
 * messages in the shape of the taken-over mailbox's kit.
 */
import { expect } from 'chai';
import { reportOf, type Probe } from './nolink29/mail';

type R = Awaited<ReturnType<typeof reportOf>>;
const replyTo = (r: R) => r.findings.find((f) => f.id === 'sender.reply-to');

/** A dental clinic's real, authenticated mailbox, taken over: the kit's answers go elsewhere. */
const TAKEN_OVER: Omit<Probe, 'replyTo'> = {
  lang: 'en',
  from: 'Nordhavn Tandklinik <info@nordhavn-tandklinik.dk>',
  subject: 'Your message',
  body: 'Hello,\n\nPlease see the notice below and answer this message with the details requested.\n\nBest regards',
};

describe('sender.reply-to: a Reply-To made to pass for a brand or your organisation', () => {
  const kits: [string, Probe][] = [
    [
      'Danish tax refund (skat-refusion.dk)',
      { ...TAKEN_OVER, lang: 'da', replyTo: 'Skat <refusion@skat-refusion.dk>' },
    ],
    [
      'German Sparkasse security (sparkasse-sicherheit.de)',
      {
        ...TAKEN_OVER,
        lang: 'de',
        subject: 'Ihr Konto',
        body: 'Sehr geehrter Kunde,\n\nbitte antworten Sie mit Ihren Zugangsdaten.\n\nIhre Sparkasse',
        replyTo: 'Sparkasse <service@sparkasse-sicherheit.de>',
      },
    ],
    [
      'Spanish customs fee (correos-aduana.es)',
      { ...TAKEN_OVER, lang: 'es', replyTo: 'Correos <aduana@correos-aduana.es>' },
    ],
    ['Greek bank (nbg-asfaleia.gr)', { ...TAKEN_OVER, lang: 'el', replyTo: 'NBG <support@nbg-asfaleia.gr>' }],
    [
      'Japanese card security (rakuten-card-security.com)',
      {
        ...TAKEN_OVER,
        lang: 'ja',
        subject: 'ご確認のお願い',
        body: 'お客様\n\nカード情報の確認のため、このメールにご返信ください。',
        replyTo: '楽天カード <info@rakuten-card-security.com>',
      },
    ],
    ['a digit for a letter (paypa1.com)', { ...TAKEN_OVER, replyTo: 'PayPal <service@paypa1.com>' }],
    [
      'one letter off the reader’s own domain (halvorsen-enq.com)',
      { ...TAKEN_OVER, replyTo: 'Accounts <accounts@halvorsen-enq.com>' },
    ],
  ];
  for (const [name, probe] of kits)
    it(`fails from an authenticated mailbox: ${name}`, async () => {
      const r = await reportOf(probe);
      const f = replyTo(r);
      expect(f?.status).to.equal('fail');
      expect(f?.message.key).to.equal('sender.reply-to.lookalike');
      expect(f?.evidence[0]).to.include({ header: 'Reply-To' });
      expect(r.verdict).to.not.equal('no-red-flags');
    });

  it('fails from an unauthenticated sender too, with the same words', async () => {
    const r = await reportOf({ ...TAKEN_OVER, authenticated: false, replyTo: 'Skat <r@skat-refusion.dk>' });
    expect(replyTo(r)).to.include({ status: 'fail' });
    expect(replyTo(r)?.message.key).to.equal('sender.reply-to.lookalike');
  });
});

describe('its false-alarm twins: genuine Reply-Tos of an authenticated sender', () => {
  const NOTICE: Omit<Probe, 'replyTo'> = {
    lang: 'en',
    from: 'Northwind Support <support@northwind-traders.com>',
    subject: 'Your request #4471',
    body: 'Hello,\n\nThank you for contacting us. Your request has been received and we will answer within one business day.\n\nNorthwind Support',
  };
  const genuine = [
    'support@northwind.zendesk.com',
    'help@northwind.freshdesk.com',
    'reply@northwind.helpscoutapp.com',
    'conversation@intercom.io',
    'reply+abc@intercom-mail.com',
    'bounce@em.sendgrid.net',
    'bounce@mail.mcsv.net',
    'cs@amazon.co.jp',
    'noreply@docusign.net',
    'service@northwind-traders.co.uk',
  ];
  for (const address of genuine)
    it(`leaves ${address} alone`, async () => {
      const r = await reportOf({ ...NOTICE, replyTo: address });
      expect(replyTo(r)).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    });

  it('a brand’s own notice answered at its other domain stays clean', async () => {
    const r = await reportOf({
      lang: 'ja',
      from: '楽天市場 <order@mail.rakuten.co.jp>',
      replyTo: '楽天 <support@rakuten.com>',
      subject: 'ご注文ありがとうございます',
      body: 'ご注文を承りました。発送までしばらくお待ちください。',
    });
    expect(replyTo(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a sister company named with the reader’s label and a country word only warns', async () => {
    const r = await reportOf({ ...NOTICE, replyTo: 'Orders <orders@halvorsen-eng-usa.com>' });
    expect(replyTo(r)).to.include({ status: 'warn' });
    expect(r.verdict).to.equal('no-red-flags');
  });
});
