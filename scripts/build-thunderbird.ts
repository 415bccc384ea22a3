/**
 * Builds the Thunderbird MailExtension: bundles the popup and options page with webpack's Node API (its own config
 * here, so webpack.config.js stays the web and CLI bundles'), writes manifest.json and _locales from package.json
 * and src/i18n (src/hosts/thunderbird/manifest.ts), copies the pages, styles and icons, and zips the folder.
 *
 *   npx tsx scripts/build-thunderbird.ts            dist/thunderbird/ and dist/phish-inspector-thunderbird-<version>.xpi
 *   npx tsx scripts/build-thunderbird.ts --out DIR  the same under DIR
 *
 * There is no test build: the real-Thunderbird test installs this .xpi itself. The .xpi is written by a small zip
 * writer (deflate via node:zlib, fixed timestamps: the same sources give the same file).
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32, deflateRawSync } from 'node:zlib';
import webpack from 'webpack';
import { buildTbLocales, buildTbManifest, ICON_SIZES } from '../src/hosts/thunderbird/manifest';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HOST_DIR = 'src/hosts/thunderbird';
/** The pages' bundles. */
const SHIPPED_BUNDLES = ['popup', 'options'] as const;

export interface TbBuildOptions {
  /** Where the folders and the .xpi go (default dist/). */
  outDir?: string;
}

export interface TbBuildResult {
  /** The shipped extension, unpacked. */
  dir: string;
  xpi: string;
}

export function xpiName(version: string): string {
  return `phish-inspector-thunderbird-${version}.xpi`;
}

export async function buildThunderbird(options: TbBuildOptions = {}): Promise<TbBuildResult> {
  const outDir = resolve(options.outDir ?? join(projectRoot, 'dist'));
  const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const staging = join(outDir, '.thunderbird-bundles');
  rmSync(staging, { recursive: true, force: true });
  await compile(SHIPPED_BUNDLES, staging);

  const dir = join(outDir, 'thunderbird');
  assemble(dir, staging, version);
  const xpi = join(outDir, xpiName(version));
  writeFileSync(xpi, zipDirectory(dir));
  rmSync(staging, { recursive: true, force: true });
  return { dir, xpi };
}

/**
 * webpack for each page of src/hosts/thunderbird on its own, each into ONE self-contained script: readable output
 * (reviewers read it), no eval. An extension page needs no lazy loading (its files are local), and a page that loads
 * no chunk cannot miss one: two entries built together once shared a language chunk the package left out, and the
 * popup showed raw keys. So the words of both languages and the IP table's decoder are inside popup.js.
 */
async function compile(names: readonly string[], outDir: string): Promise<void> {
  const configs: webpack.Configuration[] = names.map((name) => ({
    name,
    mode: 'production',
    context: projectRoot,
    target: ['web', 'es2022'],
    // Extension pages forbid eval, and the unminified bundle reads well without maps.
    devtool: false,
    entry: { [name]: `./${HOST_DIR}/${name}.ts` },
    output: { path: outDir, filename: '[name].js' },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        // Libraries end in `//# sourceMappingURL=…` comments for maps we do not ship: webpack drops them on reading.
        { test: /\.[cm]?js$/, extractSourceMap: true },
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // tsconfig says noEmit (it is the type-check config); the loader must emit. Types are tsc's job.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    optimization: { minimize: false },
    performance: { hints: false },
    // One entry, one chunk: its import()s (each language's words, the IP decoder) are folded into the page's script.
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
  }));
  await new Promise<void>((done, fail) => {
    const compiler = webpack(configs);
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    });
  });
}

/** One extension folder: bundles, pages, styles, icons, manifest.json and _locales. */
function assemble(dir: string, staging: string, version: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'icons'), { recursive: true });
  // Every file the compilations wrote (one script per page; anything else they emit goes in too).
  for (const name of listFiles(staging)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    copyFileSync(join(staging, name), join(dir, name));
  }
  for (const name of ['popup.html', 'options.html', 'popup.css'])
    copyFileSync(join(projectRoot, HOST_DIR, name), join(dir, name));
  // The shared checklist's stylesheet, while the shared UI is there to render it.
  const uiCss = join(projectRoot, 'src/ui/styles.css');
  writeFileSync(join(dir, 'ui.css'), existsSync(uiCss) ? readFileSync(uiCss) : '/* no shared UI styles */\n');
  // What it @imports (Fluent tokens, the details' styles) beside it: no css-loader here to inline them.
  const uiImports = existsSync(uiCss) ? readFileSync(uiCss, 'utf8').matchAll(/^@import '\.\/([\w-]+\.css)';$/gm) : [];
  for (const [, name] of uiImports) copyFileSync(join(projectRoot, 'src/ui', name!), join(dir, name!));
  for (const size of ICON_SIZES)
    copyFileSync(join(projectRoot, 'assets', `icon-${size}.png`), join(dir, 'icons', `icon-${size}.png`));
  // The IP network table (npm run build:ip: its index and every shard), read by the popup from the extension itself;
  // without it the popup says the network data is unavailable and names no network owners.
  const ipTable = join(projectRoot, 'dist', 'data', 'ip-owner');
  if (existsSync(join(ipTable, 'index.bin'))) {
    cpSync(ipTable, join(dir, 'data', 'ip-owner'), { recursive: true });
  } else {
    console.warn('build-thunderbird: dist/data/ip-owner/ is not built; the extension will name no IP owners');
  }
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(buildTbManifest({ version }), null, 2)}\n`);
  for (const [lang, messages] of Object.entries(buildTbLocales())) {
    mkdirSync(join(dir, '_locales', lang), { recursive: true });
    writeFileSync(join(dir, '_locales', lang, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

// --- zip ---------------------------------------------------------------------------------------------------------

/** Every file under `dir`, as paths relative to it with forward slashes, in a stable order. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out;
}

/** Every file under `dir`, as zip entries named with forward slashes, in a stable order. */
export function zipDirectory(dir: string, extra: Record<string, Uint8Array> = {}): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of listFiles(dir)) files[name] = readFileSync(join(dir, name));
  return writeZip({ ...files, ...extra });
}

/** DOS date 1980-01-01 00:00: zip's earliest, so the archive does not change with the clock. */
const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1;

/**
 * A zip archive (PKWARE APPNOTE 4.3: local headers, central directory, end record; no zip64, no data descriptors)
 * with each entry deflated, or stored when deflate does not make it smaller (PNGs). Names are UTF-8 (flag bit 11).
 */
export function writeZip(files: Record<string, Uint8Array>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of Object.keys(files).sort()) {
    const data = files[name]!;
    const packed = deflateRawSync(data, { level: 9 });
    const deflated = packed.length < data.length;
    const body = deflated ? packed : Buffer.from(data);
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
      header.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      header.writeUInt16LE(deflated ? 8 : 0, at + 4);
      header.writeUInt16LE(DOS_TIME, at + 6);
      header.writeUInt16LE(DOS_DATE, at + 8);
      header.writeUInt32LE(crc, at + 10);
      header.writeUInt32LE(body.length, at + 14);
      header.writeUInt32LE(data.length, at + 18);
      header.writeUInt16LE(nameBytes.length, at + 22);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    common(local, 4);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by: 2.0, MS-DOS attributes
    common(central, 6);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length / 2, 8);
  end.writeUInt16LE(centrals.length / 2, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

// --- command line ------------------------------------------------------------------------------------------------

function parseArgs(argv: readonly string[]): TbBuildOptions {
  const options: TbBuildOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--out' && argv[i + 1]) options.outDir = argv[++i];
    else throw new Error(`unknown argument ${arg} (expected --out <dir>)`);
  }
  return options;
}

async function main(): Promise<void> {
  const started = Date.now();
  const result = await buildThunderbird(parseArgs(process.argv.slice(2)));
  const size = Math.round(statSync(result.xpi).size / 1024);
  console.log(
    `wrote ${relative(process.cwd(), result.xpi)} (${size} KiB) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`build-thunderbird: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
