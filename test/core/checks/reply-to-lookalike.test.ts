/**
 * Issue #16: where the answers go (reply-channel.ts) read a look-alike only by lookalike.ts's words, and a Reply-To
 * only when it was free mail or the sender was not authenticated. A taken-over, authenticated mailbox sending the
 * answers to `skat-refusion.dk` — a brand's name beside a lure word of its own country's language
 * (brands/lure-words-local.ts, which sender.lookalike-domain reads a From with) — diverted nothing. Now the Reply-To's
 * domain, and the From's, are read as sender.lookalike-domain reads a From (lookalike-host.ts lookalikeByWords), and a
 * look-alike Reply-To counts whoever sends it. Twins: a Reply-To on the brand's real domain, on its service desk's
 * provider, on a company whose name holds a lure word but no brand. Synthetic messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { forgetLookalikeHostWords } from '../../../src/core/checks/lookalike-host';
import { parseMessage } from '../../../src/core/parse-message';
import { rawMail, reportOf, type Probe } from './nolink29/mail';

type R = Awaited<ReturnType<typeof reportOf>>;
const fee = (r: R) => r.findings.find((f) => f.id === 'content.advance-fee');

/** The tax compensation script: a fund, the data wanted by reply (content.advance-fee's claim and details). */
const COMPENSATION: Omit<Probe, 'replyTo'> = {
  lang: 'en',
  from: 'Skattestyrelsen <info@nordhavn-tandklinik.dk>',
  subject: 'Compensation payment DKK 48,500',
  body: 'Dear taxpayer,\n\nYou have been selected as a beneficiary of the tax compensation fund. Your payment of DKK 48,500.00 is ready to be transferred.\n\nTo receive it, reply with your full name, home address, date of birth and a copy of your passport.\n\nSkattestyrelsen',
};

describe('a Reply-To on a brand’s look-alike by its own country’s lure words (reply-channel.ts)', () => {
  it('fails the compensation script from a taken-over, authenticated mailbox answering to skat-refusion.dk', async () => {
    const r = await reportOf({ ...COMPENSATION, replyTo: 'Skattestyrelsen <refusion@skat-refusion.dk>' });
    expect(fee(r)?.status).to.equal('fail');
    expect(fee(r)?.message.params).to.include({ reply: 'refusion@skat-refusion.dk' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads the Greek bank’s nbg-asfaleia.gr so too', async () => {
    const r = await reportOf({
      ...COMPENSATION,
      from: 'National Bank of Greece <news@kyma-travel.gr>',
      replyTo: 'NBG <support@nbg-asfaleia.gr>',
    });
    expect(fee(r)?.status).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('reads a From on skat-refusion.dk as the answers’ look-alike too, authenticated for itself', async () => {
    const r = await reportOf({ ...COMPENSATION, from: 'Skattestyrelsen <refusion@skat-refusion.dk>' });
    expect(fee(r)?.status).to.equal('fail');
    expect(fee(r)?.message.params).to.include({ reply: 'refusion@skat-refusion.dk' });
  });

  it('has a fresh pane ask for the words for such a Reply-To, then fail it', async () => {
    const input = await parseMessage(rawMail({ ...COMPENSATION, replyTo: 'Skat <r@skat-refusion.dk>' }));
    forgetLookalikeHostWords();
    try {
      const first = analyze(input);
      expect(first.needs).to.include('lookalike-host');
      expect(first.findings.find((f) => f.id === 'content.advance-fee')?.status).to.equal('warn');
    } finally {
      await loadAllCheckData();
    }
    expect(analyze(input).findings.find((f) => f.id === 'content.advance-fee')?.status).to.equal('fail');
  });
});

describe('its false-alarm twins', () => {
  it('a Reply-To on the brand’s real domain diverts nothing', async () => {
    const r = await reportOf({ ...COMPENSATION, replyTo: 'Skattestyrelsen <refusion@skat.dk>' });
    expect(fee(r)?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('likely-phishing');
  });

  it('the agency’s own notice answering through its service desk’s provider stays clean', async () => {
    const r = await reportOf({
      lang: 'da',
      from: 'Skattestyrelsen <noreply@skat.dk>',
      replyTo: 'Skattestyrelsen <svar@skat.custhelp.com>',
      subject: 'Din årsopgørelse er klar',
      body: 'Kære borger,\n\nDin årsopgørelse for 2025 er nu klar. Du kan se den på https://www.skat.dk/borger\n\nMed venlig hilsen\nSkattestyrelsen',
    });
    expect(r.findings.find((f) => f.id === 'sender.reply-to')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('a Reply-To on a company whose name holds a lure word but no brand (sicherheit-online.de) diverts nothing', async () => {
    const r = await reportOf({ ...COMPENSATION, replyTo: 'Kontakt <kontakt@sicherheit-online.de>' });
    expect(fee(r)?.status).to.equal('warn');
  });
});
