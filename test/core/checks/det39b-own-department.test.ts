/**
 * The finance department's "all colleagues" subsidy circular sent from a stranger's mailbox (issue #16, set45
 * p-zh-01: 「各位同事：…我单位已完成…个人所得税补贴核算…请全体员工…扫描二维码…绑定工资卡…逾期视为自动放弃」 signed 财务部,
 * from a supplier's Tencent Exmail). Two signs, each for the family rather than the one letter:
 * 1. sender.own-org-impersonation (own-department.ts staffGreeting): a nameless department ("财务部", "人事部",
 *    "総務部") greeting our colleagues themselves (「各位同事」「職員各位」"Dear colleagues": own-org-phrases.ts
 *    STAFF_GREETINGS) from a domain that is not ours, with a link or QR code to a third party.
 * 2. content.payout-details (payout-phrases.ts `details`): the subsidy to be received by binding the payroll card on
 *    the page the QR code opens (「绑定工资卡」, 「給与振込口座を登録」, 「급여계좌 등록」), with the forfeit: whatever the
 *    display name says (a person's name, or a name the reader's client could not decode).
 * Twins: a sister company's HR greeting 各位同事 about payslips on the intranet (no link, or its own); our own finance department's circular from our own authenticated domain, its QR code on our own site; a
 * supplier's genuine letter to its customer naming its own finance department (「我司财务部已开具发票」); an employer's
 * genuine payroll notice that names the card without money waiting for the reader.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import type { Report } from '../../../src/core/report';
import type { MessageInput } from '../../../src/core/types';
import { loadAllCheckData } from '../../../src/core/check-data';

before(() => loadAllCheckData());

const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);

function mail(from: string, to: string, subject: string, body: string, extra: Partial<MessageInput> = {}) {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const rcpt = to.slice(to.indexOf('@') + 1, to.indexOf('>'));
  const headers = [
    `Received: from smtpbg151.qq.com (smtpbg151.qq.com [203.205.250.88]) by mx.${rcpt}`,
    ' with ESMTPS id 4qRMrq; Wed, 12 Mar 2025 10:09:24 +0800',
    `Authentication-Results: mx.${rcpt}; dkim=pass header.d=${domain} header.s=s1;`,
    ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
    `Message-ID: <a744f6753af83e59@${domain}>`,
    'Date: Wed, 12 Mar 2025 10:08:51 +0800',
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset="utf-8"',
  ];
  return analyze({ headers: headers.join('\r\n') + '\r\n', text: body, ...extra });
}

const WANG = '王丽 <wangli@huaxin-elec.com.cn>';
const qrTo = (url: string) => ({ qr: { codes: [{ image: 'image001.gif', text: url }], skipped: [] } });
const AWAY = qrTo('http://gszl-btsl.cn/sq/index.html?id=20250312');
const CIRCULAR =
  '各位同事：\n我单位已完成2024年度个人所得税补贴核算工作。请于3月15日前通过手机扫描下方二维码进行申领登记，' +
  '逾期视为自动放弃。\n申领流程：扫码 → 填写个人信息 → 绑定工资卡 → 提交审核\n财务部\n2025年3月12日\n';

describe('det39b: our own department’s "all colleagues" circular from a stranger’s mailbox', () => {
  it('fails the finance department greeting 各位同事 from a supplier’s domain: likely phishing', () => {
    const r = mail('财务部 <hr@jinyuan-mould.com>', WANG, '关于2024年度个人所得税补贴申领的通知', CIRCULAR, AWAY);
    const f = one(r, 'sender.own-org-impersonation');
    expect(f?.message.key).to.equal('sender.own-org-impersonation.department');
    expect(f?.evidence.map((e) => e.highlight)).to.include('各位同事');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails the Japanese general-affairs circular to 職員各位 from a foreign domain', () => {
    const body =
      '職員各位\n年末調整の還付金の受け取りには、下記の二次元コードから給与振込口座を登録してください。\n' +
      '期限を過ぎると受け取れなくなります。\n総務部\n';
    const r = mail(
      '総務部 <info@kanto-parts-supply.jp>',
      '佐藤 <sato@minato-kogyo.co.jp>',
      '年末調整還付金',
      body,
      AWAY,
    );
    expect(one(r, 'sender.own-org-impersonation')?.message.key).to.equal('sender.own-org-impersonation.department');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('fails "Dear colleagues" from a nameless HR department on a foreign domain, its link on a third host', () => {
    const body =
      'Dear colleagues,\nThe 2025 cost-of-living allowance has been approved. Register before Friday to have it ' +
      'added to your March salary:\nhttps://allowance-registration.pages.dev/2025\nHR Department\n';
    const r = mail(
      'HR Department <office@lakeside-dental.co.uk>',
      'Jordan Lee <jordan.lee@example.net>',
      'Allowance',
      body,
    );
    const f = one(r, 'sender.own-org-impersonation');
    expect(f?.message.key).to.equal('sender.own-org-impersonation.department');
    expect(f?.evidence.map((e) => e.highlight)).to.include('Dear colleagues');
  });

  it('fails the subsidy kit by its wording alone when the display name is a person’s: the payroll card bound', () => {
    const r = mail('张敏 <zhangmin@jinyuan-mould.com>', WANG, '补贴申领通知', CIRCULAR, AWAY);
    const f = one(r, 'content.payout-details');
    expect(f?.status).to.equal('fail');
    expect(f?.evidence.map((e) => e.highlight)).to.include('绑定工资卡');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('twin: our own finance department’s circular from our own domain, its QR code on our own site, stays clean', () => {
    const r = mail(
      '财务部 <caiwu@huaxin-elec.com.cn>',
      WANG,
      '关于2024年度个人所得税补贴申领的通知',
      CIRCULAR,
      qrTo('https://oa.huaxin-elec.com.cn/subsidy/2024'),
    );
    expect(one(r, 'sender.own-org-impersonation')).to.equal(undefined);
    expect(one(r, 'content.payout-details')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: a sister company’s HR greeting 各位同事 about payslips on the intranet (no link elsewhere) stays clean', () => {
    const body = '各位同事：6月工资条已发放，请登录公司内网查看。如有疑问请联系人力资源部。\n';
    const r = mail('人力资源部 <hr@huaxin-group.com>', WANG, '6月工资条已发放', body);
    expect(one(r, 'sender.own-org-impersonation')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
    const own = mail(
      '人力资源部 <hr@huaxin-group.com>',
      WANG,
      '6月工资条已发放',
      body,
      qrTo('https://hr.huaxin-group.com/pay'),
    );
    expect(one(own, 'sender.own-org-impersonation')).to.equal(undefined);
  });

  it('twin: a supplier’s genuine letter naming its own finance department to its customer stays clean', () => {
    const body =
      '王经理您好：\n贵公司3月份的模具款发票已由我司财务部开具，纸质发票随货寄出，电子版见附件。' +
      '如有疑问请联系我司财务部陈会计，电话0769-85551234。\n金源模具 财务部\n';
    const r = mail('财务部 <finance@jinyuan-mould.com>', WANG, '3月份发票', body);
    expect(one(r, 'sender.own-org-impersonation')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('twin: an employer’s payroll office asking staff to bind a new payroll card, no money waiting, is no payout kit', () => {
    const body = '各位同事：\n因合作银行变更，请于本月20日前到人事部领取新的工资卡，并在OA系统中绑定工资卡。\n人事部\n';
    const r = mail('人事部 <hr@huaxin-elec.com.cn>', WANG, '工资卡变更通知', body);
    expect(one(r, 'content.payout-details')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
