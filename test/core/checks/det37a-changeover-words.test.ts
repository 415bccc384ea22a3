/**
 * A brand's name beside the kit's "changeover" or "know your customer" word in the sender's domain
 * (`sparkasse-pushtan-umstellung.de`: "Umstellung auf S-pushTAN 2.0 bis 30.09.", `binance-kyc.com`): lookalike.ts
 * LURE_WORDS reads umstellung, aktivierung and kyc as lure words (issue #16). Sparkasse's label is an ordinary word,
 * so every word beside it must be a lure word: the savings banks' own `sparkasse-<place>.de` stay clean.
 */
import { expect } from 'chai';
import { authenticatedMail } from './authenticated-mail';
import type { Report } from '../../../src/core/report';

const lookalike = (r: Report) => r.findings.find((f) => f.id === 'sender.lookalike-domain');

const PUSHTAN =
  'Sehr geehrte Kundin, sehr geehrter Kunde,\n\nab dem 30.09.2025 wird das Verfahren S-pushTAN auf Version 2.0 ' +
  'umgestellt. Bitte führen Sie die Umstellung rechtzeitig durch, damit Ihr Online-Banking aktiv bleibt.\n\n' +
  'Mit freundlichen Grüßen\nIhre Sparkasse\n';

describe('det37a: a brand name beside a changeover or KYC word in the sender’s domain', () => {
  it('fails the Sparkasse pushTAN changeover kit and a KYC kit on their own authenticated domains', () => {
    for (const from of [
      'Sparkasse <service@sparkasse-pushtan-umstellung.de>',
      'Sparkasse <service@sparkasse-umstellung.de>',
      'Sparkasse <service@sparkasse-aktivierung.com>',
      'Binance <support@binance-kyc.com>',
    ]) {
      const r = authenticatedMail(from, 'Wichtig: Umstellung auf S-pushTAN 2.0', PUSHTAN);
      expect(lookalike(r)?.status, from).to.equal('fail');
      expect(r.verdict, from).to.not.equal('no-red-flags');
    }
  });

  it('keeps quiet for the savings banks’ own place domains and a firm named with the word but no brand', () => {
    for (const from of [
      'Sparkasse Hannover <service@sparkasse-hannover.de>',
      'Sparkasse KölnBonn <service@sparkasse-koelnbonn.de>',
      'KYC Partners <info@kyc-partners.de>',
      'Umstellung Service GmbH <info@umstellung-service.de>',
    ]) {
      const r = authenticatedMail(from, 'Umstellung auf S-pushTAN 2.0', PUSHTAN);
      expect(lookalike(r), from).to.equal(undefined);
    }
  });
});
