/* global module, require */
/**
 * webpack plugin for the CLI bundle: the command keeps V8's compiled code between runs (issue #19). Node 20 has no
 * `module.enableCompileCache`, and compiling the 3.6 MB bundle is ≈ 25–60 ms of each start (most of it before the
 * first line runs). So the emitted file is a small loader followed by the bundle inside one block comment (V8 skips
 * a comment in ≈ 3 ms): the loader cuts the bundle out of its own file, compiles it through `vm.Script` with the code
 * V8 wrote at an earlier run (`cachedData`), and runs it as Node would have run the module. The first run, or one
 * whose cache V8 rejects (another Node, other V8 flags), compiles it in full and writes the cache at exit, with
 * whatever the run compiled meanwhile (a message's checks too), as v8-compile-cache does. Still one file: it runs
 * copied anywhere, and `node phish-inspector.cjs` is still the command (workers start the same file).
 *
 * Data kept out of the compiled code: each JSON text of 64 KB or more in the bundle - a `JSON.parse("...")` of a string
 * literal (the brand index, brands.json) or a one-line `const X = {...};` that is JSON (the phrase tries) - moves into
 * a second comment after the bundle's, and the code reads it from there as a slice of the text Node already read
 * (`__cliJsonText(start, end)`, O(1), no copy). V8 then neither compiles those megabytes into the bundle's source nor
 * writes them into the code cache, and each run no longer reads them back from the cache, checks their CRC and
 * deserialises them (the cache after a message: 4.7 -> 1.2 MB; issue #19). An object of objects (the brand tables'
 * parts) is read a value at a time, each parsed when first asked for (`__cliJsonObject`): a message parses only the
 * parts it reads. A one-line string constant of 64 KB or more whose value is ASCII without `*` `/` moves as it is,
 * and the code reads the value itself as such a slice (`__cliJsonText`, no JSON.parse): the phrase tries, all digits
 * (trie-format.ts), which need no parsing at all.
 *
 * The cache: `$XDG_CACHE_HOME/phish-inspector/` (else `~/.cache/…`; `%LOCALAPPDATA%` on Windows), one file per bundle
 * (its version and content hash) and Node (version, architecture). A file that is short, changed or unreadable is
 * ignored (our CRC before V8 sees it); a directory that cannot be written costs only the cache. Off with
 * PHISH_INSPECTOR_NO_CODE_CACHE=1 (any value but empty or `0`).
 */

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack plugin is CommonJS
const { createHash } = require('node:crypto');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack plugin is CommonJS
const { Script } = require('node:vm');

/** Opens the comment holding the bundle; the loader finds the bundle after it. */
const BODY_OPEN = '/*PHISH-INSPECTOR-BUNDLE\n';
/** Opens the comment holding the JSON texts taken out of the bundle (after the bundle's own comment). */
const DATA_OPEN = '/*PHISH-INSPECTOR-DATA\n';
/** A JSON text at least this long leaves the code for the data comment. */
const MIN_DATA_CHARS = 64 * 1024;
/** `*` `/` inside the bundle would close the comment: written as the first of these the bundle does not hold. */
const CLOSE_ESCAPES = ['*~/', '*^/', '*|/', '*%/', '*#/', '*!/'];

/**
 * The loader, written into the file as this function's text (so it is linted code, not a string). Runs as the
 * module's own code: `self` is the function Node compiled the file into, `module`, `require`, `filename`, `dirname`
 * are the file's. `key` names the bundle, `lineOffset` is the line the bundle starts on (stack traces then name the
 * file's own lines).
 */
function loadBundle(self, module, require, filename, dirname, key, lineOffset, open, closeEscape, dataOpen) {
  'use strict';
  const fs = require('node:fs');
  const vm = require('node:vm');
  // The bundle as Node read it already: the text of the function Node made of this file (`arguments.callee` at its
  // top level), not the file read again - 5 MB, about 10 ms of each start and of each worker's (issue #19). The file
  // (all ASCII: ascii-only-plugin.cjs) if that text is not there.
  let text = typeof self === 'function' ? Function.prototype.toString.call(self) : '';
  if (!text.includes('\n' + open)) text = fs.readFileSync(filename, 'latin1');
  const start = text.indexOf(open) + open.length;
  // The bundle holds no `*` `/` of its own (each is written as closeEscape): the first one closes its comment.
  const end = text.indexOf('*/', start);
  const body = text.slice(start, end).replaceAll(closeEscape, '*/');
  // The JSON texts taken out of the code: slices of this same text, made when the bundle's code asks for them.
  const dataAt = text.indexOf(dataOpen, end) + dataOpen.length;
  const jsonText = (from, to) => text.slice(dataAt + from, dataAt + to);
  // An object whose values are each parsed from their JSON text when first read, then kept.
  const jsonObject = (entries) => {
    const object = {};
    for (const [name, from, to] of entries) {
      Object.defineProperty(object, name, {
        configurable: true,
        enumerable: true,
        get() {
          const value = JSON.parse(jsonText(from, to));
          Object.defineProperty(object, name, { value, configurable: true, enumerable: true, writable: true });
          return value;
        },
      });
    }
    return object;
  };
  const source =
    '(function (exports, require, module, __filename, __dirname, __cliJsonText, __cliJsonObject) {' + body + '\n})';
  const off = process.env.PHISH_INSPECTOR_NO_CODE_CACHE;
  let file;
  let cachedData;
  // What the run that wrote the cache analysed (the file's fifth byte), as `reach` counts it.
  let written = 0;
  // A run's reach by the messages this thread analysed: 0 none (`--version`), 1 a few, 2 a folder (FOLDER or more).
  // A cache holds the code of the run that wrote it and no more: what a one-message run never compiled (another
  // message's checks, a folder's paths) was compiled again from source by every later run, each of its threads (a
  // corpus run on a one-message run's cache: +0.1-0.2 s CPU, issue #19). A run of greater reach writes it again.
  const FOLDER = 50;
  const reach = (count) => (!count ? 0 : count < FOLDER ? 1 : 2);
  if (!off || off === '0') {
    try {
      const path = require('node:path');
      const env = process.env;
      const base =
        env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
          ? env.XDG_CACHE_HOME
          : process.platform === 'win32' && env.LOCALAPPDATA
            ? env.LOCALAPPDATA
            : path.join(require('node:os').homedir(), '.cache');
      file = path.join(base, 'phish-inspector', `${key}-node${process.versions.node}-${process.arch}.v8cache`);
      // [CRC-32 of the rest, 4 bytes][what the run that wrote it analysed: 0 nothing, 1 a few messages, 2 a folder]
      // [V8's code cache]: a file cut short or changed is never handed to V8.
      const saved = fs.readFileSync(file);
      if (saved.length > 5 && saved.readUInt32LE(0) === require('node:zlib').crc32(saved.subarray(4))) {
        cachedData = saved.subarray(5);
        written = saved[4];
      }
    } catch {
      // No cache yet, or none readable: compile in full.
    }
  }
  // V8 optimises a function once it has run `interrupt-budget` bytes of bytecode (66 KB in Node 20): a run on one
  // message then spends about 150 ms of background compiling on start-up loops that never run again, and waits for it at
  // exit. Six times that budget, measured (issue #19, load 8-12): one message 250 -> 210 ms CPU, the corpus 11.7 ->
  // 10.6 s CPU. Set before compiling, so the cache's V8 flags match from run to run; a flag the user gave stays.
  // V8 drops the bytecode of a function not run for a while (at old-generation collections), and the cache written at
  // exit holds only the bytecode still there: a folder run's cache lacked the start-up code and whatever only the first
  // messages ran (1.41 MB after the corpus, 2.03 MB kept), so the next run - and each worker thread of a folder run,
  // which reads the cache too - compiled those again from source (issue #19; the figures in the commit that set it).
  const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].join(' ');
  const v8 = require('node:v8');
  if (!given.includes('--interrupt-budget')) v8.setFlagsFromString('--interrupt-budget=400000');
  if (!given.includes('flush-bytecode')) v8.setFlagsFromString('--no-flush-bytecode');
  const script = new vm.Script(source, { filename, lineOffset, cachedData });
  const fresh = !cachedData || script.cachedDataRejected;
  if (file && (fresh || written < 2) && require('node:worker_threads').isMainThread) {
    // At exit, so the cache holds what this run compiled; written whole, then renamed, so a reader never sees half.
    // A cache from a run that analysed nothing (`--version`) lacks a message's code: the first run on one rewrites it;
    // one from a run on a few messages lacks a folder's: the first run on one (FOLDER messages here) rewrites it.
    // The messages this thread analysed (main.ts counts them under this key; a worker's are not counted).
    const analysed = Symbol.for('phish-inspector.analysed');
    process.once('exit', () => {
      const ran = reach(Number(globalThis[analysed]) || 0);
      if (!fresh && ran <= written) return;
      const temp = `${file}.${process.pid}.tmp`;
      try {
        const data = Buffer.concat([Buffer.from([ran]), script.createCachedData()]);
        const head = Buffer.alloc(4);
        head.writeUInt32LE(require('node:zlib').crc32(data), 0);
        fs.mkdirSync(require('node:path').dirname(file), { recursive: true });
        fs.writeFileSync(temp, Buffer.concat([head, data]));
        fs.renameSync(temp, file);
        // Each build of the command has its own file: the KEEP newest stay (two installed versions never evict each
        // other), older ones go, so rebuilds and upgrades do not fill the folder.
        const dir = require('node:path').dirname(file);
        const KEEP = 4;
        fs.readdirSync(dir)
          .filter((name) => name.endsWith('.v8cache'))
          .map((name) => ({ path: `${dir}/${name}`, time: fs.statSync(`${dir}/${name}`).mtimeMs }))
          .sort((a, b) => b.time - a.time)
          .slice(KEEP)
          .forEach(({ path }) => fs.rmSync(path, { force: true }));
      } catch {
        // A read-only home, a full disk: the next run compiles in full, as this one did.
        try {
          fs.rmSync(temp, { force: true });
        } catch {
          // nothing to clean
        }
      }
    });
  }
  const run = script.runInThisContext();
  run.call(module.exports, module.exports, require, module, filename, dirname, jsonText, jsonObject);
}

/**
 * The end of the JavaScript string literal opening at `at` (a quote), past its closing quote; -1 if it does not close
 * on its line.
 */
function stringEnd(text, at) {
  const quote = text[at];
  for (let i = at + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === quote) return i + 1;
    else if (c === '\n') return -1;
  }
  return -1;
}

/** `json` (a JSON text) as an equal JSON text of ASCII only, with no `*` `/` in it (each `/` written `\/`). */
function safeJson(json) {
  return JSON.stringify(JSON.parse(json)).replace(/[\u0080-\uffff/]/g, (c) =>
    c === '/' ? '\\/' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * The texts of `code` that leave it for the data comment: [start, end, text] of each range of `code` to be written
 * `__cliJsonText(a, b)` (a string literal holding a JSON text, given to JSON.parse, or a one-line string constant,
 * its value as it is) or `JSON.parse(...)` of it (a one-line constant written as a JSON object or array).
 */
function dataRanges(code) {
  const ranges = [];
  const call = 'JSON.parse(';
  for (let at = code.indexOf(call); at >= 0; at = code.indexOf(call, at + 1)) {
    const from = at + call.length;
    if (code[from] !== '"' && code[from] !== "'") continue;
    const to = stringEnd(code, from);
    if (to < 0 || to - from < MIN_DATA_CHARS || code[to] !== ')') continue;
    // The literal's value, as JavaScript reads it (webpack writes JSON modules in single quotes).
    const value = new Script(code.slice(from, to)).runInNewContext();
    ranges.push({ start: from, end: to, text: safeJson(value), parse: false });
  }
  // A one-line constant written as a string literal (the phrase tries' digits, scripts/phrase-tries-loader.cjs): its
  // value moves as it is, and the code reads it as a slice of the file's text - nothing parsed, nothing copied. Only
  // text the data comment can hold as it is: ASCII, and no `*` `/` (which would close the comment).
  const literal = /^(?:const|let|var) [\w$]+ = (?=["'])/gm;
  for (let m = literal.exec(code); m; m = literal.exec(code)) {
    const from = m.index + m[0].length;
    const to = stringEnd(code, from);
    if (to < 0 || to - from < MIN_DATA_CHARS || code[to] !== ';') continue;
    const value = new Script(code.slice(from, to)).runInNewContext();
    if (/[\u0080-\uffff]/.test(value) || value.includes('*/')) continue;
    ranges.push({ start: from, end: to, text: value, parse: false });
  }
  const declaration = /^(?:const|let|var) [\w$]+ = (?=[{[])/gm;
  for (let m = declaration.exec(code); m; m = declaration.exec(code)) {
    const from = m.index + m[0].length;
    const lineEnd = code.indexOf('\n', from);
    const to = (lineEnd < 0 ? code.length : lineEnd) - 1;
    if (code[to] !== ';' || to - from < MIN_DATA_CHARS) continue;
    let value;
    try {
      value = JSON.parse(code.slice(from, to));
    } catch {
      continue; // code, not JSON
    }
    // An object of objects (the tries by finder): each value its own JSON text, parsed when first read.
    const values = Object.values(value);
    if (!Array.isArray(value) && values.length > 1 && values.every((v) => v !== null && typeof v === 'object')) {
      const parts = Object.entries(value).map(([name, v]) => [name, safeJson(JSON.stringify(v))]);
      ranges.push({ start: from, end: to, parts });
    } else ranges.push({ start: from, end: to, text: safeJson(code.slice(from, to)), parse: true });
  }
  // A JSON text inside another that moved (none today) stays where it is.
  return ranges.sort((a, b) => a.start - b.start).filter((range, i, all) => i === 0 || range.start >= all[i - 1].end);
}

/** The file for `bundle` (webpack's output, its `#!` line first): `#!`, the loader, the bundle in a comment. */
function withCodeCache(bundle, version) {
  const shebang = /^#![^\n]*\n/.exec(bundle)?.[0] ?? '';
  const code = bundle.slice(shebang.length);
  const escape = CLOSE_ESCAPES.find((candidate) => !code.includes(candidate));
  if (!escape) throw new Error(`cli-code-cache: the bundle holds each of ${CLOSE_ESCAPES.join(' ')}`);
  const ranges = dataRanges(code);
  let data = '';
  for (const range of ranges) {
    if (range.parts) {
      const entries = range.parts.map(([name, json]) => {
        const from = data.length;
        data += json;
        return [name, from, data.length];
      });
      range.replacement = `__cliJsonObject(${JSON.stringify(entries)})`;
    } else {
      const from = data.length;
      data += range.text;
      const read = `__cliJsonText(${from}, ${data.length})`;
      range.replacement = range.parse ? `JSON.parse(${read})` : read;
    }
    range.start += shebang.length;
    range.end += shebang.length;
  }
  const key = `${version}-${createHash('sha256').update(code).update(data).digest('hex').slice(0, 16)}`;
  const head =
    shebang +
    '// The command loads the bundle below (in a comment) with V8 code cached between runs: scripts/cli-code-cache.cjs.\n' +
    `(${loadBundle.toString()})(arguments.callee, module, require, __filename, __dirname, ${JSON.stringify(key)}, LINE, ` +
    `${JSON.stringify(BODY_OPEN)}, ${JSON.stringify(escape)}, ${JSON.stringify(DATA_OPEN)});\n` +
    BODY_OPEN;
  // Written after ascii-only-plugin.cjs ran: the loader must be ASCII itself.
  if ([...head].some((c) => c.charCodeAt(0) > 0x7f)) throw new Error('cli-code-cache: the loader is not all ASCII');
  return {
    head: head.replace('LINE', String(head.split('\n').length - 1)),
    shebang,
    escape,
    ranges,
    data: `${DATA_OPEN}${data}*/\n`,
  };
}

class CodeCachePlugin {
  constructor(version) {
    this.version = version;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CodeCachePlugin', (compilation) => {
      // After the banner and the ASCII escapes, before the source map is written (so it maps the final file).
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1;
      compilation.hooks.processAssets.tap({ name: 'CodeCachePlugin', stage }, (assets) => {
        for (const [name, asset] of Object.entries(assets)) {
          if (!name.endsWith('.cjs')) continue;
          const text = asset.source().toString();
          const { head, shebang, escape, ranges, data } = withCodeCache(text, this.version);
          const source = new sources.ReplaceSource(asset);
          // ReplaceSource's end is inclusive; the `#!` line is replaced by the whole head (which starts with it).
          if (shebang) source.replace(0, shebang.length - 1, head);
          else source.insert(0, head);
          let next = 0;
          for (const range of ranges) source.replace(range.start, range.end - 1, range.replacement);
          for (let at = text.indexOf('*/'); at >= 0; at = text.indexOf('*/', at + 2)) {
            while (next < ranges.length && ranges[next].end <= at) next++;
            if (next < ranges.length && ranges[next].start <= at) continue; // inside a JSON text that moved
            source.replace(at, at + 1, escape);
          }
          compilation.updateAsset(name, new sources.ConcatSource(source, '*/\n', data));
        }
      });
    });
  }
}

module.exports = CodeCachePlugin;
