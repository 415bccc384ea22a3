/**
 * What a message needed, remembered for the next pane (src/ui/session.ts `needsStore`, issue #19): an unpinned
 * Outlook pane is a fresh page per message, so the data the reader's last message needed (a Japanese reader's brand
 * names and phrases) is asked for as the next pane starts, before its headers come. Only a head start: the verdict
 * is the one the message gives alone, whatever the store holds or refuses.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { parseMessage } from '../../src/core/parse-message';
import { mountPane } from '../../src/ui/pane';
import { fetchRememberedNeeds, NEEDS_KEY, startSession, type SessionOptions } from '../../src/ui/session';
import { CHECK_DATA } from '../../src/core/check-data';
import type { DataNeed } from '../../src/core/report';
import { fixture } from '../helpers';

const KAGOYA = 'kagoya-2021-12.eml';

async function checkOnce(options: Partial<SessionOptions<string>>) {
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  const pane = mountPane(window.document.getElementById('app')!, 'en');
  const session = startSession<string>({ pane, ...options });
  const input = await parseMessage(fixture(KAGOYA));
  await session.check(async () => ({ input, notices: [] }));
  return session.report!;
}

/** A store over a Map, recording what was asked of it; `refuse` throws as a blocked localStorage does. */
function store(initial?: string, refuse = false) {
  const map = new Map<string, string>(initial === undefined ? [] : [[NEEDS_KEY, initial]]);
  return {
    map,
    getItem(key: string) {
      if (refuse) throw new Error('SecurityError');
      return map.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (refuse) throw new Error('QuotaExceededError');
      map.set(key, value);
    },
  };
}

/** Counts the loads of each need's data while `run` runs. */
async function countingLoads<T>(run: () => Promise<T>): Promise<{ result: T; asked: string[] }> {
  const asked: string[] = [];
  const saved = { ...CHECK_DATA };
  for (const [need, load] of Object.entries(saved)) CHECK_DATA[need as DataNeed] = () => (asked.push(need), load!());
  try {
    return { result: await run(), asked };
  } finally {
    Object.assign(CHECK_DATA, saved);
  }
}

describe('reading session: what a message needed, fetched by the next pane as it starts (issue #19)', () => {
  it('remembers the data the Japanese KAGOYA message asked for (its brand names and phrases among them)', async () => {
    const s = store();
    await checkOnce({ needsStore: s });
    const needs = s.map.get(NEEDS_KEY)!.split(' ');
    expect(needs).to.include.members(['brand-names', 'phrases']);
  });

  it('asks for the remembered data as the pane starts, before any message, and ignores what is no need', async () => {
    const s = store('brand-names phrases constructor __proto__ suffixes nonsense');
    const { asked } = await countingLoads(async () => fetchRememberedNeeds(s));
    expect(asked).to.deep.equal(['brand-names', 'phrases']);
    fetchRememberedNeeds(undefined);
  });

  it('gives the verdict and findings the message gives alone, whatever the store holds or refuses', async () => {
    const plain = await checkOnce({});
    const seen = (r: typeof plain) => [r.verdict, r.findings.map((f) => `${f.id}:${f.status}`)];
    expect(plain.verdict).to.equal('likely-phishing');
    fetchRememberedNeeds(store('brand-names phrases own-org encoded-words tries'));
    const remembered = await checkOnce({ needsStore: store() });
    fetchRememberedNeeds(store(undefined, true));
    const refused = await checkOnce({ needsStore: store(undefined, true) });
    expect(seen(remembered)).to.deep.equal(seen(plain));
    expect(seen(refused)).to.deep.equal(seen(plain));
  });
});
