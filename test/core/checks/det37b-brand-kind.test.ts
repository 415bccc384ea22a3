/**
 * det37b: the brand table says a brand's kind of business where a check reads it (brands.json `kind`), instead of a
 * hand list of ids in the check. `crypto` marks the exchanges, wallets and crypto payment processors whose own
 * airdrop, reward or coin invoice pretext-judge.ts believes (content.pretext.wallet-claim, crypto-invoice).
 */
import { expect } from 'chai';
import table from '../../../src/core/brands/brands.json';
import { brandsOwningDomain, loadBrands } from '../../../src/core/brands/lookup';
import type { BrandDefinition } from '../../../src/core/report';

describe('det37b: the brand table’s kind of business (brands.json kind)', () => {
  it('marks the crypto exchanges and wallets the check used to list by id, and no other brand', () => {
    const crypto = (table as { id: string; kind?: string }[]).filter((b) => b.kind === 'crypto').map((b) => b.id);
    expect(crypto.sort()).to.deep.equal(
      (
        'binance coinbase bitflyer kraken kucoin okx bybit bitget bitstamp bitpanda whitebit crypto-com blockchain-com ' +
        'coincheck bitbank gmo-coin coinspot metamask ledger trust-wallet exodus phantom'
      )
        .split(' ')
        .sort(),
    );
    expect((table as { kind?: string }[]).every((b) => b.kind === undefined || b.kind === 'crypto')).to.equal(true);
  });

  it('keeps the kind in the index the checks read, and not for a bank or a payment app', () => {
    const index = loadBrands();
    expect(brandsOwningDomain(index, 'coinbase.com').map((b) => b.kind)).to.deep.equal(['crypto']);
    expect(brandsOwningDomain(index, 'metamask.io').map((b) => b.kind)).to.deep.equal(['crypto']);
    expect(brandsOwningDomain(index, 'paypal.com').map((b) => b.kind)).to.deep.equal([undefined]);
  });

  it('reads an admin brand’s crypto kind, and ignores a kind it does not know', () => {
    const extra = [
      { id: 'acme-coin', names: ['Acme Coin'], domains: ['acmecoin.example'], source: 'test', kind: 'crypto' },
      { id: 'acme-bank', names: ['Acme Bank'], domains: ['acmebank.example'], source: 'test', kind: 'casino' },
    ] as unknown as BrandDefinition[];
    const index = loadBrands(extra);
    expect(brandsOwningDomain(index, 'acmecoin.example').map((b) => b.kind)).to.deep.equal(['crypto']);
    expect(brandsOwningDomain(index, 'acmebank.example').map((b) => b.kind)).to.deep.equal([undefined]);
  });
});
