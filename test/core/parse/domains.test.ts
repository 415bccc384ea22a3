import { expect } from 'chai';
import {
  isSameOrSubdomain,
  registrableAscii,
  registrableDomain,
  toAsciiHost,
  toUnicodeHost,
} from '../../../src/core/parse/domains';

describe('registrableAscii / registrableDomain', () => {
  it('gives the registrable domain under ICANN suffixes of one and more labels', () => {
    expect(registrableAscii('mail.example.co.jp')).to.equal('example.co.jp');
    expect(registrableAscii('WWW.Amazon.COM')).to.equal('amazon.com');
    expect(registrableAscii('login.paypal-verify.shop')).to.equal('paypal-verify.shop');
    expect(registrableAscii('x.chiyoda.tokyo.jp')).to.equal('x.chiyoda.tokyo.jp');
    expect(registrableAscii('1.0.0.127.in-addr.arpa')).to.equal('127.in-addr.arpa');
  });

  it('ignores the PSL private section: a hosting customer shares the provider’s registrable domain', () => {
    expect(registrableAscii('evil.blogspot.com')).to.equal('blogspot.com');
    expect(registrableAscii('phish.github.io')).to.equal('github.io');
    expect(registrableAscii('kagoya-login.s3.amazonaws.com')).to.equal('amazonaws.com');
  });

  it('rejects endings that are not top-level domains: file names and internal names are not hosts', () => {
    for (const host of [
      '議事次第.docx',
      'report.pdf',
      'invoice.xlsx',
      'foo.local',
      'mail.corp.lan',
      'host.internal',
      'printer.home',
      'a.localhost',
      'x.123',
    ]) {
      expect(registrableAscii(host), host).to.equal('');
      expect(registrableDomain(host), host).to.equal('');
    }
  });

  it('still accepts real TLDs that look like file extensions', () => {
    expect(registrableAscii('invoice.zip')).to.equal('invoice.zip');
    expect(registrableAscii('update.mov')).to.equal('update.mov');
  });

  it('keeps the RFC 2606 documentation names and .onion, which are not in the root zone', () => {
    expect(registrableAscii('login.evil.example')).to.equal('evil.example');
    expect(registrableAscii('a.b.test')).to.equal('b.test');
    expect(registrableAscii('x.invalid')).to.equal('x.invalid');
    expect(registrableAscii('abc.def.onion')).to.equal('def.onion');
  });

  it('follows wildcard and exception rules (`*.ck` with `!www.ck`, `*.kawasaki.jp` with `!city.kawasaki.jp`)', () => {
    // Under a wildcard the second label is itself a public suffix: no one registers `x.ck`, they register `a.x.ck`.
    expect(registrableAscii('x.ck')).to.equal('');
    expect(registrableAscii('b.a.x.ck')).to.equal('a.x.ck');
    // The exception's suffix is the one-label `ck`: it must still count as a real TLD.
    expect(registrableAscii('mail.www.ck')).to.equal('www.ck');
    expect(registrableAscii('x.kawasaki.jp')).to.equal('');
    expect(registrableAscii('a.x.kawasaki.jp')).to.equal('a.x.kawasaki.jp');
    expect(registrableAscii('www.city.kawasaki.jp')).to.equal('city.kawasaki.jp');
  });

  it('knows IDN TLDs in punycode and Unicode form', () => {
    expect(registrableAscii('www.example.xn--p1ai')).to.equal('example.xn--p1ai');
    expect(registrableDomain('www.example.xn--p1ai')).to.equal('example.рф');
    expect(registrableDomain('пример.рф')).to.equal('пример.рф');
    expect(registrableDomain('例子.中国')).to.equal('例子.中国');
    expect(registrableAscii('x.xn--q9jyb4c')).to.equal('x.xn--q9jyb4c');
    expect(registrableDomain('shop.example.ελ')).to.equal('example.ελ');
    expect(registrableDomain('x.XN--WGV71A119E.jp')).to.equal('日本語.jp');
    // Not valid punycode, not a TLD.
    expect(registrableAscii('x.xn--zz')).to.equal('');
  });

  it('reads trailing dots and full-width dots as DNS does', () => {
    expect(registrableAscii('www.example.co.jp.')).to.equal('example.co.jp');
    expect(registrableAscii('example。co。jp')).to.equal('example.co.jp');
    expect(registrableAscii('example．com')).to.equal('example.com');
  });

  it('has no registrable domain for IP literals, single labels and over-long names', () => {
    for (const host of [
      '192.0.2.1',
      '[192.0.2.1]',
      '2001:db8::1',
      '[2001:db8::1]',
      'localhost',
      'com',
      'jp',
      'exchange01',
      '',
      ' ',
    ]) {
      expect(registrableAscii(host), host).to.equal('');
    }
    expect(registrableAscii(`${'a'.repeat(64)}.com`)).to.equal('');
    expect(registrableAscii(`${'a.'.repeat(127)}com`)).to.equal('');
    expect(registrableAscii(`${'a.'.repeat(126)}com`)).to.equal('a.com');
  });

  it('gives the same answers after more distinct endings than its TLD cache holds', () => {
    for (let i = 0; i < 2000; i++) expect(registrableAscii(`file${i}.ext${i}`)).to.equal('');
    expect(registrableAscii('mail.example.co.jp')).to.equal('example.co.jp');
    expect(registrableAscii('foo.local')).to.equal('');
  });
});

describe('host forms', () => {
  it('converts between ASCII and Unicode forms', () => {
    expect(toAsciiHost(' ＥＸＡＭＰＬＥ.日本語.jp. ')).to.equal(toAsciiHost('ＥＸＡＭＰＬＥ.日本語.jp'));
    expect(toAsciiHost('日本語.JP.')).to.equal('xn--wgv71a119e.jp');
    expect(toUnicodeHost('XN--WGV71A119E.jp')).to.equal('日本語.jp');
  });

  it('matches a host to its own domain and subdomains only', () => {
    expect(isSameOrSubdomain('mail.Example.co.jp', 'example.co.jp')).to.equal(true);
    expect(isSameOrSubdomain('example.co.jp', 'example.co.jp')).to.equal(true);
    expect(isSameOrSubdomain('badexample.co.jp', 'example.co.jp')).to.equal(false);
    expect(isSameOrSubdomain('', 'example.co.jp')).to.equal(false);
  });
});
