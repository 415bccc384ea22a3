/** The .eml files of a corpus folder, recursively, in a stable order (eval and bench read the same list). */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? emlFiles(path) : name.endsWith('.eml') ? [path] : [];
    });
}

/** A file's path relative to the corpus root, with forward slashes on every platform (as labels.tsv writes it). */
export function corpusRelative(root: string, file: string): string {
  return relative(root, file).split(sep).join('/');
}

/**
 * The frozen held-back half (issue #16): a file is held back when the low bit of the first byte of the SHA-256 of
 * its path relative to the corpus root (forward slashes) is 1. Tune rules on the other half only; the held-back
 * half says whether a rule helps mail it was not written for. The split depends on the name alone, so it never moves.
 */
export function isHeldBack(relativePath: string): boolean {
  const digest = createHash('sha256').update(relativePath.replaceAll('\\', '/'), 'utf8').digest();
  return (digest[0]! & 1) === 1;
}

export type Half = 'tune' | 'held';

export function halfOf(relativePath: string): Half {
  return isHeldBack(relativePath) ? 'held' : 'tune';
}

/** The .eml files of one half of a corpus (or both), as absolute-or-given paths and their corpus-relative names. */
export function corpusHalf(root: string, half: Half | 'both' = 'both'): { path: string; rel: string; half: Half }[] {
  return emlFiles(root)
    .map((path) => {
      const rel = corpusRelative(root, path);
      return { path, rel, half: halfOf(rel) };
    })
    .filter((f) => half === 'both' || f.half === half);
}

/** Why `dir` cannot be read as a corpus folder (missing, a file, unreadable), or undefined when it can. */
export function corpusFolderProblem(dir: string): string | undefined {
  try {
    if (!statSync(dir).isDirectory()) return `${dir} is a file, not a folder of .eml files`;
    readdirSync(dir);
    return undefined;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return `${dir}: no such folder`;
    return `${dir}: cannot be read (${code ?? String(err)})`;
  }
}
