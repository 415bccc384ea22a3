/**
 * The task pane's prebuilt phrase tries come in parts (src/core/checks/pane-tries.ts, scripts/build-phrase-tries.ts
 * --pane): each finder's with the data of the need that makes it, the eager finders' in the chunk asked for as the pane
 * starts. The pane never compiles, so a finder whose part rode with another need would find nothing until that need
 * happened to load (a need it cannot name): here each need's data is loaded alone, in a process of its own, as a pane
 * that fetched only it would, and the finders it makes must be exactly those of its part.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { projectRoot } from '../../helpers';
import { LURE_FAMILIES } from '../../../src/core/checks/lure-phrases';
import { MAIL_SYSTEM_CLAIMS } from '../../../src/core/checks/own-org-phrases';
import type { Edges, Half } from '../../../src/core/checks/lure-matcher';
import { compactTries } from '../../../src/core/checks/trie-format';
import { paneTries } from '../../../src/core/checks/pane-tries';

const run = promisify(execFile);

/** Node with tsx in the project's root: its standard output. */
async function tsx(...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectRoot,
    maxBuffer: 64 * 1024 * 1024,
  });
  return stdout;
}

/** The finders made by the checks as they load, and those made by loading one need's data after them. */
async function madeBy(need: string): Promise<{ eager: string[]; made: string[] }> {
  const script = `
    await import('./src/core/analyze.ts');
    const { CHECK_DATA } = await import('./src/core/check-data.ts');
    const { madeFinders } = await import('./src/core/checks/lure-matcher.ts');
    const eager = madeFinders();
    await CHECK_DATA[${JSON.stringify(need)}]();
    console.log(JSON.stringify({ eager, made: madeFinders().filter((key) => !eager.includes(key)) }));`;
  return JSON.parse(await tsx('--input-type=module', '-e', script)) as { eager: string[]; made: string[] };
}

describe("the task pane's phrase tries in parts (pane-tries.ts)", function () {
  // A build of the parts and a process per need: seconds each, many on a loaded machine.
  this.timeout(180_000);

  it('ride with the one need whose data makes their finder, loaded alone', async () => {
    const parts = JSON.parse(await tsx('scripts/build-phrase-tries.ts', '--pane')) as Record<
      string,
      Record<string, { latin?: unknown; all?: unknown }>
    >;
    const latin = Object.entries(parts).flatMap(([need, part]) =>
      Object.entries(part)
        .filter(([, tries]) => tries.latin)
        .map(([key]) => [key, need] as const),
    );
    // Each finder's Latin tries in one part; the compact tries of both parts only with the phrases in other scripts.
    expect(new Set(latin.map(([key]) => key)).size, 'each finder once').to.equal(latin.length);
    for (const [need, part] of Object.entries(parts))
      if (need !== 'phrases')
        for (const [key, tries] of Object.entries(part)) expect(tries.all, key).to.equal(undefined);
    const lazy = Object.keys(parts).filter((need) => need !== 'tries' && need !== 'phrases');
    expect(lazy).to.include.members(['money-route', 'own-org', 'disclaimer']);
    const made = await Promise.all(lazy.map(madeBy));
    expect(made[0]!.eager).to.have.members(Object.keys(parts.tries!));
    lazy.forEach((need, i) => expect(made[i]!.made, need).to.have.members(Object.keys(parts[need]!)));
    // And every finder with a non-Latin part has its compact trie of both with them.
    expect(Object.keys(parts.phrases!)).to.include.members([LURE_FAMILIES.join(','), MAIL_SYSTEM_CLAIMS.join(',')]);
  });

  it('read back phrases sharing 63 code units or more, and phrases that are the start of others', () => {
    const long = 'x'.repeat(70);
    const phrases: [string, string][] = [
      ['ab', 'a'],
      ['abc', 'b'],
      [`${long}1`, 'a'],
      [`${long}2`, 'b'],
      [`${long}23`, 'a'],
      ['zz', 'b'],
    ];
    // A trie as lure-matcher.ts compiles one (the edges' map, each node's family).
    const root = { edges: new Map() as Edges, family: [undefined] as (string | undefined)[] };
    for (const [phrase, family] of phrases) {
      let node = 0;
      for (const unit of phrase) {
        const key = node * 0x10000 + unit.charCodeAt(0);
        if (!root.edges.has(key)) root.edges.set(key, root.family.push(undefined) - 1);
        node = root.edges.get(key)!;
      }
      root.family[node] = family;
    }
    const empty = (): Half<Edges> => ({
      root: { edges: new Map(), family: [undefined] },
      starts: new Uint8Array(0x10000),
      short: new Uint8Array(0x10000),
      triples: new Uint8Array(0x10000),
    });
    const half = { ...empty(), root };
    const revived = paneTries(
      compactTries([{ families: ['a', 'b'], latin: { compact: empty(), spaced: half } }]),
    ).latin(['a', 'b'])!.spaced;
    expect(revived.root.family.length).to.equal(root.family.length);
    for (const [phrase, family] of phrases) {
      let node: number | undefined = 0;
      for (const unit of phrase)
        node = node === undefined ? undefined : revived.root.edges.get(node * 0x10000 + unit.charCodeAt(0));
      expect(node, phrase).to.not.equal(undefined);
      expect(revived.root.family[node!], phrase).to.equal(family);
    }
    expect(revived.root.edges.get(0x10000 * 1 + 'z'.charCodeAt(0))).to.equal(undefined);
  });
});
