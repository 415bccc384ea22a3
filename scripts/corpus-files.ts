/** The .eml files of a corpus folder, recursively, in a stable order (eval and bench read the same list). */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function emlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? emlFiles(path) : name.endsWith('.eml') ? [path] : [];
    });
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
