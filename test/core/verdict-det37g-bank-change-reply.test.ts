/**
 * Rule 2g's second clause (verdict.ts bankChangeToFreeMailbox): a payee's changed bank account whose replies are
 * diverted to a free mailbox on another domain than the sender's is likely phishing — the fraudster in a supplier's
 * taken-over, authenticated mailbox (set43 p-de-03: Reply-To at gmx.de). Twins, none likely: the supplier's genuine
 * change with no Reply-To or one on its own domain, a sole trader writing from a free mailbox whose Reply-To is on the
 * same domain, and a newsletter whose Reply-To is free mail but announces no new account (issue #16).
 */
import { expect } from 'chai';
import { loadAllCheckData } from '../../src/core/check-data';
import { loadFreeMail } from '../../src/core/free-mail';
import type { Report } from '../../src/core/report';
import { authenticatedMail, bad } from './checks/authenticated-mail';

let freeMail: Awaited<ReturnType<typeof loadFreeMail>>;
before(async () => {
  await loadAllCheckData();
  freeMail = await loadFreeMail();
});

const mail = (from: string, subject: string, body: string, extra: string[] = []) =>
  authenticatedMail(from, subject, body, extra, { freeMail });
const why = (r: Report) => `${r.verdict}: ${bad(r).join(' ')}`;

const CHANGE =
  'Sehr geehrte Frau Becker,\n\nvielen Dank für Ihre Rückmeldung.\n\nWir möchten Sie darüber informieren, dass sich ' +
  'unsere Bankverbindung aufgrund einer Umstellung bei unserer Hausbank geändert hat. Bitte überweisen Sie den ' +
  'offenen Betrag der Rechnung RE-2026-0187 über 14.872,30 EUR ab sofort auf folgendes Konto:\n\n' +
  'Kontoinhaber: Elektro Brandt GmbH\nIBAN: DE44 1001 1001 2629 4471 83\nBIC: NTSBDEB1XXX\n\n' +
  'Die alte Verbindung bei der Volksbank ist ab sofort nicht mehr aktiv. Bitte bestätigen Sie kurz per Antwort, ' +
  'wann die Zahlung ausgeführt wird.\n\nMit freundlichen Grüßen\n\nSabine Krüger\nBuchhaltung\nElektro Brandt GmbH\n' +
  'Industriestraße 12, 73760 Ostfildern\nTel. 0711 555 480-12';
const SUPPLIER = 'Buchhaltung Elektro Brandt <buchhaltung@elektro-brandt-gmbh.de>';
const SUBJECT = 'AW: Rechnung RE-2026-0187 / Änderung unserer Bankverbindung';

describe('verdict: a bank-detail change whose replies go to a free mailbox (rule 2g)', () => {
  it('is likely phishing from the supplier’s own, authenticated mailbox with a GMX Reply-To', () => {
    const r = mail(SUPPLIER, SUBJECT, CHANGE, ['Reply-To: Buchhaltung <buchhaltung.elektrobrandt@gmx.de>']);
    expect(bad(r)).to.include.members(['content.bank-change', 'sender.reply-to']);
    expect(r.verdict, why(r)).to.equal('likely-phishing');
  });

  it('is likely phishing with a Gmail Reply-To too', () => {
    const r = mail(SUPPLIER, SUBJECT, CHANGE, ['Reply-To: <elektro.brandt.buchhaltung@gmail.com>']);
    expect(r.verdict, why(r)).to.equal('likely-phishing');
  });

  it('stays suspicious, not likely, for the same change with no Reply-To', () => {
    const r = mail(SUPPLIER, SUBJECT, CHANGE);
    expect(bad(r)).to.include('content.bank-change');
    expect(r.verdict, why(r)).to.equal('suspicious');
  });

  it('stays suspicious, not likely, with a Reply-To on the supplier’s own domain', () => {
    const r = mail(SUPPLIER, SUBJECT, CHANGE, ['Reply-To: Sabine Krüger <s.krueger@elektro-brandt-gmbh.de>']);
    expect(r.verdict, why(r)).to.equal('suspicious');
  });

  it('stays suspicious, not likely, for a sole trader on GMX whose Reply-To is on GMX too', () => {
    const r = mail('Elektro Brandt <elektro.brandt@gmx.de>', SUBJECT, CHANGE, [
      'Reply-To: Elektro Brandt <elektro.brandt@gmx.de>',
    ]);
    expect(bad(r)).not.to.include('sender.reply-to');
    expect(r.verdict, why(r)).to.equal('suspicious');
  });

  it('does not flag a newsletter with a free-mail Reply-To that announces no new account', () => {
    const r = mail(
      'Gartenverein Ostfildern <info@gartenverein-ostfildern.de>',
      'Rundbrief März',
      'Liebe Mitglieder,\n\nam Samstag, 21. März, treffen wir uns um 10 Uhr zum Frühjahrsputz an der Vereinshütte. ' +
        'Bitte bringt Handschuhe und Gartenscheren mit. Fragen beantwortet unsere Schriftführerin gern per Antwort ' +
        'auf diese Mail.\n\nViele Grüße\nEuer Vorstand',
      ['Reply-To: Schriftführerin <gartenverein.schrift@gmx.de>'],
    );
    expect(bad(r)).to.include('sender.reply-to');
    expect(r.verdict, why(r)).not.to.equal('likely-phishing');
  });
});
