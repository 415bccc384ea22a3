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
