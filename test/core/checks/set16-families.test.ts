/**
 * Families set16 showed (issue #16), each beside its false-alarm twin; every message here is synthetic, written
 * inline:
 * - one name, two governments: "MyGov" is India's citizen-engagement platform (mygov.in) as well as Australia's myGov
 *   (my.gov.au, in the ATO's row). India's own newsletter read as an Australian brand's fake; the Australian fakes
 *   must still fail (brands.json: mygov-india);
 * - national portals the table lacked, named in their own script: Naver's "new sign-in" notice (네이버) from a domain
 *   registered for it, Gosuslugi's "confirm your data" (Госуслуги) from a free mailbox (brands.json: naver, gosuslugi);
 * - vendor email compromise in Indian business English: "we have changed our collection account … kindly make the
 *   pending remittance to the below account going forward" (money-route-phrases.ts: rebank, remit);
 * - a German tax adviser's taken-over mailbox offering "die Unterlagen … zur Durchsicht bereit" and "Dateien in Dropbox
 *   ansehen" on a page anyone rents (document-offer-phrases.ts, read by links.rented-page).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { loadAllCheckData } from '../../../src/core/check-data';
import { halvorsenMail } from '../../helpers';

const status = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;

describe('a name two governments hold: MyGov (India) and myGov (Australia)', () => {
  it("leaves India's MyGov newsletter, authenticated for mygov.in and linking to its own quiz site, alone", () => {
    const r = analyze(
      halvorsenMail(
        'MyGov <newsletter@mygov.in>',
        'MyGov weekly: Independence Day quiz',
        'Dear citizen,\n\nThis week on MyGov: take part in the Independence Day Quiz 2025. The top scorers win ' +
          'prizes of up to Rs 5,000.\n\nTake the quiz: https://quiz.mygov.in/quiz/independence-day-quiz-2025/\n\n' +
          'MyGov, Ministry of Electronics and Information Technology, Government of India\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(r.findings.some((f) => f.id === 'links.host-mismatch')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves Australia's own myGov inbox notice from my.gov.au alone", () => {
    const r = analyze(
      halvorsenMail(
        'myGov <noreply@my.gov.au>',
        'You have a new message in your myGov inbox',
        'You have a new message in your myGov inbox.\n\nTo read it, sign in to myGov directly: go to my.gov.au ' +
          'yourself. We never send links to sign in.\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves the ATO's digital identity app myGovID alone, mailing from mygovid.gov.au (its name holds myGov)", () => {
    const r = analyze(
      halvorsenMail(
        'myGovID <noreply@mygovid.gov.au>',
        'Your myGovID details have changed',
        'Your myGovID email address was updated on 3 March 2025.\n\nIf you did not make this change, contact the ' +
          'myGovID support line. Find out more at https://www.mygovid.gov.au/help-top-enquiries\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails a myGov notice from a domain registered to look like it, linking to a rented page', () => {
    const r = analyze(
      halvorsenMail(
        'myGov <no-reply@mygov-au-notice.com>',
        'You have a new message in your myGov inbox',
        'You have a new message in your myGov inbox about your tax refund.\n\nSign in to view it: ' +
          'https://mygov-secure-inbox.sn0wfall-8b2.workers.dev/login\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('still fails "MyGov" written from a free mailbox', () => {
    const r = analyze(
      halvorsenMail(
        'MyGov India <mygov.helpdesk.in@gmail.com>',
        'Claim your MyGov quiz prize',
        'Congratulations! You won the MyGov quiz. Claim your prize of Rs 25,000: https://mygov-prize.web.app/claim\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});

describe("a national portal's notice, named in its own script (brands.json: naver, gosuslugi)", () => {
  it('fails "네이버" writing from a domain registered with its name, linking back there', () => {
    const r = analyze(
      halvorsenMail(
        '네이버 <no-reply@nid-naver-security.com>',
        '[네이버] 새로운 환경에서 로그인되었습니다.',
        '새로운 환경에서 로그인되었습니다.\n위치: 러시아\n본인이 아닌 경우 즉시 비밀번호를 변경하세요.\n' +
          'https://nid-naver-security.com/nidlogin.login?mode=protect\n',
      ),
    );
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves Naver's own sign-in notice, from navercorp.com and linking to nid.naver.com, alone", () => {
    const r = analyze(
      halvorsenMail(
        '네이버 <navercorp@navercorp.com>',
        '[네이버] 새로운 환경에서 로그인되었습니다.',
        '새로운 환경에서 로그인되었습니다.\n본인이 아닌 경우 비밀번호를 변경하세요.\nhttps://nid.naver.com/user2/help/myInfo\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.not.equal('fail');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails "Госуслуги" written from a free mailbox, linking to a look-alike Cyrillic domain', () => {
    const r = analyze(
      halvorsenMail(
        'Госуслуги <gosuslugi.uvedomlenie@mail.ru>',
        'Ваша учётная запись Госуслуг будет заблокирована',
        'В вашей учётной записи обнаружена подозрительная активность. Подтвердите личные данные в течение 24 ' +
          'часов: https://xn----dtbbahvtxfyaxc6a.xn--p1ai/login\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves Gosuslugi's own confirmation code, from gosuslugi.ru, alone", () => {
    const r = analyze(
      halvorsenMail(
        'Госуслуги <no-reply@gosuslugi.ru>',
        'Код подтверждения',
        'Ваш код подтверждения: 482913. Никому не сообщайте этот код.\nhttps://www.gosuslugi.ru/\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("a payee's changed account in Indian business English (content.bank-change)", () => {
  before(() => loadAllCheckData());

  it('fails "we have changed our collection account … to the below account going forward"', () => {
    const r = analyze(
      halvorsenMail(
        'Suresh Iyer <suresh.iyer@kirloskarpumps-in.example.com>',
        'RE: Payment schedule - PO 4500018732',
        'Dear Anita,\n\nPlease note that we have changed our collection account due to an ongoing audit of our ' +
          'current account. Kindly make the pending remittance against PO 4500018732 (INR 8,46,300) to the below ' +
          'account going forward:\n\nBank: IndusInd Bank\nA/c No: 259874413620\nIFSC: INDB0000742\n\n' +
          'Request you to kindly confirm once updated in your vendor master.\n',
      ),
    );
    expect(status(r, 'content.bank-change')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves a supplier's reminder to pay the account on file, with its bank details, alone", () => {
    const r = analyze(
      halvorsenMail(
        'Suresh Iyer <suresh.iyer@kirloskarpumps.example.com>',
        'Payment reminder - PO 4500018732',
        'Dear Anita,\n\nKindly make the pending remittance against PO 4500018732 (INR 8,46,300) to our collection ' +
          'account as per your vendor master. Our bank account details remain unchanged going forward:\n\n' +
          'Bank: IndusInd Bank\nA/c No: 259874413620\nIFSC: INDB0000742\n',
      ),
    );
    expect(r.findings.some((f) => f.id === 'content.bank-change')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('documents offered for review in German, on a page anyone rents (links.rented-page)', () => {
  before(() => loadAllCheckData());

  const adviser = (url: string) =>
    halvorsenMail(
      'Kanzlei Hoffmann Steuerberatung <j.hoffmann@stb-hoffmann-koeln.example.de>',
      'Dokumente zu Ihrer Einkommensteuer 2024 bereitgestellt',
      'Guten Tag Frau Marsh,\n\nanbei stellen wir Ihnen die Unterlagen zu Ihrer Einkommensteuererklärung 2024 zur ' +
        `Durchsicht bereit.\n\nDateien in Dropbox ansehen: ${url}\n\nMit freundlichen Grüßen\nJörg Hoffmann\n`,
    );

  it('fails the offer when its link opens a rented worker page', () => {
    const r = analyze(adviser('https://dbx-share-docs.kanzlei-portal.workers.dev/s/ESt2024'));
    expect(status(r, 'links.rented-page')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the same offer alone when the link is Dropbox's own share", () => {
    const r = analyze(adviser('https://www.dropbox.com/scl/fo/k3v9x2/ESt2024?rlkey=q8w7e6&dl=0'));
    expect(r.findings.some((f) => f.id === 'links.rented-page')).to.equal(false);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a club\'s photos "zur Ansicht bereit" on its own site-builder page alone', () => {
    const r = analyze(
      halvorsenMail(
        'TSV Musterdorf <vorstand@tsv-musterdorf.example.de>',
        'Fotos vom Sommerfest',
        'Hallo zusammen,\n\ndie Fotos vom Sommerfest stehen zur Ansicht bereit: ' +
          'https://tsv-musterdorf.jimdofree.com/fotos\n\nViele Grüße\nder Vorstand\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
