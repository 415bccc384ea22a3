/**
 * links.brand-in-path and a monobank jar's link copied onto another host (links.ts COPIED_PATHS, issue #16): Ukraine's
 * fundraisers share `send.monobank.ua/jar/<id>`; a fake fundraiser's kit puts the same `/jar/<id>` on its own host
 * (`send.monobanka-jar.com`, set44 p-uk-01) so the link reads like monobank's. Twins: a fund's genuine jar link, and
 * `/jar/` paths of file servers and pages, stay clean. Every message is synthetic.
 */
import { expect } from 'chai';
import { bad, deliveredMail, one } from './authenticated-mail';

const FROM = 'БФ «Крила Свободи» <zbir@kryla-svobody.org>';
const SUBJECT = 'Терміновий збір на FPV-дрони для 47-ї бригади';
const appeal = (link: string) => ({
  html:
    '<p>Друзі, добрий день!</p><p>Хлопці з 47-ї бригади звернулися до нас: їм потрібні 60 FPV-дронів. Ціль збору: ' +
    `1 450 000 грн. Зібрано вже 62%.</p><p><a href="${link}">Задонатити на банку</a></p><p>Дякуємо, що ви з нами!</p>`,
});

describe('det37e: a monobank jar’s path on another host', () => {
  it('reads the jar’s path copied onto a kit’s host as monobank planted', () => {
    const r = deliveredMail(FROM, SUBJECT, appeal('https://send.monobanka-jar.com/jar/7Xk2mQp4Rz'), false);
    expect(one(r, 'links.brand-in-path')?.status, bad(r).join(' ')).to.equal('fail');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it('leaves a fund’s genuine jar link on monobank’s own host clean', () => {
    const r = deliveredMail(FROM, SUBJECT, appeal('https://send.monobank.ua/jar/7Xk2mQp4Rz'), true);
    expect(one(r, 'links.brand-in-path'), bad(r).join(' ')).to.equal(undefined);
    expect(r.verdict, bad(r).join(' ')).to.equal('no-red-flags');
  });

  for (const link of [
    'https://repo.example.org/jar/commons-io-2.15.1.jar',
    'https://files.example.org/jar/',
    'https://shop.example.org/jar/honey-jar-500g',
    'https://shop.example.org/jar/honeyjar50',
  ])
    it(`leaves a /jar/ path that is no jar’s id clean (${link})`, () => {
      const r = deliveredMail('Builds <ci@example.org>', 'Nightly build', appeal(link), true);
      expect(one(r, 'links.brand-in-path'), bad(r).join(' ')).to.equal(undefined);
    });
});
