/**
 * A host that begins with another site's whole domain (issue #16): `paypal.com.secure-login.xyz` (a brand's, read
 * before) and a government office's under its government suffix, which the brand table seldom lists
 * (`nzta.govt.nz.toll-payment.kotahi-notice.cfd`, `www.sat.gob.mx.factura.online`, `gov.uk.vehicle-tax.info`):
 * links.brand-in-path. Twins: hosts whose leading labels only look like a domain (Exchange Online's MX names, a
 * bucket named for a company), and a government's own bucket named for its site, linked from its own mail.
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { plantedGovernmentDomain } from '../../../src/core/checks/links-rare-judge';
import { registrableDomain } from '../../../src/core/parse/domains';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { deliveredMail } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, text: string, authenticated: boolean): Report =>
  deliveredMail(from, subject, { text }, authenticated, { freeMail });

const one = (r: Report, id: string) => r.findings.find((f) => f.id === id);
const planted = (host: string) => plantedGovernmentDomain(host, registrableDomain(host));

describe('det35a: a government’s domain planted as a link’s leading labels', () => {
  it('reads the office’s whole domain, under every government suffix', () => {
    expect(planted('nzta.govt.nz.toll-payment.kotahi-notice.cfd')).to.equal('nzta.govt.nz');
    expect(planted('www.ato.gov.au.refund-check.top')).to.equal('ato.gov.au');
    expect(planted('impots.gouv.fr.remboursement.site')).to.equal('impots.gouv.fr');
    expect(planted('www.sat.gob.mx.factura.online')).to.equal('sat.gob.mx');
    expect(planted('nta.go.jp.kakunin.top')).to.equal('nta.go.jp');
    expect(planted('receita.fazenda.gov.br.regularize.shop')).to.equal('receita.fazenda.gov.br');
    expect(planted('irs.gov.refund-status.com')).to.equal('irs.gov');
    expect(planted('gov.uk.vehicle-tax.info')).to.equal('gov.uk');
  });

  it('reads nothing in hosts whose labels only look like a domain', () => {
    for (const host of [
      'www.nzta.govt.nz',
      'example-com.mail.protection.outlook.com',
      'www.example.com.cdn.cloudflare.net',
      'go.de.example.com',
      'gov-portal.example.com',
      'govt.example.com',
    ])
      expect(planted(host), host).to.equal(undefined);
  });

  it('flags a toll notice whose link begins with the agency’s domain', () => {
    const r = mail(
      'NZTA Waka Kotahi <no-reply@kotahi-notice.cfd>',
      'Unpaid toll: action required',
      'Your vehicle has an unpaid toll of $4.20. Pay now to avoid a $40 fee:\nhttps://nzta.govt.nz.toll-payment.kotahi-notice.cfd/pay\n',
      false,
    );
    expect(r.verdict).to.not.equal('no-red-flags');
    expect(one(r, 'links.brand-in-path')).to.include({ status: 'fail' });
    expect(one(r, 'links.brand-in-path')!.message).to.deep.include({ key: 'links.brand-in-path.government' });
  });

  it('flags a Mexican tax notice on a host wearing sat.gob.mx', () => {
    const r = mail(
      'SAT <avisos@factura-sat-mx.online>',
      'Aviso: factura pendiente',
      'Estimado contribuyente, descargue su comprobante fiscal:\nhttp://www.sat.gob.mx.factura.online/descarga\n',
      false,
    );
    expect(one(r, 'links.brand-in-path')).to.include({ status: 'fail' });
  });

  it('keeps a company’s mail linking its own S3 bucket and an Exchange Online host clean', () => {
    const r = mail(
      'IT Operations <it-ops@brightline-analytics.com>',
      'Mail routing change this weekend',
      'Hi all,\nOur inbound MX moves to brightline-analytics-com.mail.protection.outlook.com on Saturday. The runbook is at https://brightline-analytics.com.s3.amazonaws.com/runbooks/mx-change.pdf\n\nIT Operations',
      true,
    );
    expect(one(r, 'links.brand-in-path')).to.equal(undefined);
  });

  it('keeps a government’s own bucket named for its site, linked from its own mail, clean', () => {
    const r = mail(
      'Waka Kotahi NZ Transport Agency <info@nzta.govt.nz>',
      'Road works map updated',
      'Kia ora,\nThe updated summer road works map is at https://nzta.govt.nz.s3.ap-southeast-2.amazonaws.com/maps/summer-works.pdf\n\nNgā mihi,\nWaka Kotahi',
      true,
    );
    expect(one(r, 'links.brand-in-path')).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('flags a stranger’s bucket named for the agency’s site', () => {
    const r = mail(
      'Waka Kotahi <billing@toll-kotahi.info>',
      'Unpaid toll',
      'Pay your unpaid toll today: https://nzta.govt.nz.s3.ap-southeast-2.amazonaws.com/pay/index.html\n',
      false,
    );
    expect(one(r, 'links.brand-in-path')).to.include({ status: 'fail' });
  });
});
