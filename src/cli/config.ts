/**
 * `--config <file>`: the Outlook add-in's own config.json, read by the core's validation (core/config.ts), so one
 * organisation gets the same findings from the CLI as from Outlook. As in the add-in, a bad field is named and falls
 * back to its default; a file that cannot be read or is not a JSON object stops the run before any message is read
 * (a usage error: the admin asked for that file, and results without it would be silently different).
 */
// Synchronous: node:fs/promises costs every run its compiling at start-up (sources.ts).
import { readFileSync } from 'node:fs';
import { readConfig, type AdminConfig, type ConfigProblem } from '../core/config';
import type { MessageKey, Param } from '../i18n';

/** The add-in refuses a config.json this large too (hosts/outlook/settings.ts): no admin writes one. */
const MAX_CONFIG_BYTES = 256 * 1024;

type ConfigFileResult =
  | { ok: true; config: AdminConfig; problems: ConfigProblem[] }
  | { ok: false; key: MessageKey; params: Record<string, Param> };

/** A Node fs error by its code (ENOENT, EACCES, EISDIR …), which is what an admin searches for. */
function code(err: unknown): string {
  const value = (err as { code?: unknown } | null)?.code;
  return typeof value === 'string' ? value : err instanceof Error ? err.message : String(err);
}

export async function readConfigFile(file: string): Promise<ConfigFileResult> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const reason = code(err);
    if (reason === 'ENOENT' || reason === 'ENOTDIR') {
      return { ok: false, key: 'cli.error.config-not-found', params: { file } };
    }
    return { ok: false, key: 'cli.error.config-unreadable', params: { file, reason } };
  }
  if (bytes.length > MAX_CONFIG_BYTES) {
    return { ok: false, key: 'cli.error.config-invalid', params: { file, reason: { key: 'cli.config.too-large' } } };
  }
  // A UTF-8 byte order mark (Windows Notepad writes one) is dropped, as the add-in's fetch().text() drops it.
  const text = new TextDecoder('utf-8').decode(bytes);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, key: 'cli.error.config-invalid', params: { file, reason } };
  }
  const { config, problems } = readConfig(raw);
  // The core names a non-object (an array, a string) as a problem of the whole file: nothing in it can be used.
  const whole = problems.find((p) => p.problem === 'config.problem.not-object');
  if (whole) return { ok: false, key: 'cli.error.config-invalid', params: { file, reason: { key: whole.problem } } };
  return { ok: true, config, problems };
}
