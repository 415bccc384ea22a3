/**
 * Issue #16 (set30's family: the Italian certified-mail box "nearly full"): Aruba PEC, Italy's largest certified-mail
 * provider, was no brand of the table, so "Aruba PEC - Assistenza" from a domain of its name and a service word
 * (`arubapec-servizi.it`) linking to a site builder raised no sender finding. Twins: Aruba's own notice from
 * staff.aruba.it (its published sending address), a customer's certified mail from a pec.it mailbox, and HPE's Aruba
 * Networks, whose name is no claim on Aruba PEC (the table holds no bare "Aruba"). Synthetic messages.
 */
import { expect } from 'chai';
import { reportOf, type Probe } from './nolink29/mail';

const FULL: Omit<Probe, 'from'> = {
  lang: 'it',
  subject: 'Casella PEC quasi piena: spazio utilizzato 97%',
  body:
    'Gentile Cliente,\n\nla casella ha raggiunto il 97% dello spazio disponibile. Puoi liberare spazio dalla tua ' +
    'area riservata:\nhttps://pec-gestione-caselle.jimdosite.com/\n\nCordiali saluti,\nAruba PEC S.p.A.',
};
const senderFindings = (r: Awaited<ReturnType<typeof reportOf>>) =>
  r.findings.filter((f) => f.id.startsWith('sender.') && f.status === 'fail').map((f) => f.id);

describe('sender: Aruba PEC', () => {
  it('fails "Aruba PEC" from a domain of its name and a service word', async () => {
    const r = await reportOf({ ...FULL, from: 'Aruba PEC - Assistenza <comunicazioni@arubapec-servizi.it>' });
    expect(senderFindings(r)).to.include('sender.brand-mismatch');
    expect(r.verdict).to.equal('likely-phishing');
  });

  it('leaves Aruba’s own notice from staff.aruba.it alone', async () => {
    const r = await reportOf({
      ...FULL,
      from: 'Aruba PEC <comunicazioni@staff.aruba.it>',
      body: 'Gentile Cliente,\n\nla casella ha occupato il 92% dello spazio. Accedi come di consueto da https://pec.aruba.it/\n\nAruba PEC S.p.A.',
    });
    expect(senderFindings(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a customer’s certified mail from a pec.it mailbox alone', async () => {
    const r = await reportOf({
      lang: 'it',
      from: 'Studio Ferraro <studio.ferraro@pec.it>',
      subject: 'Trasmissione fattura n. 118/2025',
      body: 'Buongiorno,\n\nin allegato la fattura n. 118/2025 come da accordi.\n\nCordiali saluti,\nStudio Ferraro',
    });
    expect(senderFindings(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves HPE Aruba Networking’s newsletter alone', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'HPE Aruba Networking <news@arubanetworks.com>',
      subject: 'Wi-Fi 7 access points: what changes for your campus',
      body: 'Hello,\n\nOur new access points are here. Read the guide on our site.\n\nHPE Aruba Networking',
    });
    expect(senderFindings(r)).to.deep.equal([]);
    expect(r.verdict).to.equal('no-red-flags');
  });
});
