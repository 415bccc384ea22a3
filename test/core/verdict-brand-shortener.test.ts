/**
 * The verdict's rule 2l (issue #16): a brand claimed by a sender that is not the brand's, whose every way out is a
 * public shortener, is likely phishing whatever authenticates — the DGT speeding fine from a domain of its own sent
 * through Mailgun with one `acortar.link` link (set40 p-es-01), the Sparkasse pushTAN "update" from a throwaway domain
 * with one `is.gd` link (set45 p-de-01). Both brands' domain lists are unverified, so their claims only warned, and
 * the shortener's host-mismatch with them. Twins, each clean or as before: the brand's own authenticated mail with a
 * short link beside its own site, a savings bank's own domain linking itself, a shop's newsletter with a bit.ly link
 * and no brand claimed, a brand's magazine linking its own site beside a short link. Synthetic messages.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../src/core/check-data';
import { decideVerdict } from '../../src/core/verdict';
import type { Finding } from '../../src/core/report';
import { bad, deliveredMail } from './checks/authenticated-mail';

before(() => loadAllCheckData());

const fine = (link: string) =>
  'Dirección General de Tráfico\n\nEstimado/a titular:\n\nLe informamos que existe una sanción de tráfico pendiente ' +
  'de pago asociada a su vehículo. Expediente: 2026/ML-551203. Importe: 100,00 € (50,00 € con reducción del 50 % ' +
  `si abona en los próximos 20 días naturales).\n\nPuede consultar la fotografía del radar y pagar aquí:\n${link}\n\n` +
  'Atentamente,\nDirección General de Tráfico';

const pushTan = (link: string) =>
  'Sehr geehrter Herr Brandt,\n\nzum 30.11. stellen wir unser Sicherheitsverfahren auf das neue pushTAN 2.0 um. ' +
  `Eine einmalige Aktualisierung ist erforderlich.\n\nJetzt aktualisieren: ${link}\n\nIhre Sparkasse`;

const signs = (r: { findings: readonly Finding[] }) => bad(r as Parameters<typeof bad>[0]).join(' ');

describe("verdict rule 2l: a brand's claim whose only link is a public shortener", () => {
  it('calls the DGT fine from its own authenticated look-alike domain via acortar.link likely phishing', () => {
    const r = deliveredMail(
      'DGT - Sede Electrónica <notificaciones@sede-dgt-avisos.com>',
      'Notificación de sanción pendiente de pago',
      { text: fine('https://acortar.link/DGT-Multa551203') },
      true,
    );
    expect(signs(r)).to.include('sender.brand-mismatch').and.include('links.obfuscated-host');
    expect(r.verdict, signs(r)).to.equal('likely-phishing');
  });

  it('calls the Sparkasse pushTAN update linking is.gd likely phishing, authenticated or not', () => {
    for (const authenticated of [true, false]) {
      const r = deliveredMail(
        'Sparkasse <kundenservice@spk-kundeninfo-online.de>',
        'Wichtig: Umstellung auf pushTAN 2.0',
        { text: pushTan('https://is.gd/spk_pushTAN26') },
        authenticated,
      );
      expect(r.verdict, signs(r)).to.equal('likely-phishing');
    }
  });

  it("twin: the brand's own authenticated mail is no claim against it, short link or not", () => {
    const r = deliveredMail(
      'DGT <notificaciones@dgt.es>',
      'Campaña de control de velocidad',
      {
        text:
          'La DGT inicia esta semana una campaña de control de velocidad en vías convencionales. Más información en ' +
          'https://www.dgt.es/comunicacion/notas-de-prensa/ y el vídeo de la campaña: https://bit.ly/dgt-velocidad26',
      },
      true,
    );
    expect(r.verdict, signs(r)).to.equal('no-red-flags');
  });

  it("twin: a savings bank's own domain linking itself stays as it was (no door hidden)", () => {
    const r = deliveredMail(
      'Sparkasse KölnBonn <service@sparkasse-koelnbonn.de>',
      'Ihr neuer Kontoauszug ist da',
      {
        text:
          'Sehr geehrter Herr Brandt,\n\nIhr Kontoauszug für November liegt in Ihrem Online-Banking-Postfach bereit: ' +
          'https://www.sparkasse-koelnbonn.de/de/home/onlinebanking/postfach.html\n\nIhre Sparkasse KölnBonn',
      },
      true,
    );
    expect(r.verdict, signs(r)).to.equal('no-red-flags');
  });

  it('twin: a shop newsletter with a bit.ly link and no brand claimed is no red flags', () => {
    const r = deliveredMail(
      'Buchhandlung Lesezeichen <news@buchhandlung-lesezeichen.de>',
      'Unsere Lesetipps für den Dezember',
      {
        text:
          'Liebe Leserinnen und Leser,\n\nunsere Lesetipps für den Dezember finden Sie hier: https://bit.ly/lesetipps-dez\n\n' +
          'Ihr Team der Buchhandlung Lesezeichen',
      },
      true,
    );
    expect(r.verdict, signs(r)).to.equal('no-red-flags');
  });

  it("twin: a brand's magazine from a domain the table lacks, its own site beside a short link, is not likely", () => {
    // Not every door hides where it goes: the sender's own site speaks for it, and rule 2l does not decide.
    const r = deliveredMail(
      'DGT - Revista Tráfico y Seguridad Vial <revista@revista-dgt-noticias.es>',
      'Revista Tráfico y Seguridad Vial: número de diciembre',
      {
        text:
          'Ya está disponible el número de diciembre: https://www.revista-dgt-noticias.es/numero-diciembre\n' +
          'Vídeo de la campaña de Navidad: https://bit.ly/dgt-navidad',
      },
      true,
    );
    expect(r.verdict, signs(r)).to.not.equal('likely-phishing');
  });

  it('reads the rule on the policy alone: the claim, fail or warn, and only hidden doors; not a forwarded message', () => {
    const f = (id: string, status: Finding['status']): Finding =>
      ({ id, status, section: 'sender', message: { key: id, params: {} }, evidence: [] }) as unknown as Finding;
    const claim = f('sender.brand-mismatch', 'warn');
    expect(decideVerdict([claim], { onlyHiddenDoors: true }).verdict).to.equal('likely-phishing');
    expect(decideVerdict([f('sender.brand-mismatch', 'fail')], { onlyHiddenDoors: true }).verdict).to.equal(
      'likely-phishing',
    );
    expect(decideVerdict([claim], { onlyHiddenDoors: false }).verdict).to.not.equal('likely-phishing');
    expect(decideVerdict([f('sender.brand-mismatch', 'pass')], { onlyHiddenDoors: true }).verdict).to.equal(
      'no-red-flags',
    );
    expect(decideVerdict([claim, f('content.forwarded', 'warn')], { onlyHiddenDoors: true }).verdict).to.not.equal(
      'likely-phishing',
    );
  });
});
