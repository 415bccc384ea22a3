/**
 * Issue #16: Booking.com's partner-extranet path copied onto another host (links.ts brandPathShape). Attack: the kits
 * aimed at hotels — a "new guest message", a "cancelled reservation", a "verify your property" notice — send the
 * reader to `/hotel/hoteladmin/extranet_ng/manage/…` on the kit's own host, so the link reads like Booking.com's
 * extranet (admin.booking.com); in the languages hotels get them in. Twins: Booking.com's own guest message linking
 * its extranet, the same link behind a Safe Links wrapper, a channel manager's own mail about the extranet linking its
 * own site, and a hotel's own site with a `/hotel/` path. Synthetic messages.
 */
import { expect } from 'chai';
import type { Report } from '../../../src/core/report';
import { reportOf, type Probe } from './nolink29/mail';

const brandInPath = (r: Report) => r.findings.find((f) => f.id === 'links.brand-in-path');

const KITS: { what: string; probe: Probe }[] = [
  {
    what: 'a guest message (en) from a stranger’s domain',
    probe: {
      lang: 'en',
      from: 'Booking.com Partner Hub <noreply@partnerhub-notices.com>',
      subject: 'New message from your guest regarding reservation 4127703918',
      body: 'Dear partner,\n\nYou have received a new message from a guest. Please reply within 24 hours to avoid cancellation:\nhttps://extranet-partner-id8812.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=8812\n\nBooking.com',
      authenticated: false,
    },
  },
  {
    what: 'a cancelled reservation (fr), the brand’s name in the kit’s host too',
    probe: {
      lang: 'fr',
      from: 'Booking.com Extranet <extranet@avis-partenaires.fr>',
      subject: 'Réservation 4127703918 annulée - action requise',
      body: 'Bonjour,\n\nUn client a signalé un problème de paiement. Connectez-vous pour confirmer la réservation :\nhttps://admin-booking.reservations-4127.com/hotel/hoteladmin/extranet_ng/manage/booking.html?res_id=4127703918\n\nCordialement',
      authenticated: false,
    },
  },
  {
    what: 'a property check (it), the path behind the kit’s own host',
    probe: {
      lang: 'it',
      from: 'Booking.com <verifica@struttura-verifica.it>',
      subject: 'Verifica della struttura richiesta',
      body: 'Gentile partner,\n\nla sua struttura è stata sospesa. Acceda per verificare i dati:\nhttps://struttura-verifica.it/hotel/hoteladmin/login.html?lang=it\n\nBooking.com',
      authenticated: false,
    },
  },
];

describe('links.brand-in-path: Booking.com’s extranet path on another host', () => {
  for (const { what, probe } of KITS) {
    it(`fails ${what}`, async () => {
      const r = await reportOf(probe);
      const f = brandInPath(r);
      expect(f?.status).to.equal('fail');
      expect(f?.message.params).to.deep.include({ brand: 'Booking.com', planted: '/hotel/hoteladmin' });
      expect(r.verdict).to.equal('likely-phishing');
    });
  }

  const guestMessage = (url: string): Probe => ({
    lang: 'fr',
    from: 'Booking.com <noreply@booking.com>',
    subject: "Nouveau message d'un client concernant la réservation 4127703918",
    body: `Bonjour,\n\nVous avez reçu un nouveau message d'un client.\n\nPour répondre, connectez-vous à l'Extranet :\n${url}\n\nCordialement,\nBooking.com`,
  });

  it('leaves Booking.com’s own guest message alone', async () => {
    const r = await reportOf(
      guestMessage('https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=8812'),
    );
    expect(brandInPath(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves it alone behind a Safe Links wrapper', async () => {
    const target = 'https://admin.booking.com/hotel/hoteladmin/extranet_ng/manage/messaging/inbox.html?hotel_id=8812';
    const r = await reportOf(
      guestMessage(
        `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02&reserved=0`,
      ),
    );
    expect(brandInPath(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a channel manager’s own mail about the extranet alone', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Lodgify Support <support@lodgify-channels.com>',
      subject: 'Your Booking.com connection is live',
      body: 'Hi,\n\nYour property is now connected to Booking.com. Rates now sync from your dashboard; keep logging in to the Booking.com extranet for guest messages.\nhttps://app.lodgify-channels.com/hotel/settings/channels\n\nThe team',
    });
    expect(brandInPath(r)).to.equal(undefined);
    expect(r.verdict).to.equal('no-red-flags');
  });

  it('leaves a hotel’s own site with a /hotel/ path alone', async () => {
    const r = await reportOf({
      lang: 'en',
      from: 'Seaview Hotels <stay@seaview-hotels.com>',
      subject: 'Your stay in Brighton',
      body: 'Dear guest,\n\nYour room is ready. See the hotel’s map and breakfast times:\nhttps://www.seaview-partners.com/hotel/brighton/info\n\nSeaview Hotels',
    });
    expect(brandInPath(r)).to.equal(undefined);
  });
});
