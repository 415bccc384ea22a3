/**
 * A national or global brand's name joined to a lure word of its own country's language (brands/lure-words-local.ts,
 * read by sender.lookalike-domain and links.lookalike-host once checks/lookalike-host-words.ts is loaded), a brand's
 * own abbreviation (`spk` for Sparkasse), and a name two brands hold told as the holder the look-alike points to
 * (`mygov-au-notice.com`: Australia's myGov, not India's). Each beside its false-alarm twin. Synthetic, real-shaped
 * messages.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { loadAllCheckData } from '../../../src/core/check-data';
import { ABBREVIATED, forgetLookalikeHostWords } from '../../../src/core/checks/lookalike-host';
import { ABBREVIATIONS } from '../../../src/core/brands/lure-words-local';
import type { Finding, Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { translate } from '../../../src/i18n';

/** A message from `from` to `to`, its domain passing DKIM, SPF and DMARC unless `auth` is false. */
function mail(
  from: string,
  subject: string,
  html: string,
  { auth = true, to = 'j.novak@harlowmech.co.uk' }: { auth?: boolean; to?: string } = {},
): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const mx = to.slice(to.indexOf('@') + 1);
  const lines = [
    'Received: from mail.sender-host.example (mail.sender-host.example [203.0.113.25])',
    `\tby mx.${mx} (Postfix) with ESMTPS id 4Qx1Zt0Lm2z9sR`,
    `\tfor <${to}>; Tue, 11 Nov 2025 09:14:07 +0000 (GMT)`,
    ...(auth
      ? [
          `Authentication-Results: mx.${mx};\r\n\tdkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=quarantine) header.from=${domain}`,
        ]
      : [`Authentication-Results: mx.${mx};\r\n\tdkim=none;\r\n\tspf=none smtp.mailfrom=${domain};\r\n\tdmarc=none`]),
    `Message-ID: <20251111091403.4f1c@${domain}>`,
    'Date: Tue, 11 Nov 2025 09:14:03 +0000',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset="utf-8"',
  ];
  return { headers: lines.join('\r\n') + '\r\n', html };
}

const find = (r: Report, id: string): Finding | undefined => r.findings.find((f) => f.id === id);
const lookalike = (r: Report) => find(r, 'sender.lookalike-domain');
const sentence = (f: Finding | undefined, lang: 'en' | 'ja') => translate(lang, f!.message.key, f!.message.params);

describe("a brand's name joined to a lure word of its own language (sender.lookalike-domain, links.lookalike-host)", () => {
  const SENDERS: [string, string, string, string, string][] = [
    [
      'Greek "security" beside the National Bank of Greece',
      'Εθνική Τράπεζα <asfaleia@nbg-asfaleia.gr>',
      'Ειδοποίηση ασφαλείας',
      '<p>Αγαπητέ πελάτη, ο λογαριασμός σας έχει περιοριστεί. Επιβεβαιώστε τα στοιχεία σας.</p><a href="https://nbg-asfaleia.gr/e-banking">Σύνδεση</a>',
      'nbg.gr',
    ],
    [
      'Polish "surcharge" beside InPost',
      'InPost <powiadomienia@inpost-doplaty.pl>',
      'Dopłata do przesyłki',
      '<p>Twoja paczka czeka na dopłatę 2,99 zł. Bez dopłaty przesyłka wróci do nadawcy.</p><a href="https://inpost-doplaty.pl/zaplac">Zapłać</a>',
      'inpost.pl',
    ],
    [
      "Sparkasse's own abbreviation with the German 'security procedure'",
      'Sparkasse <service@spk-sicherheitsverfahren.de>',
      'Neues Sicherheitsverfahren',
      '<p>Sehr geehrter Kunde, ab sofort gilt ein neues Sicherheitsverfahren. Bitte bestätigen Sie Ihre Daten.</p><a href="https://spk-sicherheitsverfahren.de/login">Jetzt bestätigen</a>',
      'sparkasse.de',
    ],
    [
      'Danish "refund" beside SKAT',
      'Skattestyrelsen <noreply@skat-refusion.dk>',
      'Du har penge tilgode',
      '<p>Du har ret til en tilbagebetaling på 4.250 kr. Bekræft dit kort for at modtage beløbet.</p><a href="https://skat-refusion.dk/nemkonto">Modtag</a>',
      'skat.dk',
    ],
    [
      "Deutsche Post's everyday name 'Post' beside the German 'online service' (told as Deutsche Post's, not Swiss Post's)",
      'Deutsche Post <info@post-onlinedienst.de>',
      'Ihre Sendung wartet',
      '<p>Ihre Sendung konnte nicht zugestellt werden. Bitte zahlen Sie die Gebühr von 1,99 EUR.</p><a href="https://post-onlinedienst.de/zahlung">Gebühr zahlen</a>',
      'deutschepost.de',
    ],
  ];

  for (const [what, from, subject, html, target] of SENDERS) {
    it(`fails ${what}: ${from.slice(from.indexOf('@') + 1, -1)} imitates ${target}`, () => {
      const r = analyze(mail(from, subject, html, { auth: false }));
      const f = lookalike(r);
      expect(f, what).to.include({ status: 'fail' });
      expect(f!.message.params).to.include({ target });
      expect(sentence(f, 'en')).to.include(target);
      expect(sentence(f, 'ja')).to.include(target);
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  it('fails a link to inpost-doplaty.pl in a notice naming InPost, sent from a taken-over mailbox', () => {
    const r = analyze(
      mail(
        'Sklep Ogrodowy <biuro@ogrodowy-sklep.pl>',
        'InPost: dopłata do przesyłki',
        '<p>InPost: Twoja paczka wymaga dopłaty 1,99 zł.</p><a href="https://inpost-doplaty.pl/p/88121">Zapłać teraz</a>',
        { to: 'anna@poczta-firmy.pl' },
      ),
    );
    expect(find(r, 'links.lookalike-host')).to.include({ status: 'fail' });
    expect(find(r, 'links.lookalike-host')!.message.params).to.include({ host: 'inpost-doplaty.pl', brand: 'InPost' });
  });

  /** A Sparkasse notice from a taken-over shop mailbox (set43 p-de-01's shape), its one link to `host`. */
  const pushTan = (host: string) =>
    analyze(
      mail(
        'Sparkasse <kundenservice@blumen-laden-shop.de>',
        'Wichtig: Ihr pushTAN-Verfahren muss aktualisiert werden',
        `<p>Ihr pushTAN-Verfahren muss bis zum 28.02. neu registriert werden, sonst wird Ihr Online-Banking gesperrt.</p><a href="https://${host}/login">Jetzt aktualisieren</a><p>Ihre Sparkasse</p>`,
        { to: 'm.becker@maschinenbau-kessler.de' },
      ),
    );

  it("fails a link to the bank's name, its sign-in procedure and an update page (sparkasse-pushtan-aktualisierung.de)", () => {
    for (const host of ['sparkasse-pushtan-aktualisierung.de', 'sparkasse-chiptan-umstellung.com']) {
      const f = find(pushTan(host), 'links.lookalike-host');
      expect(f, host).to.include({ status: 'fail' });
      expect(f!.message.params).to.include({ host, brand: 'Sparkasse' });
    }
  });

  it('twin: the procedure alone beside the name (sparkasse-pushtan.de) may be a page of the bank: no look-alike', () => {
    expect(find(pushTan('sparkasse-pushtan.de'), 'links.lookalike-host')).to.equal(undefined);
    expect(find(pushTan('pushtan-aktualisierung.de'), 'links.lookalike-host')).to.equal(undefined);
  });

  it("leaves the brands' own mail alone: InPost from inpost.pl, Sparkasse Ingolstadt Eichstätt from spk-in-ei.de", () => {
    const inpost = analyze(
      mail(
        'InPost <powiadomienia@inpost.pl>',
        'Twoja paczka jest w drodze',
        '<p>Twoja paczka jest w drodze do Paczkomatu.</p><a href="https://inpost.pl/sledzenie-przesylek?number=6209">Śledź przesyłkę</a>',
      ),
    );
    const spk = analyze(
      mail(
        'Sparkasse Ingolstadt Eichstätt <info@spk-in-ei.de>',
        'Ihr Kontoauszug ist da',
        '<p>Ihr elektronischer Kontoauszug steht im Online-Banking bereit.</p><a href="https://www.spk-in-ei.de/de/home.html">Zum Online-Banking</a>',
      ),
    );
    for (const r of [inpost, spk]) {
      expect(lookalike(r)).to.equal(undefined);
      expect(find(r, 'links.lookalike-host')).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    }
  });

  it('leaves a Greek insurer named for insurance (asfaleia), unrelated to NBG, alone', () => {
    const r = analyze(
      mail(
        'Kyklos Asfaleia <info@kyklos-asfaleia.gr>',
        'Ανανέωση ασφαλιστηρίου',
        '<p>Το ασφαλιστήριο του οχήματός σας λήγει στις 30/11. Δείτε την προσφορά ανανέωσης.</p><a href="https://www.kyklos-asfaleia.gr/ananeosi">Προσφορά</a>',
      ),
    );
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves a company whose name holds a lure word but no brand alone (sicherheit-online.de's newsletter)", () => {
    const r = analyze(
      mail(
        'Sicherheit Online <redaktion@sicherheit-online.de>',
        'Newsletter: Alarmanlagen im Test',
        '<p>Unsere Redaktion hat zwölf Alarmanlagen getestet.</p><a href="https://sicherheit-online.de/test/alarmanlagen">Zum Test</a>',
      ),
    );
    expect(lookalike(r)).to.equal(undefined);
    expect(find(r, 'links.lookalike-host')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves the reader's own organisation alone, even when its domain holds a brand's name and such a word", () => {
    const r = analyze(
      mail(
        'IT-Service <it@post-onlinedienst.de>',
        'Wartungsfenster',
        '<p>Am Samstag ist das Intranet von 8 bis 10 Uhr nicht erreichbar.</p>',
        { to: 'team@post-onlinedienst.de' },
      ),
    );
    expect(lookalike(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("has a fresh pane ask for the words for a sender's domain of that shape, then fail it", async () => {
    const message = mail(
      'Skattestyrelsen <noreply@skat-refusion.dk>',
      'Du har penge tilgode',
      '<p>Du har ret til en tilbagebetaling på 4.250 kr.</p>',
      { auth: false },
    );
    forgetLookalikeHostWords();
    try {
      const first = analyze(message);
      expect(first.needs).to.include('lookalike-host');
      expect(lookalike(first)).to.equal(undefined);
      // The reader's own domain asks for nothing.
      const own = analyze(
        mail('IT <it@post-onlinedienst.de>', 'Wartung', '<p>Intranet.</p>', { to: 'team@post-onlinedienst.de' }),
      );
      expect(own.needs ?? []).to.not.include('lookalike-host');
    } finally {
      await loadAllCheckData();
    }
    expect(lookalike(analyze(message))).to.include({ status: 'fail' });
  });
});

describe('a look-alike of a name two brands hold, told as the holder it points to (sender.lookalike-domain)', () => {
  const notice =
    '<p>You have a new message in your myGov inbox about your tax refund.</p><a href="https://mygov-au-notice.com/inbox">Sign in to myGov</a>';

  it("names Australia's myGov (my.gov.au) for mygov-au-notice.com, in English and Japanese", () => {
    const r = analyze(
      mail('myGov <noreply@mygov-au-notice.com>', 'New message in your myGov inbox', notice, { auth: false }),
    );
    const f = lookalike(r);
    expect(f).to.include({ status: 'fail' });
    expect(f!.message.params).to.include({ target: 'my.gov.au' });
    for (const lang of ['en', 'ja'] as const) {
      expect(sentence(f, lang)).to.include('my.gov.au').and.not.include('mygov.in');
      expect(r.story.map((s) => translate(lang, s.key, s.params)).join(' ')).to.not.include('mygov.in');
    }
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("names India's MyGov (mygov.in) for a look-alike under India's top-level domain", () => {
    const r = analyze(
      mail('MyGov <updates@mygov-verify.co.in>', 'Verify your MyGov account', '<p>Verify your MyGov account.</p>', {
        auth: false,
      }),
    );
    expect(lookalike(r)!.message.params).to.include({ target: 'mygov.in' });
  });

  it("names the holder of the reader's own country when the domain gives none (a reader under .com.au)", () => {
    const r = analyze(
      mail('myGov <noreply@mygov-notice.com>', 'New message in your myGov inbox', notice, {
        auth: false,
        to: 'accounts@harbourtimber.com.au',
      }),
    );
    expect(lookalike(r)!.message.params).to.include({ target: 'my.gov.au' });
  });

  it('names both holders, claiming no country, when nothing tells them apart', () => {
    const r = analyze(mail('myGov <noreply@mygov-notice.com>', 'New message', notice, { auth: false }));
    const f = lookalike(r);
    expect(f).to.include({ status: 'fail' });
    for (const lang of ['en', 'ja'] as const) expect(sentence(f, lang)).to.include('mygov.in').and.include('my.gov.au');
  });

  it("keeps a global brand's own domain for its bare name (yahoo.com, not Yahoo! JAPAN's) and names a country's site by the TLD", () => {
    const yahoo = analyze(
      mail('Yahoo <account@yahoo-security.com>', 'Sign-in alert', '<p>Yahoo sign-in.</p>', { auth: false }),
    );
    expect(lookalike(yahoo)!.message.params).to.include({ target: 'yahoo.com' });
    const amazon = analyze(
      mail('Amazon <konto@amazon-sicherheit.de>', 'Ihr Konto wurde gesperrt', '<p>Amazon Konto.</p>', { auth: false }),
    );
    expect(lookalike(amazon)!.message.params).to.include({ target: 'amazon.de' });
  });

  it("leaves Australia's own myGov mail and India's own MyGov mail alone", () => {
    const au = analyze(
      mail(
        'myGov <noreply@my.gov.au>',
        'New message in your myGov inbox',
        '<p>You have a new message.</p><a href="https://my.gov.au/">myGov</a>',
      ),
    );
    const india = analyze(
      mail(
        'MyGov <newsletter@mygov.in>',
        'MyGov Newsletter',
        '<p>Take part in the quiz.</p><a href="https://www.mygov.in/">MyGov</a>',
      ),
    );
    for (const r of [au, india]) {
      expect(lookalike(r)).to.equal(undefined);
      expect(r.verdict).to.equal('no-red-flags');
    }
  });
});

describe("the brands' abbreviations the task pane asks the words for", () => {
  it('are every abbreviation lure-words-local.ts reads, and each has its source', () => {
    for (const a of ABBREVIATIONS) {
      expect(ABBREVIATED.test(`${a.abbreviation}-sicherheit`), a.abbreviation).to.equal(true);
      expect(ABBREVIATED.test(`x${a.abbreviation}-sicherheit`), a.abbreviation).to.equal(false);
      expect(a.source).to.match(/https:\/\//);
    }
    expect(ABBREVIATED.source.match(/\w{2,}/g)).to.deep.equal(ABBREVIATIONS.map((a) => a.abbreviation));
  });
});
