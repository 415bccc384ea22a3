/**
 * The catalogue of findings (src/core/findings.ts): every id declared once with its section, statuses, keys and
 * parameters. What a check emits on every fixture and the development corpus must be what its entry declares —
 * the compiler checks each `finding()` call; this checks the running result, statuses and keys chosen at run time
 * included.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { translate } from '../../src/i18n';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { CATALOGUE, finding, findingOf, param, sectionOf, type FindingId } from '../../src/core/findings';
import type { Status } from '../../src/core/report';
import { hasKey, projectRoot, sharedPath } from '../helpers';
import { onlineMessages } from '../../src/i18n/online';

const IDS = Object.keys(CATALOGUE) as FindingId[];

describe('the catalogue of findings', () => {
  it('names each finding `section.name`, and finding() files it under the section its entry declares', () => {
    expect(IDS.length).to.be.greaterThan(40);
    for (const id of IDS) {
      expect(id, id).to.match(/^(sender|origin|links|content|online|report)\.[a-z-]+$/);
      expect(sectionOf(id), id).to.equal(CATALOGUE[id].section);
    }
    expect(CATALOGUE['report.check-failed'].section, 'a failed check is shown with the content').to.equal('content');
  });

  it('gives each finding at least one status and one message key, each key a real one of this finding', () => {
    for (const id of IDS) {
      const { statuses, keys } = CATALOGUE[id];
      expect(statuses.length, id).to.be.greaterThan(0);
      expect(new Set<Status>(statuses).size, id).to.equal(statuses.length);
      expect(keys.length, id).to.be.greaterThan(0);
      for (const key of keys) {
        // The online look-up's words are their own dictionary (i18n/online.ts): only hosts that offer it load them.
        expect(hasKey(key) || (id.startsWith('online.') && key in onlineMessages.en), key).to.equal(true);
        expect(key === id || key.startsWith(`${id}.`), `${key} belongs to ${id}`).to.equal(true);
      }
    }
  });

  it('makes a finding from an id: the section from the catalogue, the key the id unless another is named', () => {
    const plain = finding('origin.headers-missing', 'info', {}, []);
    expect(plain).to.deep.equal({
      id: 'origin.headers-missing',
      section: 'origin',
      status: 'info',
      message: { key: 'origin.headers-missing', params: {} },
      evidence: [],
    });
    const named = finding('sender.message-id', 'info', {}, [], 'sender.message-id.missing');
    expect(named.message.key).to.equal('sender.message-id.missing');
    expect(finding('report.check-failed', 'info', { check: 'x', error: 'y' }, []).section).to.equal('content');
  });

  it('lists message text as written: a list of hosts reads the same in every language', () => {
    const f = finding(
      'links.host-mismatch',
      'warn',
      { hosts: ['a.example', 'b.example'], count: 3, brand: '', sender: 'c.example' },
      [],
    );
    for (const lang of ['en', 'ja'] as const)
      expect(translate(lang, f.message.key, f.message.params), lang).to.include('a.example, b.example');
  });

  it('finds a finding by id and status and reads a parameter only some of its keys carry', () => {
    const unknown = finding('origin.sender-ip', 'info', {}, [], 'origin.sender-ip.unknown');
    const known = finding(
      'origin.sender-ip',
      'info',
      { ip: '192.0.2.1', rdns: 'a.example', helo: 'a', relay: 'mx', authenticated: true },
      [],
    );
    expect(findingOf([unknown], 'origin.sender-ip')).to.equal(unknown);
    expect(findingOf([unknown], 'origin.entry-hop')).to.equal(undefined);
    expect(findingOf([known], 'origin.sender-ip', 'info')).to.equal(known);
    expect(param(unknown.message.params, 'ip')).to.equal(undefined);
    expect(param(known.message.params, 'ip')).to.equal('192.0.2.1');
  });

  it('holds every finding emitted on the fixtures and the corpus: its id, status and key are declared', async function () {
    this.timeout(120_000);
    const files: string[] = [];
    const fixtures = join(projectRoot, 'test', 'fixtures');
    for (const n of readdirSync(fixtures, { recursive: true }) as string[])
      if (n.endsWith('.eml')) files.push(join(fixtures, n));
    const corpus = sharedPath(this, 'corpus');
    const labels = readFileSync(join(corpus, 'labels.tsv'), 'utf8').trim().split('\n').slice(1);
    for (const line of labels) files.push(join(corpus, line.split('\t')[0]!));
    const emitted = new Set<string>();
    const undeclared: string[] = [];
    for (const file of files) {
      for (const f of analyze(await parseMessage(new Uint8Array(readFileSync(file)))).findings) {
        emitted.add(`${f.id}:${f.status}`);
        const entry = Object.prototype.hasOwnProperty.call(CATALOGUE, f.id) ? CATALOGUE[f.id as FindingId] : undefined;
        const ok =
          entry &&
          (entry.statuses as readonly string[]).includes(f.status) &&
          (entry.keys as readonly string[]).includes(f.message.key);
        if (!ok) undeclared.push(`${f.id}:${f.status} ${f.message.key}`);
      }
    }
    expect(emitted.size).to.be.greaterThan(25);
    expect([...new Set(undeclared)]).to.deep.equal([]);
  });
});
