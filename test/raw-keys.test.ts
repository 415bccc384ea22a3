/** The raw-key detector finds a key shown as itself, and stays quiet on the host names and addresses mail is full of. */
import { expect } from 'chai';
import { en } from '../src/i18n/en';
import { ALL_KEYS, rawKeysIn } from './raw-keys';

describe('raw-key detector', () => {
  it('catches the keys the broken .xpi showed, alone, in a sentence and in a report line', () => {
    expect(rawKeysIn('ip.unavailable')).to.deep.equal(['ip.unavailable']);
    expect(rawKeysIn('Verdict: verdict.likely-phishing.')).to.deep.equal(['verdict.likely-phishing']);
    expect(rawKeysIn('status.fail sender.spoofed-domain\n(story.forged-domain)')).to.have.members([
      'status.fail',
      'sender.spoofed-domain',
      'story.forged-domain',
    ]);
    expect(rawKeysIn('「ip.unavailable」')).to.deep.equal(['ip.unavailable']);
  });

  it('does not trip on host names, addresses, URLs or paths that contain a key', () => {
    const text = [
      'www.status.fail.example',
      'status.fail.example.com',
      'admin@status.fail',
      'https://status.fail/ip.unavailable?x=1',
      'mail.ip.unavailable.jp',
      '/srv/verdict.likely-phishing/log',
      'from [127.0.0.1] (unknown [52.140.217.90])',
      'IPv6 2001:db8::1, Message-ID <ui.title@air.linkclub.or.jp>',
    ].join('\n');
    expect(rawKeysIn(text)).to.deep.equal([]);
  });

  it('passes the words themselves: the whole English dictionary rendered has no key in it', () => {
    expect(ALL_KEYS).to.include('ip.unavailable');
    expect(rawKeysIn(Object.values(en).join('\n'))).to.deep.equal([]);
  });
});
