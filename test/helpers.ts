/** Test helpers: fixtures shipped in test/fixtures, and the optional ../shared tree (corpus, schemas). */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en } from '../src/i18n/en';
import type { SharedKey } from '../src/i18n/en';
import { DecodingMode, EntityDecoder, type EntityTable } from '../src/core/parse/entity-decoder';
import type { MessageInput } from '../src/core/types';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The command as `npm run build` ships it (what `npx phish-inspector` runs). */
export const CLI_BIN = join(projectRoot, 'dist', 'cli', 'phish-inspector.cjs');

/**
 * The built command's code as its loader runs it: the file holds the bundle in a block comment after a small loader,
 * each `*` `/` inside written as an escape the loader names (scripts/cli-code-cache.cjs), which is undone here; the
 * JSON texts the bundle reads from the data comment after it (`__cliJsonText(from, to)`, `__cliJsonObject([[name,
 * from, to], ...])`) are written back in its code (a string literal, or the object itself where the code parsed it),
 * as the bundle was before they moved.
 */
export function builtCliCode(): string {
  const file = readFileSync(CLI_BIN, 'utf8');
  const open = '/*PHISH-INSPECTOR-BUNDLE\n';
  const escape = /, "(\*.\/)", "[^"]*"\);\n\/\*PHISH-INSPECTOR-BUNDLE\n/.exec(file)?.[1];
  if (!escape) throw new Error(`${CLI_BIN}: no bundle after the loader (scripts/cli-code-cache.cjs)`);
  const start = file.indexOf(open) + open.length;
  const end = file.indexOf('*/', start);
  const dataOpen = '/*PHISH-INSPECTOR-DATA\n';
  const data = file.slice(file.indexOf(dataOpen, end) + dataOpen.length);
  const json = (from: string, to: string) => data.slice(Number(from), Number(to));
  return file
    .slice(start, end)
    .replaceAll(escape, '*/')
    .replace(/__cliJsonObject\((\[.*\])\);$/gm, (_, entries: string) => {
      const values = (JSON.parse(entries) as [string, number, number][]).map(
        ([name, from, to]) => `${JSON.stringify(name)}: ${data.slice(from, to)}`,
      );
      return `{ ${values.join(', ')} };`;
    })
    .replace(/JSON\.parse\(__cliJsonText\((\d+), (\d+)\)\)|__cliJsonText\((\d+), (\d+)\)/g, (_, a, b, c, d) =>
      a === undefined ? JSON.stringify(json(c as string, d as string)) : json(a as string, b as string),
    );
}

/** The built command exists only after `npm run build`: a one-line skip without it, a failure under CI (it builds first). */
export function requireBuiltCli(ctx: Mocha.Context): void {
  if (existsSync(CLI_BIN)) return;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${CLI_BIN} is missing: run npm run build first`);
  console.log('      (skipped: dist/cli/phish-inspector.cjs is not built; run npm run build)');
  ctx.skip();
}

/** A fixture's bytes, from test/fixtures. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(projectRoot, 'test', 'fixtures', name)));
}

export function fixtureText(name: string): string {
  return readFileSync(join(projectRoot, 'test', 'fixtures', name), 'utf8');
}

/**
 * A folder of ../shared (corpus, schemas). When it is missing the calling suite skips with a one-line reason,
 * except under CI=true, where its absence is a failure: CI always has ../shared.
 */
export function sharedPath(ctx: Mocha.Context, ...parts: string[]): string {
  const path = join(projectRoot, '..', 'shared', ...parts);
  if (existsSync(path)) return path;
  if (process.env.CI === 'true') throw new Error(`CI=true but ${path} is missing`);
  console.log(`      (skipped: ${join('..', 'shared', ...parts)} is not present)`);
  ctx.skip();
  return path;
}

/** True for a key of the shared dictionary: the keys the core may put in a report. */
export function hasKey(key: string): key is SharedKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** postal-mime's table of character references as its package ships it: what scripts/pack-html-entities.cjs packs. */
export const POSTAL_ENTITIES = join(projectRoot, 'node_modules', 'postal-mime', 'dist', 'esm', 'html-entities.js');

const entityPacker = createRequire(import.meta.url)('../scripts/pack-html-entities.cjs') as ((
  this: { resourcePath: string; resourceQuery?: string },
  source: string,
) => string) & { COMMON: string[] };

/** The names the task pane's first part of that table holds besides the legacy ones (pack-html-entities.cjs). */
export const COMMON_ENTITY_NAMES: readonly string[] = entityPacker.COMMON;

/** That table as the build's loader packs it (`?common`: the task pane's first part); `source` for another text. */
export function packEntities(query?: string, source = readFileSync(POSTAL_ENTITIES, 'utf8')): string {
  return entityPacker.call({ resourcePath: POSTAL_ENTITIES, resourceQuery: query }, source);
}

export type DecodingModeValue = (typeof DecodingMode)[keyof typeof DecodingMode];
export const DECODING_MODES: readonly DecodingModeValue[] = [
  DecodingMode.Legacy,
  DecodingMode.Attribute,
  DecodingMode.Strict,
];

/** What the decoder makes of the characters after one `&`: the code points emitted and how many it took. */
export function decodeAfterAmp(table: EntityTable, mode: DecodingModeValue, input: string): string {
  const out: number[] = [];
  const decoder = new EntityDecoder(table, (cp, consumed) => out.push(cp, consumed));
  decoder.startEntity(mode);
  let taken = decoder.write(input, 0);
  if (taken < 0) taken = decoder.end();
  return `${out.join(',')} -> ${taken}`;
}

/**
 * A synthetic message to Ella Marsh at halvorsen-eng.com, whose mail system authenticated the sender's domain (DKIM,
 * SPF and DMARC pass) unless `authenticated` is false: the body is plain text, or HTML when `html` is set.
 */
export function halvorsenMail(
  from: string,
  subject: string,
  body: string,
  { html = false, authenticated = true }: { html?: boolean; authenticated?: boolean } = {},
): MessageInput {
  const domain = from.slice(from.indexOf('@') + 1, from.indexOf('>'));
  const headers = [
    'Received: from mail.sender.example (mail.sender.example [198.51.100.40]) by mx.halvorsen-eng.com',
    ' with ESMTPS id 7C1D2; Tue, 2 Dec 2025 10:12:04 +0000',
    ...(authenticated
      ? [
          `Authentication-Results: mx.halvorsen-eng.com; dkim=pass header.d=${domain} header.s=s1;`,
          ` spf=pass smtp.mailfrom=${domain}; dmarc=pass (p=none) header.from=${domain}`,
        ]
      : []),
    `Message-ID: <b72e1d0c55@${domain}>`,
    'Date: Tue, 2 Dec 2025 10:12:00 +0000',
    `From: ${from}`,
    'To: Ella Marsh <ella.marsh@halvorsen-eng.com>',
    `Subject: ${subject}`,
    'MIME-Version: 1.0',
    `Content-Type: text/${html ? 'html' : 'plain'}; charset="utf-8"`,
  ];
  return { headers: headers.join('\r\n') + '\r\n', ...(html ? { html: body } : { text: body }) };
}
