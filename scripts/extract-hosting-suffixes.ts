/**
 * Writes src/core/checks/hosting-suffixes.json: the Public Suffix List's private section as the full tldts build
 * carries it (the bundles carry tldts-icann, which leaves that section out), reduced to what
 * hosted-page.ts reads - the suffixes under which anyone gets a name of their own on someone else's platform (a site, an
 * app, a bucket, a blog, a store, a dynamic-DNS name). Run it when tldts is updated (it is jsdom's dependency here);
 * test/core/checks/hosting-suffixes.test.ts fails until the file matches the installed tldts again.
 *   npx tsx scripts/extract-hosting-suffixes.ts
 * Left out: exception rules; a rule under another kept rule (a host under it is under that one too); the
 * pseudo-country second levels (de.com, uk.com: parse/domains.ts PSEUDO_SUFFIXES), where a name is bought like any
 * domain, not rented; and a rule on a bulk-mail service's or mail provider's own domain (link-services.ts
 * ESP_TRACKING_DOMAINS, MAIL_INFRASTRUCTURE: Salesforce's test hosts), kept apart as the genuine senders' tools they
 * are; a government's, army's or school's own (`service.gov.uk`: every GOV.UK service and its Notify mail, `gov.scot`,
 * `ac.ru`, `mil.ru`, a label of GOVERNMENT_LABELS), where nobody rents a page; and a registry's second level whose
 * names are bought like any domain (`co.nl`, `com.ru`, `org.yt`: a generic word of REGISTRY_WORDS over one ending,
 * and every second level under Russia's .ru, .su and .рус, their regional and institutional registries: `msk.ru`,
 * `ras.ru`). A wildcard rule (`*.compute.amazonaws.com`) is kept as its base; a name in other letters is written in
 * its ASCII form, as hosts are read.
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PSEUDO_SUFFIXES, registrableAscii, toAsciiHost } from '../src/core/parse/domains';
import { ESP_TRACKING_DOMAINS, MAIL_INFRASTRUCTURE } from '../src/core/checks/link-services';

interface Trie {
  nodeFlags: Uint8Array;
  edgeStart: Uint16Array | Uint32Array;
  edgeLength: Uint8Array;
  edgeChild: Uint16Array | Uint32Array;
  labelText: string;
  rulesRoot: number;
}

/** tldts's flag of a private-section rule (its suffix-trie.js RULE_TYPE.PRIVATE). */
const PRIVATE = 2;

/** The private section's rules, as tldts's trie holds them (`*.` kept), exceptions left out. */
export function privateRules(): string[] {
  const require = createRequire(import.meta.url);
  const trie = require('tldts/dist/cjs/src/data/trie.js') as Trie;
  const offsets: number[] = [];
  for (let e = 0, at = 0; e < trie.edgeLength.length; e++) {
    offsets.push(at);
    at += trie.edgeLength[e]!;
  }
  const rules: string[] = [];
  const walk = (node: number, labels: string[]) => {
    if (trie.nodeFlags[node]! & PRIVATE) rules.push(labels.join('.'));
    for (let e = trie.edgeStart[node]!; e < trie.edgeStart[node + 1]!; e++) {
      const label = trie.labelText.slice(offsets[e], offsets[e]! + trie.edgeLength[e]!);
      walk(trie.edgeChild[e]!, [label, ...labels]);
    }
  };
  walk(trie.rulesRoot, []);
  return rules;
}

/** Labels of a government's, army's or school's own names (`service.gov.uk`, `mil.ru`, `ac.leg.br`). */
const GOVERNMENT_LABELS: ReadonlySet<string> = new Set(['gov', 'gouv', 'gob', 'govt', 'mil', 'edu', 'ac', 'leg']);
/** A registry's generic second levels (`co.nl`, `com.fo`, `ltd.ng`): a name there is bought, as `acme.co.uk` is. */
const REGISTRY_WORDS: ReadonlySet<string> = new Set(
  'co com net org biz ltd plc inc ngo gen int med sch nom info'.split(' '),
);
/** Russia's endings (.ru, .su, .рус): their private second levels are regional and institutional registries. */
const RUSSIAN: ReadonlySet<string> = new Set(['ru', 'su', 'xn--p1acf']);

/**
 * Left out: a pseudo-country second level, a rule on a mail service's own domain, a government's or school's own name,
 * or a registry's second level.
 */
const leftOut = (suffix: string): boolean => {
  const reg = registrableAscii('x.' + suffix);
  const labels = suffix.split('.');
  const registry = labels.length === 2 && (REGISTRY_WORDS.has(labels[0]!) || RUSSIAN.has(labels[1]!));
  return (
    PSEUDO_SUFFIXES.has(suffix) ||
    ESP_TRACKING_DOMAINS.has(reg) ||
    MAIL_INFRASTRUCTURE.has(reg) ||
    labels.some((l) => GOVERNMENT_LABELS.has(l)) ||
    registry
  );
};

/** The suffixes written to the file: sorted, no rule under another, none left out. */
export function hostingSuffixes(rules: readonly string[]): string[] {
  const bases = new Set(rules.map((r) => toAsciiHost(r.replace(/^\*\./, ''))).filter((r) => !leftOut(r)));
  const under = (s: string) => {
    for (let dot = s.indexOf('.'); dot > 0; dot = s.indexOf('.', dot + 1)) if (bases.has(s.slice(dot + 1))) return true;
    return false;
  };
  return [...bases].filter((s) => s.includes('.') && !under(s)).sort();
}

/** The installed tldts's version, named as the file's source. */
export const tldtsVersion = (): string =>
  (createRequire(import.meta.url)('tldts/package.json') as { version: string }).version;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'src', 'core', 'checks', 'hosting-suffixes.json');
  const suffixes = hostingSuffixes(privateRules());
  const source = `Public Suffix List, private section (tldts ${tldtsVersion()}): scripts/extract-hosting-suffixes.ts`;
  writeFileSync(out, JSON.stringify({ source, suffixes }) + '\n');
  console.log(`${suffixes.length} suffixes -> ${out}`);
}
