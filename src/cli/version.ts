/**
 * The version `--version` prints: package.json's, read at build time (webpack inlines the one field used, so the
 * command needs no package.json beside it), and read from the source tree when run with tsx.
 */
import packageJson from '../../package.json' with { type: 'json' };

export const VERSION: string = packageJson.version;
