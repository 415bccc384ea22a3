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
});
