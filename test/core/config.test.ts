/** The admin configuration: validated with a clear field name, defaults on error, and it changes the analysis. */
import { expect } from 'chai';
import { analyze } from '../../src/core/analyze';
import { analyzeOptionsFrom, parseConfigText, readConfig } from '../../src/core/config';
import { parseMessage } from '../../src/core/parse-message';
import { fixture, fixtureText } from '../helpers';

describe('admin configuration', () => {
  it('a missing file gives the defaults and no problem', () => {
    const { config, problems } = readConfig(undefined);
    expect(problems).to.deep.equal([]);
    expect(config.reportAddresses).to.deep.equal([]);
    expect(config.subjectPrefix).to.equal('[Phishing report]');
  });

  it('reads a complete config', () => {
    const { config, problems } = parseConfigText(
      JSON.stringify({
        reportAddresses: ['security@example.co.jp'],
        subjectPrefix: '[Phish]',
        ownDomains: ['example.co.jp'],
        trustedAuthservIds: ['mx.example.co.jp'],
        extraBrands: [{ id: 'acme', names: ['ACME Bank'], domains: ['acme-bank.example'], source: 'our own list' }],
        reportOnClean: false,
      }),
    );
    expect(problems).to.deep.equal([]);
    expect(config).to.include({ subjectPrefix: '[Phish]', reportOnClean: false });
    expect(config.reportAddresses).to.deep.equal(['security@example.co.jp']);
  });

  it('names each bad field and keeps its default', () => {
    const { config, problems } = readConfig({
      reportAddresses: ['not an address'],
      reportOnClean: 'yes',
      colour: 'red',
      ownDomains: 'example.co.jp',
    });
    expect(problems.map((p) => p.field).sort()).to.deep.equal(['colour', 'reportAddresses', 'reportOnClean']);
    expect(config.reportAddresses).to.deep.equal([]);
    expect(config.reportOnClean).to.equal(true);
    expect(config.ownDomains).to.deep.equal(['example.co.jp'], 'a single string is taken as a one-item list');
  });

  it('lets the admin write notes as `$comment` or `_…` keys', () => {
    expect(
      readConfig({ $comment: 'IT security desk', _note: 'ask Sato', subjectPrefix: '[P]' }).problems,
    ).to.deep.equal([]);
  });

  it('a syntax error in config.json is a problem, not an exception', () => {
    expect(parseConfigText('{ reportAddresses: ').problems).to.deep.equal([
      { field: 'config.json', problem: 'config.problem.not-object' },
    ]);
  });

  it('an extra brand makes its name a claim the sender must back', async () => {
    const raw = 'From: "ACME Bank" <alerts@acme-login.example>\r\nTo: info@example.co.jp\r\nSubject: hi\r\n\r\nhello';
    const before = analyze(await parseMessage(raw));
    expect(before.findings.find((f) => f.id === 'sender.brand-mismatch')).to.equal(undefined);
    const { config } = readConfig({
      extraBrands: [{ id: 'acme', names: ['ACME Bank'], domains: ['acme-bank.example'], source: 'admin' }],
    });
    const after = analyze(await parseMessage(raw), analyzeOptionsFrom(config));
    expect(after.findings.find((f) => f.id === 'sender.brand-mismatch')).to.include({ status: 'fail' });
  });

  it('own domains catch mail that forges our own domain', async () => {
    const headers = fixtureText('kagoya-2021-12.headers.txt')
      .replace('From: KAGOYA Inc <sawada@air.linkclub.or.jp>', 'From: Soumu <soumu@example.co.jp>')
      .replace('dmarc=none header.from=air.linkclub.or.jp', 'dmarc=fail header.from=example.co.jp');
    const { config } = readConfig({ ownDomains: ['example.co.jp'] });
    const r = analyze({ headers }, analyzeOptionsFrom(config));
    expect(r.findings.find((f) => f.id === 'sender.spoofed-domain')).to.include({ status: 'fail' });
    expect(r.findings.find((f) => f.id === 'sender.spoofed-domain')!.message.key).to.equal('sender.spoofed-domain.own');
  });

  it('a trusted authserv-id makes that system’s Authentication-Results count', async () => {
    const input = await parseMessage(fixture('kagoya-2021-12.eml'));
    const renamed = {
      ...input,
      headers: input.headers.replace(
        'Authentication-Results: mx.example.co.jp;',
        'Authentication-Results: filter.example.net;',
      ),
    };
    const untrusted = analyze(renamed).findings.find((f) => f.id === 'sender.authentication')!;
    expect(untrusted.message.key).to.equal('sender.authentication.none');
    const trusted = analyze(renamed, { trustedAuthservIds: ['filter.example.net'] }).findings.find(
      (f) => f.id === 'sender.authentication',
    )!;
    expect(trusted.message.key).not.to.equal('sender.authentication.none');
  });
});
