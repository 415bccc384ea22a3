/**
 * Issue #16, false alarms on genuine mail: a brand writing from a domain of its own that the table did not know.
 * (1) A national domain (sender.ts nationalDomain): a brand that runs a site per country writes from yet another
 * country's (`mercadolibre.com.ar` beside mercadolibre.com.mx), and a government body's name under its country's
 * government suffix (`mygov.nic.in` for mygov.in), each authenticated as itself. (2) A brand's documented second
 * domain (brands.json): GitHub Support's githubsupport.com, the Assurance Maladie's assurance-maladie.fr.
 * Attacks kept: the label unauthenticated or under an open suffix (`.co`), a one-country brand's label under a
 * commercial second level (`mygov.co.in`), another name under the government suffix, look-alikes of the new domains.
 * Synthetic messages.
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { reportOf, type Probe } from './nolink29/mail';

const status = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;

const sale = (from: string, site: string, authenticated = true): Probe => ({
  lang: 'es',
  from,
  subject: '¡Vendiste! Bicicleta de ruta talla M',
  body:
    `¡Hola, Lucía!\n\nVendiste Bicicleta de ruta talla M por $ 285.000. Ya recibimos el pago: imprime la etiqueta y ` +
    `despacha el paquete antes del jueves.\n\nVer venta: https://www.${site}/ventas/2000001234567/detalle\n\n` +
    'Mercado Libre',
  authenticated,
});

const payment = (from: string, authenticated = true): Probe => ({
  lang: 'es',
  from,
  subject: 'Tu cuenta fue suspendida: confirma tus datos de pago',
  body:
    'Hola,\n\nDetectamos un problema con tu último pago y tu cuenta fue suspendida. Confirma tus datos de tarjeta ' +
    'en las próximas 24 horas para evitar el cierre definitivo:\nhttps://ml-verificacion-cuenta.com/login\n\nMercado Libre',
  authenticated,
});

const newsletter = (from: string): Probe => ({
  lang: 'en',
  from,
  subject: 'Share your ideas for Viksit Bharat @2047 – MyGov',
  body:
    'Dear Citizen,\n\nShare your ideas for Viksit Bharat @2047. Selected ideas will be featured on the national ' +
    'platform.\n\nTake part: https://www.mygov.in/task/share-your-ideas/\n\nMyGov, Government of India',
});

describe('a brand’s national domain, authenticated (sender.ts nationalDomain)', () => {
  it('leaves a marketplace’s sale notice from its own site of another country alone', async () => {
    const r = await reportOf(sale('Mercado Libre <info@ml.mercadolibre.com.ar>', 'mercadolibre.com.ar'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(status(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a government platform’s newsletter from its country’s government suffix alone', async () => {
    const r = await reportOf(newsletter('MyGov <newsletter@mygov.nic.in>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(status(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still flags the brand’s label abroad when the message does not authenticate as it', async () => {
    const r = await reportOf(payment('Mercado Libre <info@mercadolibre.com.ar>', false));
    expect(status(r, 'sender.lookalike-domain')).to.equal('warn');
    expect(status(r, 'sender.brand-mismatch')).to.be.oneOf(['warn', 'fail']);
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('still flags the brand’s label under an open suffix anyone buys (.co), authenticated', async () => {
    const r = await reportOf(payment('Mercado Libre <info@mercadolibre.co>'));
    expect(status(r, 'sender.lookalike-domain')).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('still fails a one-country body’s name under its country’s commercial suffix (mygov.co.in)', async () => {
    const r = await reportOf(newsletter('MyGov <newsletter@mygov.co.in>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(status(r, 'sender.lookalike-domain')).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('still fails another office’s name under the government suffix claiming the platform', async () => {
    const r = await reportOf(newsletter('MyGov <newsletter@ruraldev.nic.in>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});

describe('a brand’s documented second domain (brands.json)', () => {
  const dmca = (from: string): Probe => ({
    lang: 'en',
    from,
    subject: '[GitHub] DMCA Takedown Notice - oakfield/docs-site',
    body:
      "Hi @oakfield,\n\nWe've received a DMCA takedown notice regarding content in https://github.com/oakfield/docs-site. " +
      "You have 1 business day to remove the content; once you've made the changes, please reply to let us know.\n\n" +
      'Counter notice: https://docs.github.com/site-policy/content-removal-policies\n\nGitHub Trust & Safety',
  });

  it('leaves GitHub Support’s notice from githubsupport.com alone', async () => {
    const r = await reportOf(dmca('GitHub Support <support@githubsupport.com>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(status(r, 'sender.lookalike-domain')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails the same notice from a look-alike of it', async () => {
    const r = await reportOf(dmca('GitHub Support <support@githubsupport-team.com>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(status(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  const notice = (from: string): Probe => ({
    lang: 'fr',
    from,
    subject: 'Un nouveau message est disponible dans votre compte ameli',
    body:
      'Bonjour,\n\nUn nouveau message est disponible dans votre messagerie. Pour le consulter, connectez-vous à ' +
      'votre compte ameli : https://www.ameli.fr/assure/compte-ameli\n\nVotre caisse d’Assurance Maladie',
  });

  it('leaves the Assurance Maladie’s notice from assurance-maladie.fr alone', async () => {
    const r = await reportOf(notice('ameli <ne_pas_repondre@assurance-maladie.fr>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails the same notice from another domain', async () => {
    const r = await reportOf(notice('ameli <ne_pas_repondre@remboursement-sante-info.fr>'));
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});
