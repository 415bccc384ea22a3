/**
 * Attack families set10 showed slipping (issue #16), each beside its false-alarm twin; every message here is
 * synthetic, written inline:
 * - a parcel's small surcharge to settle in Polish ("ureguluj dopłatę", lure-phrases.ts fee);
 * - a tax refund in Turkish ("vergi iadeniz") with a deadline in working days (lure-phrases.ts windfall, urgency);
 * - the inheritance story in Arabic (advance-fee-phrases-nonlatin.ts);
 * - an "AI investment platform" in Polish with a minimum deposit and places limited (lure-phrases.ts).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';

/** A plain-text message whose sender's domain passes DKIM, SPF and DMARC. */
function mail(from: string, domain: string, subject: string, text: string): MessageInput {
  const headers = [
    `Authentication-Results: mx.example.net; dkim=pass header.d=${domain} header.s=s1;\r\n\tspf=pass smtp.mailfrom=${domain};\r\n\tdmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <a81f2c9e41@mail.${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Anna <anna@example.pl>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return { headers: headers.join('\r\n') + '\r\n', text };
}

const statusOf = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('a parcel’s surcharge to settle, in Polish (content.lure fee)', () => {
  it('warns on "ureguluj dopłatę" for an underpaid parcel with a deadline, linking elsewhere', () => {
    const r = analyze(
      mail(
        'Paczki <powiadomienia@paczki-doplaty.example>',
        'paczki-doplaty.example',
        'Twoja paczka czeka na dopłatę',
        'Twoja paczka 6201118745 nie może zostać nadana z powodu niedopłaty 1,38 zł.\n\n' +
          'Ureguluj dopłatę w ciągu 24 godzin: https://paczki-doplaty.example/p/6201118745\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal('warn');
  });

  it('says nothing of a courier’s cash-on-delivery notice with its pickup deadline', () => {
    const r = analyze(
      mail(
        'Kurier <powiadomienia@kurier.example>',
        'kurier.example',
        'Przesyłka za pobraniem',
        'Twoja przesyłka za pobraniem czeka w punkcie odbioru. Kwota do zapłaty przy odbiorze: 45,00 zł.\n\n' +
          'Odbierz ją w ciągu 48 godzin: https://kurier.example/sledzenie/6201118745\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a tax refund in Turkish (content.lure windfall and urgency)', () => {
  it('warns on a refund awaiting approval, details to update within 3 working days', () => {
    const r = analyze(
      mail(
        'Gelir İdaresi <bilgi@iade-sorgu.example>',
        'iade-sorgu.example',
        'Vergi iadeniz hazır',
        'Sayın Mükellef,\n\n1.845,60 TL tutarında vergi iadeniz onay beklemektedir. Bilgilerinizi 3 iş günü içinde ' +
          'güncellemeniz gerekmektedir: https://iade-sorgu.example/\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal('warn');
  });

  it('says nothing of a notice that the refund was paid into the account', () => {
    const r = analyze(
      mail(
        'Muhasebe <bilgi@muhasebe.example>',
        'muhasebe.example',
        'Vergi iadesi',
        'Sayın Mükellef,\n\n2024 yılı vergi iadeniz hesabınıza aktarılmıştır. Ayrıntılar: https://muhasebe.example/iade\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('the inheritance story in Arabic (content.advance-fee)', () => {
  const lawyer =
    'السيد المحترم،\n\nأتواصل معكم بخصوص أحد عملائي الراحلين الذي توفي دون ورثة معروفين تاركاً مبلغ 4,700,000 دولار. ' +
    'أقترح أن نتقدم بكم كوريث شرعي، وسيتم تقسيم المبلغ بيننا. يرجى الرد على بريدي الخاص مع رقم هاتفكم.';

  it('fails the heir-to-a-stranger story when replies go to another free mailbox', () => {
    const msg = mail('المستشار <ahmed.law@gmail.com>', 'gmail.com', 'تركة', lawyer);
    msg.headers = msg.headers.replace('To: ', 'Reply-To: <chambers.private@outlook.com>\r\nTo: ');
    expect(statusOf(analyze(msg), 'content.advance-fee')).to.equal('fail');
  });

  it('does not fail a law firm’s probate letter from its own domain asking an heir for a phone number', () => {
    const r = analyze(
      mail(
        'مكتب المحاماة <info@lawfirm-eg.example>',
        'lawfirm-eg.example',
        'حصر الورثة',
        'السيد المحترم،\n\nلاستكمال إجراءات حصر الورثة بصفتكم وريث شرعي للمرحوم، نرجو تزويدنا بالاسم الكامل ورقم ' +
          'هاتفكم. مع خالص التحية، مكتب المحاماة',
      ),
    );
    expect(statusOf(r, 'content.advance-fee')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('an "AI investment platform" in Polish (content.lure investment and urgency)', () => {
  it('warns on the platform with a minimum deposit and places limited', () => {
    const r = analyze(
      mail(
        'Inwestycje <inwestycje.pl@outlook.com>',
        'outlook.com',
        'Program inwestycyjny',
        'Dzień dobry!\n\nUruchomiliśmy platformę: platforma oparta na sztucznej inteligencji. Minimalna wpłata: ' +
          '1 000 zł. Liczba miejsc ograniczona: https://bit.ly/inwest-pl\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal('warn');
  });

  it('says nothing of a bank’s newsletter describing its investment programme', () => {
    const r = analyze(
      mail(
        'Bank <newsletter@bank-pl.example>',
        'bank-pl.example',
        'Nowości w ofercie',
        'Dzień dobry,\n\nnasz program inwestycyjny dla klientów indywidualnych obejmuje teraz fundusze obligacji. ' +
          'Szczegóły: https://bank-pl.example/inwestycje\n',
      ),
    );
    expect(statusOf(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
