/**
 * The command line: `phish-inspector [--json] [--lang en|ja] [--config <file>] [--online] <path>...`, where a path `-` is
 * standard input. Hand-written rather than util.parseArgs so that every usage error is one of our translated
 * messages, not Node's English text.
 */
import { LANGS, type Lang, type MessageKey } from '../i18n';

interface CliOptions {
  json: boolean;
  lang: Lang;
  /** Files, mboxes, folders; `-` is standard input. */
  paths: string[];
  help: boolean;
  version: boolean;
  /** The admin's config.json (the add-in's), when given. */
  config?: string;
  /** Look up public registration data (RDAP) for each message: never without this option (issue #18). */
  online: boolean;
  /** `--jobs N`: messages analysed at once, on N threads; unset, one per idle core (bin.ts decides). */
  jobs?: number;
}

/** A usage error: the message key and its parameters; the caller prints it with the usage and exits 2. */
interface UsageError {
  key: MessageKey;
  params: Record<string, string>;
  /** The language chosen before the error, so the usage is shown in it. */
  lang: Lang;
}

export type ParsedArgs = { ok: true; options: CliOptions } | { ok: false; error: UsageError };

/** `--jobs` at most. */
const MAX_JOBS = 64;

/** The path that means standard input, as in cat, grep and tar. */
export const STDIN_PATH = '-';

function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const options: CliOptions = { json: false, lang: 'en', paths: [], help: false, version: false, online: false };
  const fail = (key: MessageKey, params: Record<string, string> = {}): ParsedArgs => ({
    ok: false,
    error: { key, params, lang: options.lang },
  });
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    // Anything after `--` is a path (a file may be named `--json`); a lone `-` is standard input.
    if (onlyPaths || !arg.startsWith('-') || arg === STDIN_PATH) {
      options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 && arg.startsWith('--') ? arg.slice(0, eq) : arg;
    const inline = eq > 0 && arg.startsWith('--') ? arg.slice(eq + 1) : undefined;
    const value = (): string | undefined => inline ?? argv[++i];
    if ((name === '--help' || name === '-h') && inline === undefined) options.help = true;
    else if (name === '--version' && inline === undefined) options.version = true;
    else if (name === '--json' && inline === undefined) options.json = true;
    else if (name === '--online' && inline === undefined) options.online = true;
    else if (name === '--lang') {
      const lang = value();
      if (lang === undefined || lang === '') return fail('cli.error.missing-value', { option: '--lang' });
      if (!isLang(lang)) return fail('cli.error.bad-lang', { lang });
      options.lang = lang;
    } else if (name === '--config') {
      const file = value();
      if (file === undefined || file === '') return fail('cli.error.missing-value', { option: '--config' });
      options.config = file;
    } else if (name === '--jobs') {
      const jobs = value();
      if (jobs === undefined || jobs === '') return fail('cli.error.missing-value', { option: '--jobs' });
      // Each thread holds a copy of the command and its data (tens of MB): a typo's 1000 threads would exhaust memory.
      if (!/^[1-9][0-9]?$/.test(jobs) || Number(jobs) > MAX_JOBS) return fail('cli.error.bad-jobs', { jobs });
      options.jobs = Number(jobs);
    } else return fail('cli.error.unknown-option', { option: arg });
  }
  // --help and --version win over a missing path: `phish-inspector --version` must print and succeed.
  if (!options.help && !options.version && options.paths.length === 0) return fail('cli.error.no-path');
  return { ok: true, options };
}
