/**
 * det37b: European Portuguese asks for the account check in more ways than 'confirme a sua identidade' (64ca30c):
 * 'confirme os seus dados', 'confirme a sua conta', 'valide os seus dados', 'atualize a sua informação', the
 * pre-reform 'actualize os seus dados' (lure-phrases.ts verify), and the card or homebanking access said cut ('o seu
 * cartão foi suspenso', deletion). Each ask beside a threat, from a stranger linking away, is flagged with the ask as
 * evidence. Twins: a Portuguese bank's own notices that ask nothing (a statement; a card blocked at the client's
 * request), and an event's 'confirme a sua presença', stay clean.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { authenticatedMail, bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

describe('det37b: the account check asked in European Portuguese (content.lure verify)', () => {
  const asks: [ask: string, text: string][] = [
    [
      'Confirme os seus dados',
      'Detetámos um acesso invulgar. A sua conta será suspensa em 24 horas. Confirme os seus dados',
    ],
    ['confirme a sua conta', 'O acesso ao homebanking foi bloqueado. Para o reativar, confirme a sua conta'],
    ['Valide os seus dados', 'A sua conta será desativada hoje. Valide os seus dados'],
    [
      'atualize a sua informação',
      'O seu cartão foi suspenso por motivos de segurança. Por favor, atualize a sua informação',
    ],
    ['Actualize os seus dados', 'A sua conta será bloqueada. Actualize os seus dados'],
  ];
  for (const [ask, text] of asks)
    it(`reads "${ask}" as the verify ask beside the threat: flagged`, () => {
      const r = deliveredMail(
        'Apoio ao Cliente <apoio@cliente-seguro.net>',
        'Aviso de segurança',
        { text: `${text} em https://acesso-clientes.pt/login\n\nObrigado.` },
        false,
        { freeMail },
      );
      expect(JSON.stringify(one(r, 'content.lure')?.evidence)).to.include(ask);
      expect(r.verdict).to.not.equal('no-red-flags');
    });

  it("keeps a Portuguese bank's own statement notice, which asks nothing, clean", () => {
    const r = authenticatedMail(
      'Caixa Geral de Depósitos <comunicacoes@cgd.pt>',
      'O seu extrato mensal está disponível',
      'Caro cliente, o extrato da sua conta referente a novembro já está disponível na Caixadirecta. ' +
        'Os seus dados foram atualizados com sucesso na última visita ao balcão. Consulte em https://www.cgd.pt/',
      [],
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it("keeps a Portuguese bank's own notice of a card blocked at the client's request clean", () => {
    const r = authenticatedMail(
      'Caixa Geral de Depósitos <comunicacoes@cgd.pt>',
      'Cartão bloqueado',
      'Caro cliente, conforme o seu pedido de hoje, o seu cartão foi bloqueado. O novo cartão será enviado para a ' +
        'morada registada no prazo de 5 dias úteis. Mais informação em https://www.cgd.pt/',
      [],
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it('keeps an event invitation asking to confirm attendance clean', () => {
    const r = authenticatedMail(
      'Associação Comercial do Porto <eventos@acporto.pt>',
      'Convite: jantar de Natal dos associados',
      'Temos o prazer de o convidar para o jantar de Natal, a 18 de dezembro, no Palácio da Bolsa. ' +
        'Confirme a sua presença até dia 12: https://acporto.pt/eventos/jantar-natal',
      [],
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });
});
