/**
 * A free mailbox's own authentication lowers nothing (verdict.ts): anyone opens a Gmail account in a minute, so its
 * DKIM and DMARC pass say who runs the servers, not who writes. A sign of substance from gmail.com weighs as it would
 * from a server that signs nothing, and ordinary free-mail stays clean.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../src/core/check-data';
import { loadFreeMail } from '../../src/core/free-mail';
import { authenticatedMail, bad } from './checks/authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string) => authenticatedMail(from, subject, body, [], { freeMail });

const PLANTED = 'Olá,\nSegue o link: https://atendimento-cliente.shop/www.paypal.com/pt/?id=88231\nObrigado.\n';

describe('verdict: a free mailbox’s own authentication pass', () => {
  it('does not lower a planted brand in a link sent from gmail.com: suspicious at least', () => {
    const r = mail('Marcos Lima <marcos.lima.atend@gmail.com>', 'Re: pedido', PLANTED);
    expect(bad(r)).to.include('links.brand-in-path');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('twin: a friend’s ordinary note from gmail.com with a link stays clean', () => {
    const r = mail(
      'Ana Ribeiro <ana.ribeiro82@gmail.com>',
      'Fotos do jantar',
      'Olá!\nAs fotos de sábado estão aqui: https://photos.app.goo.gl/8Xk2pQ7vLm\nBeijinhos, Ana\n',
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
