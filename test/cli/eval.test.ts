/** `npm run eval -- <folder>` (scripts/eval.ts): a folder that is not there is named as such, not answered with usage. */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { projectRoot } from '../helpers';

function evalScript(args: string[]) {
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');
  return spawnSync(tsx, [join('scripts', 'eval.ts'), ...args], { cwd: projectRoot, encoding: 'utf8' });
}

describe('npm run eval: the corpus folder argument', function () {
  this.timeout(30_000);

  it('says the folder is missing, naming it, and exits 2', () => {
    const result = evalScript(['/missing-corpus']);
    expect(result.status).to.equal(2);
    expect(result.stdout).to.equal('');
    expect(result.stderr).to.match(
      /^eval: \/missing-corpus: no such folder\. Give the folder that holds the \.eml files/,
    );
  });

  it('says a file is not a folder, and that no folder was given, each in its own words', () => {
    expect(evalScript(['package.json']).stderr).to.match(/^eval: package\.json is a file, not a folder/);
    expect(evalScript(['--strip-filters']).stderr).to.match(/^eval: no corpus folder given\nusage: /);
  });

  it('reads the folder after --show’s value, and evaluates it', () => {
    const result = evalScript(['--show', 'ham:suspicious', join('test', 'fixtures', 'genuine')]);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/\n3 messages in [\d.]+ s\n$/);
  });
});
