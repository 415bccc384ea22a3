/**
 * A lure phrase inside a safety disclaimer is no pressure (issue #16): "We'll never ask you to confirm your password or
 * payment details by email" in a genuine airline's notice named two lure families (set15's family). The disclaimer's
 * twin: a phish that copies it and keeps its own lure, and the threat "if you do not verify". Every message here is
 * synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { findLures } from '../../../src/core/checks/lure-matcher';
import { disclaimed, keptLures } from '../../../src/core/checks/lure-disclaimer';
import type { MessageInput } from '../../../src/core/types';
import { halvorsenMail } from '../../helpers';

const mail = (from: string, subject: string, text: string, authenticated = true) =>
  halvorsenMail(from, subject, text, { authenticated });

const lure = (input: MessageInput) => analyze(input).findings.find((f) => f.id === 'content.lure');

/** The families a text's lure hits name, and those left once disclaimers are judged. */
function families(text: string): { found: string[]; kept: string[] } {
  const hits = findLures(text);
  return { found: hits.map((h) => h.family), kept: keptLures(hits).map((h) => h.family) };
}

const DISCLAIMER = "We'll never ask you to confirm your password or payment details by email.";

describe('lure wording inside a safety disclaimer (content.lure)', () => {
  it("leaves a genuine notice's disclaimer uncounted, in the message and unauthenticated", () => {
    const text =
      'Your Avios are due to expire on 14 March. Collect or spend Avios before that date to keep them all.\n\n' +
      `This email was sent to ella.marsh@halvorsen-eng.com. ${DISCLAIMER}\n`;
    expect(families(DISCLAIMER).found, 'the disclaimer alone names two families').to.have.length(2);
    expect(lure(mail('Skyways Club <news@email.skyways.example>', 'Your Avios expire soon', text))).to.equal(undefined);
    expect(lure(mail('Skyways Club <news@email.skyways.example>', 'Your Avios', text, false))).to.equal(undefined);
  });

  it('drops the disclaimed ask in Spanish, Portuguese, French and Japanese', () => {
    for (const text of [
      'Nunca le pediremos que actualice sus datos bancarios por correo electrónico.',
      'Nunca solicitamos que você atualize seus dados bancários por e-mail.',
      'Nous ne vous demanderons jamais de confirmer vos coordonnées bancaires par e-mail.',
      '当社からメールでカード情報の入力をお願いすることはありません。',
      'Citi will never ask you to verify your account number, PIN or password by e-mail.',
    ]) {
      const { found, kept } = families(text);
      expect(found, text).to.have.length.above(0);
      expect(kept, text).to.deep.equal([]);
    }
  });

  it('reads the negated ask in German, Italian and Dutch word order', () => {
    for (const [text, ask] of [
      ['Wir fragen niemals nach Ihrer PIN oder Ihrem Passwort.', 'Passwort'],
      ['Wir werden Sie niemals per E-Mail auffordern, Ihr Passwort zu bestätigen.', 'Passwort'],
      ['Non ti chiederemo mai di confermare la tua password.', 'password'],
      ['Wij vragen u nooit om uw wachtwoord.', 'wachtwoord'],
      ['Nunca le pediremos su contraseña.', 'contraseña'],
    ] as const) {
      const start = text.indexOf(ask);
      expect(disclaimed(text, start, start + ask.length), text).to.equal(true);
    }
  });

  it('still counts a threat: "if you do not verify", a condition, or a request that is a noun', () => {
    for (const text of [
      'If you do not verify your account within 24 hours, your account will be suspended.',
      "Don't ignore this request to verify your account.",
      'Si no actualice sus datos bancarios hoy, su cuenta será bloqueada.',
      'カード情報の入力をお願いします。',
      'ご確認いただけない場合、カード情報の入力をお願いすることになります。',
    ]) {
      const { found, kept } = families(text);
      expect(found, text).to.have.length.above(0);
      expect(kept, text).to.deep.equal(found);
    }
  });

  it('still fails a phish that copies the disclaimer into its own text', () => {
    const text =
      `${DISCLAIMER} Unusual sign-in activity was detected. To keep access, confirm your password here within 24 ` +
      'hours or your account will be suspended: https://skyways-club.account-check.example/login\n';
    const found = lure(mail('Skyways Club <security@account-check.example>', 'Security alert', text, false));
    expect(found?.status).to.equal('warn');
    expect(JSON.stringify(found?.message.params)).to.contain('content.family.verify');
    // The ask counted is the lure's, not the disclaimer's.
    expect(found?.evidence.map((e) => e.value).join(' ')).to.contain('here within 24');
  });

  it('keeps the lure of a phish whose footer holds the disclaimer', () => {
    const text =
      'Your mailbox will be suspended. Verify your account within 24 hours: https://mail-check.example/v\n\n' +
      `${DISCLAIMER}\n`;
    const r = analyze(mail('Mail Admin <admin@mail-check.example>', 'Mailbox suspension notice', text, false));
    expect(r.findings.find((f) => f.id === 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });
});
