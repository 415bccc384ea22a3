/**
 * The lure lexicon in the languages people get phishing in beyond the nine (issue #16, items 6 and 10): Polish,
 * Czech, Turkish, Swedish, Danish, Norwegian, Finnish, Romanian, Hungarian, Greek, Vietnamese, Indonesian, Thai,
 * traditional Chinese and Korean, each with a phishing sample as national warnings quote it and a genuine notice of
 * the same country's post, bank or office that must hold one family at most. Fixtures lex-*-national.synthetic.txt.
 */
import { expect } from 'chai';
import { familiesOf, testSamples } from './lure-samples';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import { offerEvidence } from '../../../src/core/checks/document-offer';
import { loadDocumentOffer } from '../../../src/core/checks/rented-page';

describe('lure lexicon in the national phishing of fifteen more languages', () => {
  testSamples('lex-lures-national.synthetic.txt', 'lex-ordinary-national.synthetic.txt', { lures: 15, ordinary: 15 });
});

describe('the "scan the QR code" prompt in the same languages (links.qr-prompt)', () => {
  const mail = (body: string) =>
    [
      'From: Security <no-reply@secure-authenticator-sync.com>',
      'To: user@example.com',
      'Subject: MFA',
      'Date: Tue, 14 Oct 2025 09:12:40 +0200',
      'Content-Type: text/plain; charset=utf-8',
      '',
      body,
    ].join('\r\n');

  for (const body of [
    'Zeskanuj kod QR telefonem, aby ponownie aktywować uwierzytelnianie.',
    'Naskenujte QR kód mobilním telefonem.',
    'Karekodu telefonunuzla okutunuz.',
    'Skanna QR-koden med din mobil för att fortsätta.',
    'Scan QR-koden med din telefon.',
    'Skann QR-koden med mobilen din.',
    'Skannaa QR-koodi puhelimellasi.',
    'Scanați codul QR cu telefonul.',
    'Olvassa be a QR-kódot a telefonjával.',
    'Σαρώστε τον κωδικό QR με το κινητό σας.',
    'Quét mã QR bằng điện thoại để xác thực.',
    'Pindai kode QR berikut dengan ponsel Anda.',
    'กรุณาสแกนคิวอาร์โค้ดด้วยโทรศัพท์ของคุณ',
    '請用手機掃描下方QR Code完成驗證。',
  ]) {
    it(`reads "${body}"`, async () => {
      const report = analyze(await parseMessage(mail(body)));
      expect(report.findings.filter((f) => f.id === 'links.qr-prompt').map((f) => f.status)).to.deep.equal(['warn']);
    });
  }

  it('twin: a parcel notice with a pickup code and no QR instruction says nothing of it', async () => {
    const report = analyze(await parseMessage(mail('Odbierz paczkę w Paczkomacie. Kod odbioru: 123456.')));
    expect(report.findings.filter((f) => f.id === 'links.qr-prompt')).to.deep.equal([]);
  });
});

describe('the document offered behind a link in Finnish, Romanian, Hungarian, Indonesian, Greek, Vietnamese and Thai', () => {
  before(() => loadDocumentOffer());

  for (const text of [
    'Avaa asiakirja',
    'Vizualizați documentul',
    'Dokumentum megtekintése',
    'Lihat dokumen',
    'Προβολή εγγράφου',
    'Xem tài liệu',
    'ดูเอกสาร',
    'Kari har delt et dokument med deg',
  ]) {
    it(`finds the button "${text}"`, () => {
      expect(offerEvidence('', text, '')?.kind).to.equal('document');
    });
  }

  it('twin: the noun alone, "the document is attached", is not an offer', () => {
    expect(offerEvidence('Asiakirja liitteenä', undefined, 'Dokumen terlampir. Το έγγραφο επισυνάπτεται.')).to.equal(
      undefined,
    );
  });
});

describe('Greek and Cyrillic lures in capitals, as kits write subjects', () => {
  it('reads an all-capitals Greek parcel-fee lure as its lower-case, accented phrases', () => {
    expect(familiesOf('ΤΟ ΔΕΜΑ ΣΑΣ ΚΡΑΤΕΙΤΑΙ', 'ΕΚΚΡΕΜΕΙ ΠΛΗΡΩΜΗ ΤΕΛΩΝΕΙΑΚΩΝ ΤΕΛΩΝ')).to.equal(
      familiesOf('Το δέμα σας κρατείται', 'Εκκρεμεί πληρωμή τελωνειακών τελών'),
    );
    expect(familiesOf('ΤΟ ΔΕΜΑ ΣΑΣ ΚΡΑΤΕΙΤΑΙ', 'ΕΚΚΡΕΜΕΙ ΠΛΗΡΩΜΗ')).to.not.equal('');
  });

  it('reads an all-capitals Russian mailbox lure, with ё written as е', () => {
    expect(
      familiesOf('ПОЧТОВЫЙ ЯЩИК ПЕРЕПОЛНЕН', 'ВАША УЧЁТНАЯ ЗАПИСЬ БУДЕТ ЗАБЛОКИРОВАНА В ТЕЧЕНИЕ 24 ЧАСОВ'),
    ).to.not.equal('');
  });

  it('twin: an ordinary Greek notice in capitals holds no lure', () => {
    expect(familiesOf('ΕΝΗΜΕΡΩΣΗ ΓΙΑ ΤΗ ΣΥΝΑΝΤΗΣΗ', 'Η ΣΥΝΑΝΤΗΣΗ ΜΕΤΑΦΕΡΕΤΑΙ ΓΙΑ ΤΗΝ ΤΡΙΤΗ')).to.equal('');
  });
});
