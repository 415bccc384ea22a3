/**
 * A brand planted in a link (links.brand-in-path fail) stays suspicious from a sender authenticated for its own domain
 * (issue #16): set44 p-uk-01, a fake military fundraiser from kryla-svobody.org (its own DKIM/SPF/DMARC pass) whose
 * one button opens `send.monobanka-jar.com/jar/<id>`, a monobank jar's page on a kit's host, showed the FAIL and said
 * "no red flags" (4 - 1 for sender.authentication:pass fell under 3.5). The sender's own domain passing its checks
 * says nothing of a link dressed as another organisation's. Twins: the fund's genuine jar on monobank's own host, and
 * the brand's own confirmed mail (sender.brand-mismatch pass), stay clean. Synthetic messages.
 */
import { expect } from 'chai';
import { decideVerdict, SUSPICIOUS } from '../../src/core/verdict';
import type { Finding } from '../../src/core/report';
import { bad, deliveredMail } from './checks/authenticated-mail';

const f = (id: string, status: Finding['status']): Finding =>
  ({ id, status, section: 'links', message: { key: id, params: {} }, evidence: [] }) as unknown as Finding;

const FROM = 'БФ «Крила Свободи» <zbir@kryla-svobody.org>';
const SUBJECT = 'Терміновий збір на FPV-дрони для бригади';
const appeal = (link: string) => ({
  html:
    '<p>Друзі, добрий день!</p><p>Хлопці з бригади звернулися до нас: їм потрібні 60 FPV-дронів. Ціль збору: ' +
    `1 450 000 грн.</p><p><a href="${link}">Задонатити на банку</a></p><p>Дякуємо, що ви з нами!</p>`,
});

describe('verdict: a planted brand from a sender authenticated for its own domain', () => {
  it('is suspicious: the fake fundraiser linking a monobank jar on a kit’s host', () => {
    const r = deliveredMail(FROM, SUBJECT, appeal('https://send.monobanka-jar.com/jar/7Xk2mQp4Rz'), true);
    expect(bad(r)).to.include('links.brand-in-path');
    expect(r.verdict, bad(r).join(' ')).to.equal('suspicious');
  });

  it('twin: the fund’s genuine jar on monobank’s own host stays no red flags', () => {
    const r = deliveredMail(FROM, SUBJECT, appeal('https://send.monobank.ua/jar/7Xk2mQp4Rz'), true);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it('weighs the plant so that only the brand’s own confirmation takes it under suspicious', () => {
    const planted = f('links.brand-in-path', 'fail');
    expect(decideVerdict([planted, f('sender.authentication', 'pass')]).verdict).to.equal('suspicious');
    expect(decideVerdict([planted, f('sender.brand-mismatch', 'pass')]).verdict).to.equal('no-red-flags');
    expect(decideVerdict([planted]).verdict).to.equal('suspicious');
    expect(SUSPICIOUS).to.be.at.most(4.5 - 1);
  });
});
