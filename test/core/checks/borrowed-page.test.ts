/**
 * Pages on other people's sites (src/core/checks/borrowed-page.ts): a kit planted in a hacked website's file folders
 * (links.hacked-site) and a OneNote, Loop or Sway page of a third organisation's Microsoft 365 offered as the document
 * (links.hacked-site.share), each beside the genuine mail of the same shape. Synthetic, real-shaped: whole messages as
 * the reader's Postfix delivers them, with its own Authentication-Results on top.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Finding, Report } from '../../../src/core/report';
import { translate } from '../../../src/i18n';
import { forgetDocumentOffer, loadDocumentOffer } from '../../../src/core/checks/rented-page';

interface Mail {
  from: string;
  name?: string;
  to?: string;
  subject: string;
  html?: string;
  text?: string;
  /** dkim, spf and dmarc pass for the From domain (a taken-over mailbox authenticates), else none of them. */
  authenticated?: boolean;
  listUnsubscribe?: string;
}

const word = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

async function report(m: Mail): Promise<Report> {
  const domain = m.from.slice(m.from.indexOf('@') + 1);
  const to = m.to ?? 'accounts@harlowmech.co.uk';
  const mx = 'mx.' + to.slice(to.indexOf('@') + 1);
  const auth =
    m.authenticated === false
      ? `dkim=none;\r\n\tspf=none smtp.mailfrom=${domain};\r\n\tdmarc=none header.from=${domain}`
      : `dkim=pass header.d=${domain} header.s=selector1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`;
  const lines = [
    `Received: from mail-${domain.replace(/\W/g, '')}.outbound.example.net (mail.${domain} [40.107.20.90])\r\n\tby ${mx} (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR\r\n\tfor <${to}>; Tue, 11 Nov 2025 09:14:07 +0000 (GMT)`,
    `Authentication-Results: ${mx};\r\n\t${auth}`,
    `Message-ID: <20251111091403.77D1@mail.${domain}>`,
    'Date: Tue, 11 Nov 2025 09:14:03 +0000',
    `From: ${m.name ? word(m.name) + ' ' : ''}<${m.from}>`,
    `To: <${to}>`,
    `Subject: ${word(m.subject)}`,
    ...(m.listUnsubscribe ? [`List-Unsubscribe: <${m.listUnsubscribe}>`] : []),
    'MIME-Version: 1.0',
    `Content-Type: ${m.html ? 'text/html' : 'text/plain'}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from(m.html ?? m.text ?? '')
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n'),
    '',
  ];
  return analyze(await parseMessage(new TextEncoder().encode(lines.join('\r\n'))));
}

const find = (r: Report, id: string): Finding | undefined => r.findings.find((f) => f.id === id);
const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('a page planted in a hacked website’s file folders (links.hacked-site)', () => {
  it("fails a taken-over firm's 'secure document' opening a WordPress upload folder of an unrelated site with the reader's address", async () => {
    const url =
      'https://www.bakerfamilyfarm.com/wp-content/uploads/2025/xq7pz/index.php?email=accounts@harlowmech.co.uk';
    const r = await report({
      from: 'reception@parksidefamilydental.com',
      name: 'Parkside Family Dental',
      subject: 'Secure document shared with you',
      html: `<p>Hello,</p><p>A secure document has been shared with you for review.</p><p><a href="${url}">VIEW DOCUMENT</a></p><p>Parkside Family Dental</p>`,
    });
    const f = find(r, 'links.hacked-site');
    expect(f).to.include({ status: 'fail' });
    expect(f?.message.key).to.equal('links.hacked-site.address');
    expect(f?.message.params).to.deep.equal({ host: 'www.bakerfamilyfarm.com', folder: '/wp-content/' });
    expect(f?.evidence.map((e) => e.url)).to.include(url);
    expect(translate('en', f!.message.key, f!.message.params)).to.include('www.bakerfamilyfarm.com');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('/wp-content/');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('asks a fresh pane for the offer’s chunk first, then judges the link with it', async () => {
    const mail: Mail = {
      from: 'reception@parksidefamilydental.com',
      subject: 'Secure document shared with you',
      html: '<p>A secure document has been shared with you.</p><p><a href="https://www.bakerfamilyfarm.com/wp-content/uploads/2025/xq7pz/index.php?email=accounts@harlowmech.co.uk">VIEW DOCUMENT</a></p>',
    };
    forgetDocumentOffer();
    try {
      const first = await report(mail);
      expect(first.needs).to.include('document-offer');
      expect(find(first, 'links.hacked-site')).to.equal(undefined);
    } finally {
      await loadDocumentOffer();
    }
    expect(find(await report(mail), 'links.hacked-site')).to.include({ status: 'fail' });
  });

  it('finds the address base64-encoded in the fragment, on an unauthenticated Japanese mailbox notice into /wp-includes/', async () => {
    const r = await report({
      from: 'info@kobayashi-kensetsu.jp',
      to: 'sato@yamato-shoji.jp',
      name: 'メール管理センター',
      subject: '【重要】メールアカウントの確認',
      text: `sato@yamato-shoji.jp 様\n\nお使いのメールアカウントの確認が必要です。以下のリンクからログインして確認してください。\n\nhttps://www.sakura-kobo.jp/wp-includes/js/crop/ok/#${b64('sato@yamato-shoji.jp')}\n\nメール管理センター`,
      authenticated: false,
    });
    expect(find(r, 'links.hacked-site')).to.include({ status: 'fail' });
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('finds the address as a path segment under .well-known, in Spanish and Portuguese document offers', async () => {
    const es = await report({
      from: 'facturacion@suministros-levante.es',
      to: 'contabilidad@talleresgarcia.es',
      subject: 'Documento compartido: Factura pendiente',
      html: '<p>Buenos días,</p><p>Le hemos compartido un documento pendiente de revisión.</p><p><a href="https://clinicadentalmarina.es/.well-known/pki-validation/doc/contabilidad@talleresgarcia.es">Ver documento</a></p>',
    });
    expect(find(es, 'links.hacked-site')).to.include({ status: 'fail' });
    const pt = await report({
      from: 'financeiro@distribuidora-boaviagem.com.br',
      to: 'compras@metalurgicasantos.com.br',
      subject: 'Documento disponível para assinatura',
      html: `<p>Prezado(a),</p><p>Um documento foi compartilhado com você para assinatura.</p><p><a href="https://padariaestrela.com.br/sites/default/files/assinatura/?u=${b64('compras@metalurgicasantos.com.br')}">Visualizar documento</a></p>`,
    });
    expect(find(pt, 'links.hacked-site')).to.include({ status: 'fail' });
  });

  it("reads a kit's own wp-* folder and a hidden folder as the site's file folders", async () => {
    for (const url of [
      'https://lgpathlab.example.co.uk/wp-expire/account.php?email=accounts@harlowmech.co.uk',
      'https://www.stepstone-globals.example.com/.../?i=i&0=accounts@harlowmech.co.uk',
    ]) {
      const r = await report({
        from: 'it-support@northgate-supplies.co.uk',
        subject: 'PASSWORD EXPIRY NOTICE',
        html: `<p>The password of accounts@harlowmech.co.uk expires today.</p><p>Keep your current password and verify your account: <a href="${url}">Keep Same Password</a></p>`,
        authenticated: false,
      });
      expect(find(r, 'links.hacked-site'), url).to.include({ status: 'fail' });
    }
  });

  it('warns for a document offered in another site’s plugin folder without the address, and for the address alone', async () => {
    const offer = await report({
      from: 'office@kanzlei-weber-stb.de',
      to: 'einkauf@schreinerei-vogt.de',
      subject: 'Unterlagen Jahresabschluss',
      text: 'Sehr geehrte Damen und Herren,\n\nDokument öffnen: https://www.gasthof-linde.de/wp-content/plugins/sec-doc/view/\n\nMit freundlichen Grüßen',
    });
    expect(find(offer, 'links.hacked-site')).to.include({ status: 'warn' });
    expect(find(offer, 'links.hacked-site')?.message.key).to.equal('links.hacked-site');
    const address = await report({
      from: 'marco@studiobianchi.it',
      to: 'ufficio@officinabianchi.it',
      subject: 'ciao',
      text: 'Ciao,\nguarda qui: https://www.agriturismo-collina.it/modules/mod_menu/tmpl/x/?id=ufficio@officinabianchi.it\n\nMarco',
    });
    expect(find(address, 'links.hacked-site')).to.include({ status: 'warn' });
    expect(find(address, 'links.hacked-site')?.message.key).to.equal('links.hacked-site.address');
  });

  it("twin: a newsletter's PDF in its own /wp-content/uploads/, and a partner's PDF there, are files to download", async () => {
    const own = await report({
      from: 'news@ruralarts.org',
      to: 'member@harlowmech.co.uk',
      subject: 'Rural Arts newsletter — November',
      html: '<p>Read our annual report (PDF): <a href="https://ruralarts.org/wp-content/uploads/2025/11/annual-report-2025.pdf">download the document</a></p><p>The programme for the autumn season is out: <a href="https://www.villagehallcollective.org.uk/wp-content/uploads/2025/10/autumn-programme.pdf">view the programme</a></p><p><a href="https://ruralarts.org/newsletter/unsubscribe/?email=member%40harlowmech.co.uk">Unsubscribe</a></p>',
      listUnsubscribe: 'https://ruralarts.org/newsletter/unsubscribe/?email=member%40harlowmech.co.uk',
    });
    expect(find(own, 'links.hacked-site')).to.equal(undefined);
    expect(own.verdict).to.equal('no-red-flags');
  });

  it("twin: an event invitation linking the sender's own WordPress site, even sent from a volunteer's Gmail, is no hacked site", async () => {
    const own = await report({
      from: 'events@ruralarts.org',
      to: 'member@harlowmech.co.uk',
      subject: 'You are invited: Autumn Gala, 22 November',
      html: '<p>Join us for the Autumn Gala.</p><p><a href="https://ruralarts.org/wp-content/uploads/2025/10/gala/">See the programme and RSVP</a></p>',
    });
    expect(find(own, 'links.hacked-site')).to.equal(undefined);
    const gmail = await report({
      from: 'ruralarts.volunteers@gmail.com',
      to: 'member@harlowmech.co.uk',
      subject: 'You are invited: Autumn Gala, 22 November',
      html: '<p>Join us for the Autumn Gala!</p><p><a href="https://ruralarts.org/events/autumn-gala/">See the programme and RSVP</a></p>',
    });
    expect(find(gmail, 'links.hacked-site')).to.equal(undefined);
    expect(gmail.verdict).to.equal('no-red-flags');
  });

  it("twin: an unsubscribe link carrying the reader's address at the sender's ESP, and at a newsletter plugin's folder, stay clean", async () => {
    const esp = await report({
      from: 'hello@ruralarts.org',
      to: 'member@harlowmech.co.uk',
      subject: 'November at Rural Arts',
      html: '<p>Our news.</p><p><a href="https://ruralarts.us14.list-manage.com/unsubscribe?u=8f1c2e&id=4a7b&e=c41d9a&c=77e1&email=member@harlowmech.co.uk">Unsubscribe</a></p>',
    });
    expect(find(esp, 'links.hacked-site')).to.equal(undefined);
    expect(esp.verdict).to.equal('no-red-flags');
    const plugin = await report({
      from: 'club.secretary@gmail.com',
      to: 'member@harlowmech.co.uk',
      subject: 'Club news',
      html: '<p>The minutes are on the website.</p><p><a href="https://www.chessclub-harlow.org.uk/wp-content/plugins/newsletter/do/unsubscribe.php?email=member@harlowmech.co.uk">Unsubscribe from this newsletter</a></p>',
    });
    expect(find(plugin, 'links.hacked-site')).to.equal(undefined);
  });

  it('twin: a HubSpot-tracked link with the address base64-encoded leads to the ESP, not a CMS folder', async () => {
    const r = await report({
      from: 'events@pemburycole.co.uk',
      to: 'accounts@harlowmech.co.uk',
      subject: 'Your invitation: Year-end tax briefing',
      html: `<p>Please find the agenda for our briefing.</p><p><a href="https://d2Bxyz04.na1.hubspotlinks.com/Ctc/5E+113/d2Bxyz04/VWZ7mG3Gq0qBW7n${b64('accounts@harlowmech.co.uk')}">View the agenda</a></p>`,
    });
    expect(find(r, 'links.hacked-site')).to.equal(undefined);
  });

  it("twin: WordPress's own password-reset and admin links are no folder pages, whoever relays the mail", async () => {
    const r = await report({
      from: 'wordpress@server41.hostingco.net',
      to: 'member@harlowmech.co.uk',
      subject: '[Rural Arts] Password Reset',
      text: 'Someone has requested a password reset for the following account:\n\nSite Name: Rural Arts\n\nUsername: member\n\nTo reset your password, visit the following address:\n\nhttps://ruralarts.org/wp-login.php?action=rp&key=Xk29qLm7Pz&login=member%40harlowmech.co.uk&wp_lang=en_GB\n\nTo review the new comment: https://ruralarts.org/wp-admin/comment.php?action=approve&c=412',
    });
    expect(find(r, 'links.hacked-site')).to.equal(undefined);
  });
});

describe('a OneNote, Loop or Sway page of a third organisation offered as the document (links.hacked-site.share)', () => {
  it("warns on a taken-over lawyer's 'proposal shared with you' opening a OneNote page in another firm's OneDrive", async () => {
    const url =
      'https://brightwaterhomes-my.sharepoint.com/:o:/g/personal/admin_brightwaterhomes_com/EkRq0cA7m9BKu2b1Yf3cZmIBzV4?e=Xa8pQ2';
    const r = await report({
      from: 'j.harper@harperlegal.com',
      name: 'James Harper',
      subject: "Harper Legal has shared 'Proposal Agreement' with you",
      html: `<p>James Harper shared a document with you.</p><p><b>Proposal Agreement.pdf</b></p><p><a href="${url}">Review &amp; Sign</a></p>`,
    });
    const f = find(r, 'links.hacked-site');
    expect(f).to.include({ status: 'warn' });
    expect(f?.message.params).to.deep.equal({ host: 'brightwaterhomes-my.sharepoint.com', service: 'OneNote' });
    expect(f?.message.key).to.equal('links.hacked-site.share');
    expect(f?.evidence.map((e) => e.url)).to.include(url);
    expect(translate('en', f!.message.key, f!.message.params)).to.include('OneNote');
    expect(translate('ja', f!.message.key, f!.message.params)).to.include('brightwaterhomes-my.sharepoint.com');
  });

  it('warns on a Sway and a Loop page offered as a shared document', async () => {
    const sway = await report({
      from: 'info@coastalfreight.com.au',
      to: 'ap@harlowmech.co.uk',
      subject: 'Remittance advice - document shared',
      html: '<p>Please review the attached remittance document.</p><p><a href="https://sway.cloud.microsoft/Xk2Pq9LmRt7vB4cD?ref=Link">View Document</a></p>',
      authenticated: false,
    });
    expect(find(sway, 'links.hacked-site')?.message.params).to.deep.include({ service: 'Sway' });
    const loop = await report({
      from: 'm.lopez@constructora-lopez.mx',
      to: 'ap@harlowmech.co.uk',
      subject: 'Shared file: Contract 2026',
      html: '<p>A file has been shared with you. Open the document to review and sign.</p><p><a href="https://loop.cloud.microsoft/p/eyJ1IjoiaHR0cHM6Ly9jb250b3NvLnNoYXJlcG9pbnQuY29tIn0">Open</a></p>',
    });
    expect(find(loop, 'links.hacked-site')?.message.params).to.deep.include({ service: 'Loop' });
  });

  it('warns on a Form on forms.cloud.microsoft offered as a document to sign, never on a survey from another organisation', async () => {
    const sign = await report({
      from: 'j.harper@harperlegal.com',
      subject: "Harper Legal has shared 'Proposal Agreement' with you",
      html: '<p>James Harper shared a document with you.</p><p><a href="https://forms.cloud.microsoft/r/Xk2Pq9LmRt">Review &amp; Sign</a></p>',
    });
    expect(find(sign, 'links.hacked-site')?.message.params).to.deep.include({ service: 'Forms' });
    const survey = await report({
      from: 'events@pemburycole.co.uk',
      subject: 'Year-end tax briefing: your feedback',
      html: '<p>Thank you for attending. Please read the summary of the briefing and fill in our short feedback form.</p><p><a href="https://forms.cloud.microsoft/r/Ab3Cd4Ef5G">Feedback form</a></p>',
    });
    expect(find(survey, 'links.hacked-site')).to.equal(undefined);
    expect(survey.verdict).to.equal('no-red-flags');
  });

  it("twin: a colleague's OneNote from the reader's own tenant, and a partner's from its own, stay clean", async () => {
    const colleague = await report({
      from: 'dave.price@harlowmech.co.uk',
      subject: "Dave Price shared 'Site visit notes' with you",
      html: '<p>Dave Price shared a notebook with you.</p><p><a href="https://harlowmech-my.sharepoint.com/:o:/g/personal/dave_price_harlowmech_co_uk/EaB7x2Qw?e=k1">Open</a></p>',
    });
    expect(find(colleague, 'links.hacked-site')).to.equal(undefined);
    expect(colleague.verdict).to.equal('no-red-flags');
    const partner = await report({
      from: 'helen@pemburycole.co.uk',
      subject: "Helen Stroud shared 'Year end - meeting notes' with you",
      html: '<p>Helen Stroud shared a notebook with you.</p><p><a href="https://pemburycole-my.sharepoint.com/:o:/g/personal/helen_pemburycole_co_uk/EZk2v9Wq7M">Open document</a></p>',
    });
    expect(find(partner, 'links.hacked-site')).to.equal(undefined);
    expect(partner.verdict).to.equal('no-red-flags');
  });

  it("twin: a third tenant's share of a document itself (a Word file) is a file, not a page", async () => {
    const r = await report({
      from: 'helen@pemburycole.co.uk',
      subject: "Helen Stroud shared 'Engagement letter' with you",
      html: '<p>Helen Stroud shared a document with you.</p><p><a href="https://pcaccountants-my.sharepoint.com/:w:/g/personal/helen/EZk2v9Wq7M">Open document</a></p>',
    });
    expect(find(r, 'links.hacked-site')).to.equal(undefined);
  });
});
