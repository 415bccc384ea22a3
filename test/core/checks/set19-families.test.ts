/**
 * Families set19 showed (issue #16), each beside its false-alarm twin; every message here is synthetic, written
 * inline:
 * - a government suffix spelled into a name of the phisher's own (`absher-gov-sa.com`, `gov.uk.<anything>.com`,
 *   `mvdis-gov.tw-notice.com`): sender.lookalike-domain's fourth form (sender.ts governmentSuffixLookalike);
 * - the portal account's services suspended, in the Arabic plural of respect, with the update due "within 24 hours"
 *   (lure-phrases-nonlatin.ts);
 * - Indian bank reward points "worth Rs" to redeem today before they lapse (lure-phrases.ts; brands.json: the SBI
 *   row names its loyalty programme SBI Rewardz and its domain);
 * - a Portuguese bank's "mandatory update" of the access details, the access to be suspended (lure-phrases.ts;
 *   brands.json: cgd);
 * - a Taiwanese traffic fine "awaiting payment" and a Chinese tax subsidy claimed by scanning a code and entering
 *   personal details (lure-phrases-nonlatin.ts);
 * - HMRC's own notices link to www.gov.uk, which only the government holds (brands.json: hmrc).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import { loadAllCheckData } from '../../../src/core/check-data';
import { halvorsenMail } from '../../helpers';

const status = (r: Report, id: string) => r.findings.find((f) => f.id === id)?.status;
const target = (r: Report) =>
  (r.findings.find((f) => f.id === 'sender.lookalike-domain')?.message.params as { target?: string } | undefined)
    ?.target;

before(() => loadAllCheckData());

describe('a government suffix spelled into the sender’s own name (sender.lookalike-domain)', () => {
  it('fails an Absher notice from eservices-gov-sa.com (no brand’s name in it), linking back there', () => {
    const r = analyze(
      halvorsenMail(
        'أبشر <no-reply@eservices-gov-sa.com>',
        'إشعار: تم تعليق بعض خدمات حسابكم',
        'عزيزي المستفيد،\nنفيدكم بأنه تم تعليق بعض خدمات حسابكم لعدم تحديث بيانات الهوية.\n' +
          'يرجى تحديث بياناتكم خلال ٢٤ ساعة من خلال الرابط: https://eservices-gov-sa.com/individuals/update\n',
      ),
    );
    expect(status(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(target(r)).to.equal('gov.sa');
    expect(status(r, 'content.lure')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a tax refund from a host that starts with gov.uk under a domain of its own', () => {
    const r = analyze(
      halvorsenMail(
        'HM Revenue <refunds@gov.uk.tax-rebate-centre.com>',
        'Tax refund notification',
        'You are eligible to receive a tax refund of £264.80. Claim it here: https://gov.uk.tax-rebate-centre.com/claim\n',
      ),
    );
    expect(status(r, 'sender.lookalike-domain')).to.equal('fail');
    expect(target(r)).to.equal('gov.uk');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails a Mexican SAT notice from sat-gob-mx.com', () => {
    const r = analyze(
      halvorsenMail(
        'SAT <avisos@sat-gob-mx.com>',
        'Aviso de cancelación de sellos digitales',
        'Estimado contribuyente, consulte su aviso en https://sat-gob-mx.com/aviso\n',
      ),
    );
    expect(target(r)).to.equal('gob.mx');
  });

  it('reads every country’s government suffix from the suffix list: a Colombian and a Kenyan one too', () => {
    const dian = analyze(
      halvorsenMail('DIAN <notificaciones@dian-gov-co.com>', 'Requerimiento', 'Consulte su requerimiento.\n'),
    );
    expect(target(dian)).to.equal('gov.co');
    const kra = analyze(halvorsenMail('KRA <itax@kra.go-ke.info>', 'iTax refund', 'Your refund is ready.\n'));
    expect(target(kra)).to.equal('go.ke');
  });

  it('leaves "go" beside a word that is no country code alone (go-travel.jp)', () => {
    const r = analyze(
      halvorsenMail('Go Travel <hello@go-travel.jp>', 'Your booking', 'Your booking to Osaka is confirmed.\n'),
    );
    expect(status(r, 'sender.lookalike-domain')).to.equal(undefined);
  });

  it('leaves GOV.UK Notify, a city’s GovDelivery bulletin and Absher’s own domain alone', () => {
    const notify = analyze(
      halvorsenMail(
        'Land Registry <no-reply@notifications.service.gov.uk>',
        'Your application has been received',
        'We have received your application. Track it at https://www.gov.uk/guidance/track-your-application\n',
      ),
    );
    expect(status(notify, 'sender.lookalike-domain')).to.equal(undefined);
    expect(notify.verdict).to.equal('no-red-flags');
    const bulletin = analyze(
      halvorsenMail(
        'City of Springfield <springfield@public.govdelivery.com>',
        'Street sweeping resumes Monday',
        'Street sweeping resumes on Monday. Details: https://content.govdelivery.com/accounts/ILSPRING/bulletins/3a1\n',
      ),
    );
    expect(status(bulletin, 'sender.lookalike-domain')).to.equal(undefined);
    expect(bulletin.verdict).to.equal('no-red-flags');
    const absher = analyze(
      halvorsenMail(
        'Absher <no-reply@absher.sa>',
        'تم تجديد هوية مقيم',
        'عزيزي المستفيد، تم تجديد هوية مقيم بنجاح. للاطلاع على التفاصيل ادخل إلى https://www.absher.sa\n',
      ),
    );
    expect(status(absher, 'sender.lookalike-domain')).to.equal(undefined);
    expect(absher.verdict).to.equal('no-red-flags');
  });
});

describe('an Arabic portal’s suspended services and the update due within 24 hours (content.lure)', () => {
  it('warns on the script from a domain of no one’s', () => {
    const r = analyze(
      halvorsenMail(
        'خدمات المستفيدين <info@tawasul-notice.com>',
        'تنبيه هام',
        'نود إشعاركم بأنه تم إيقاف جميع خدمات حسابكم مؤقتا.\nلتجنب إيقاف الخدمات الإلكترونية بشكل نهائي، يرجى ' +
          'تحديث بياناتكم خلال 24 ساعة: https://tawasul-notice.com/u\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal('warn');
  });

  it('leaves a shop’s "we will contact you within 24 hours" alone', () => {
    const r = analyze(
      halvorsenMail(
        'متجر الورد <orders@wardshop.example>',
        'تم استلام طلبك',
        'شكرا لطلبك. سيتم التواصل معكم خلال 24 ساعة لتأكيد موعد التوصيل. يمكنك تحديث بياناتك في حسابك لدينا.\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('bank reward points worth rupees, to redeem before they lapse today (SBI Rewardz)', () => {
  it('fails "SBI Rewardz" from a domain not the programme’s, linking to a redemption page elsewhere', () => {
    const r = analyze(
      halvorsenMail(
        'SBI Rewardz <points@rewardz-alerts.in>',
        'Your reward points worth Rs 4,210 will lapse today',
        'Dear Customer,\nYour SBI reward points worth Rs. 4,210 are due to expire today. Redeem your points now: ' +
          'https://sbi.points-redeem.top/yono\nPoints not redeemed by midnight will lapse permanently.\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(status(r, 'content.lure')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves the programme's own reminder, weeks ahead, from statebankrewardz.com alone", () => {
    const r = analyze(
      halvorsenMail(
        'SBI Rewardz <noreply@statebankrewardz.com>',
        'Reward points expiring on 31 March 2026',
        'Dear Member,\n1,240 of your reward points will expire on 31 March 2026. Browse the catalogue at ' +
          'https://www.statebankrewardz.com to redeem them.\n',
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('pass');
    expect(r.verdict).to.equal('no-red-flags');
  });

  it("leaves an airline's points statement alone", () => {
    const r = analyze(
      halvorsenMail(
        'SkyMiles Club <statements@skymiles-club.example>',
        'Your monthly points statement',
        'You earned 820 loyalty points this month. Points are valid for 36 months. See https://skymiles-club.example\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
  });
});

describe("a Portuguese bank's mandatory update of the access details (brands.json: cgd)", () => {
  it('fails "Caixa Geral de Depósitos" from a clinic’s mailbox, linking to a form anyone rents', () => {
    const r = analyze(
      halvorsenMail(
        'Caixa Geral de Depósitos <geral@clinica-sorriso-lx.pt>',
        'Caixadirecta: atualização obrigatória de dados',
        'Estimado(a) Cliente,\nÉ obrigatória a atualização dos seus dados de acesso até 30/06/2025. Caso a ' +
          'atualização não seja efetuada, o acesso à sua conta será temporariamente suspenso.\n' +
          'Atualizar: https://form.jotform.com/250000000000001\n',
        { authenticated: false },
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(status(r, 'content.lure')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves CGD's own statement notice from cgd.pt alone", () => {
    const r = analyze(
      halvorsenMail(
        'Caixa Geral de Depósitos <caixadirecta@cgd.pt>',
        'O seu extrato está disponível',
        'O extrato da sua conta de março já está disponível no Caixadirecta. Aceda em https://www.cgd.pt\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe('a Taiwanese traffic fine and a Chinese tax subsidy (content.lure)', () => {
  it('fails a fine "awaiting payment" from an unauthenticated sender with a short link', () => {
    const r = analyze(
      halvorsenMail(
        '交通罰鍰通知 <notice@fine-tw-service.com>',
        '【通知】交通違規罰單待繳',
        '您名下車輛有一筆違規紀錄，罰鍰金額新台幣 3,600 元尚未繳納。逾期未繳將暫停您的駕照。\n' +
          '立即繳納：https://reurl.cc/Ab12Cd\n',
        { authenticated: false },
      ),
    );
    expect(status(r, 'content.lure')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('leaves a receipt for a fine already paid alone', () => {
    const r = analyze(
      halvorsenMail(
        '繳費通知 <service@pay-tw.example>',
        '繳費成功通知',
        '您的交通罰鍰新台幣 1,200 元已於 2025/08/01 繳納完成，感謝您的配合。\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('fails a subsidy claimed by scanning a code and entering personal details, unauthenticated', () => {
    const r = analyze(
      halvorsenMail(
        '财务部 <finance@hengda-parts.example>',
        '关于发放个人所得税补贴的通知',
        '各部门员工：\n个人所得税补贴现已开始申领，请扫描下方二维码，填写银行卡信息完成登记，逾期视为自动放弃。\n',
        { authenticated: false },
      ),
    );
    expect(status(r, 'content.lure')).to.equal('warn');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it("leaves HR's payslip notice alone", () => {
    const r = analyze(
      halvorsenMail(
        '人力资源部 <hr@hengda-parts.example>',
        '6月工资条已发放',
        '各位同事：6月工资条已发放，请登录公司内网查看。如有疑问请联系人力资源部。\n',
      ),
    );
    expect(status(r, 'content.lure')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});

describe("HMRC's notices link to www.gov.uk (brands.json: hmrc)", () => {
  it('does not fail an HMRC reminder read without trusted authentication for linking to www.gov.uk', () => {
    const r = analyze(
      halvorsenMail(
        'HM Revenue and Customs <noreply@notifications.service.gov.uk>',
        'Your Self Assessment tax return is due',
        'Your tax return is due by 31 January. Search GOV.UK for Self Assessment or go to ' +
          'https://www.gov.uk/log-in-file-self-assessment-tax-return\n',
        { authenticated: false },
      ),
    );
    expect(status(r, 'links.host-mismatch')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('still fails an HMRC claim linking somewhere else', () => {
    const r = analyze(
      halvorsenMail(
        'HMRC <noreply@hmrc-refunds.info>',
        'Tax refund',
        'You are eligible to receive a tax refund. Claim it at https://hmrc-claim.example-refund.com/\n',
        { authenticated: false },
      ),
    );
    expect(status(r, 'sender.brand-mismatch')).to.equal('fail');
    expect(r.verdict).to.equal('likely-phishing');
  });
});
