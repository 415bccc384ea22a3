/**
 * The mailbox-deactivation script in French and the bank's "access blocked for security reasons, temporarily" in
 * German (lure-phrases.ts, issue #16). Attacks: set40 p-fr-02, "Orange Messagerie" from a GMX mailbox ("Sans action
 * de votre part sous 24 heures, votre messagerie sera désactivée … Mettre à jour ma messagerie", one button to a Canva
 * site): no family but the deadline was read, so nothing spoke; set45 p-de-01's "wird Ihr Online-Banking-Zugang aus
 * Sicherheitsgründen vorübergehend gesperrt". Twins: the provider's own inactivity notice from its own authenticated
 * domain linking itself, an IT department's migration notice on its own domain, a store's "mettez à jour
 * l'application". Synthetic messages.
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../../src/core/check-data';
import { loadFreeMail } from '../../../src/core/free-mail';
import { findLures } from '../../../src/core/checks/lure-matcher';
import { bad, deliveredMail, one } from './authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const families = (r: Parameters<typeof one>[0]) =>
  (
    one(r, 'content.lure')?.message.params as { families?: { keys?: readonly string[] } } | undefined
  )?.families?.keys?.map((k) => k.slice(k.lastIndexOf('.') + 1)) ?? [];

const deactivation = (link: string) =>
  '<p>Bonjour,</p><p>Votre adresse de messagerie jordan.lee@example.net n’a pas été mise à jour conformément aux ' +
  'nouvelles conditions de sécurité de nos services.</p><p>Sans action de votre part sous 24 heures, votre ' +
  'messagerie sera désactivée et les messages non lus seront supprimés.</p>' +
  `<p><a href="${link}">Mettre à jour ma messagerie</a></p><p>L’équipe Orange</p>`;

describe('the mailbox deactivation script in French', () => {
  it('reads "votre messagerie sera désactivée" and "Mettre à jour ma messagerie": likely from a GMX mailbox', () => {
    const r = deliveredMail(
      'Orange Messagerie <service.messagerie.orange@gmx.fr>',
      'Votre boîte de messagerie sera désactivée',
      { html: deactivation('https://messagerie-maj.my.canva.site/') },
      true,
      { freeMail },
    );
    expect(families(r)).to.include.members(['deletion', 'upgrade', 'urgency']);
    expect(r.verdict, bad(r).join(' ')).to.equal('likely-phishing');
  });

  it("twin: the provider's own inactivity notice from its own authenticated domain, linking itself", () => {
    const r = deliveredMail(
      'Orange <ne-pas-repondre@orange.fr>',
      'Votre boîte mail Orange est inactive',
      {
        html:
          '<p>Bonjour,</p><p>Vous ne vous êtes pas connecté à votre boîte mail depuis 6 mois. Sans connexion de votre ' +
          'part dans les 30 jours, votre boîte mail sera supprimée, conformément aux conditions générales.</p>' +
          '<p><a href="https://messagerie.orange.fr/">Me connecter à ma messagerie</a></p><p>L’équipe Orange</p>',
      },
      true,
      { freeMail },
    );
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  it("twin: an IT department's migration notice on its own domain, and a store's app update, stay clean", () => {
    const it = deliveredMail(
      'Service informatique <dsi@example.net>',
      'Migration de la messagerie le 12 janvier',
      {
        text:
          'Bonjour,\nLa messagerie sera migrée vers le nouveau serveur le 12 janvier. Vous n’avez rien à faire : ' +
          'Outlook se reconnectera seul. Guide : https://intranet.example.net/messagerie\nLa DSI',
      },
      true,
      { freeMail },
    );
    expect(it.verdict, bad(it).join(' ')).to.equal('no-red-flags');
    const store = deliveredMail(
      'Boutique Lumière <news@boutique-lumiere.fr>',
      'Nouvelle version de notre application',
      {
        text:
          'Bonjour,\nMettez à jour l’application Boutique Lumière pour profiter des nouveautés avant le 31 décembre : ' +
          'https://www.boutique-lumiere.fr/app\nÀ bientôt',
      },
      true,
      { freeMail },
    );
    expect(store.verdict, bad(store).join(' ')).to.equal('no-red-flags');
  });
});

describe("the bank's access blocked 'for security reasons, temporarily' in German", () => {
  it('reads the threat with "vorübergehend" after the reason as the account-loss family', () => {
    const hits = findLures(
      'Sollte die Aktualisierung nicht fristgerecht erfolgen, wird Ihr Online-Banking-Zugang aus Sicherheitsgründen ' +
        'vorübergehend gesperrt.',
    );
    expect(hits.map((h) => h.family)).to.deep.equal(['deletion']);
  });

  it("twin: a bank's note of a card blocked at the client's request reads no family", () => {
    const hits = findLures('Wie telefonisch besprochen, wurde Ihre alte Karte auf Ihren Wunsch gesperrt.');
    expect(hits.map((h) => h.family)).to.deep.equal([]);
  });
});
