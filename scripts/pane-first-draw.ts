/**
 * What the built task pane fetches before its first verdict (issue #19): `npx tsx scripts/pane-first-draw.ts [dist]`
 * loads dist/taskpane.html in jsdom with test/hosts/outlook/fake-office.ts, as built-pane.test.ts does, for a few
 * messages and both languages, and prints the gzipped bytes of every script and stylesheet asked for by the time the
 * verdict is on screen (the chunks asked for while it is drawn, Fluent's button and the evidence lists, included),
 * then each file with `--files`. The pane budget (built-pane.test.ts) counts only the first download; this counts
 * what a message really costs, so that code moved into a chunk every message fetches shows as the same bytes.
 * jsdom's browser language is English: a Japanese reader's count includes the English words the pane shows while
 * Office starts (src/hosts/outlook/taskpane.ts), which a Japanese browser would not fetch.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole, requestInterceptor } from 'jsdom';
import { fakeOffice, type FakeItem } from '../test/hosts/outlook/fake-office';

const ORIGIN = 'https://localhost:3000/';
const root = join(import.meta.dirname, '..');
const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith('--')) ?? join(root, 'dist');
const fixture = (name: string) => readFileSync(join(root, 'test/fixtures', name), 'utf8');

const MESSAGES: Record<string, FakeItem> = {
  kagoya: {
    from: { displayName: 'KAGOYA Inc', emailAddress: 'sawada@air.linkclub.or.jp' },
    subject: '【KAGOYA WEBメール】ログインのお知らせ',
    headers: fixture('kagoya-2021-12.m365.headers.txt'),
    html: fixture('link-kagoya-2021-12.html'),
  },
  'plain English': {
    from: { displayName: 'Tom Baker', emailAddress: 'tom@northwind-traders.com' },
    subject: 'Notes from Tuesday',
    headers:
      'From: Tom Baker <tom@northwind-traders.com>\r\nTo: info@example.co.jp\r\nSubject: Notes from Tuesday\r\n' +
      'Message-ID: <1@northwind-traders.com>\r\n',
    html:
      '<p>Hi all,</p><p>Thanks for joining on Tuesday. The notes are on the shared drive as usual; the next review ' +
      'is on the 14th at 10:00. Please send me your comments on the draft before Friday.</p><p>Best regards,<br>Tom</p>',
  },
  'English phish': {
    from: { displayName: 'PayPal', emailAddress: 'service@paypa1-support.example' },
    subject: 'Your account has been suspended',
    headers: 'From: "PayPal" <service@paypa1-support.example>\r\nSubject: Your account has been suspended\r\n',
    html: '<p>Verify your account within 24 hours: <a href="https://login.evil-host.example.com/pp">log in</a></p>',
  },
  'disguised name': {
    from: { displayName: 'P a y P a l', emailAddress: 'service@paypa1-support.example' },
    subject: 'Account',
    headers: 'From: "P a y P a l" <service@paypa1-support.example>\r\nSubject: Account\r\n',
    html: '<p>Please confirm your account details.</p>',
  },
};

/** The pane's files asked for until the verdict is drawn, and the verdict. */
async function firstDraw(displayLanguage: string, item: FakeItem): Promise<{ verdict: string; files: string[] }> {
  const fake = fakeOffice({ displayLanguage, item });
  const requested: string[] = [];
  const interceptor = requestInterceptor(async (request) => {
    requested.push(request.url);
    if (request.url === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')
      return new Response('window.Office = window.__testOffice;', { headers: { 'Content-Type': 'text/javascript' } });
    const file = request.url.startsWith(ORIGIN) ? join(dist, new URL(request.url).pathname) : '';
    if (!file || !existsSync(file)) return new Response('', { status: 404 });
    const type = file.endsWith('.css') ? 'text/css' : 'text/javascript';
    return new Response(readFileSync(file), { headers: { 'Content-Type': type } });
  });
  const dom = new JSDOM(readFileSync(join(dist, 'taskpane.html'), 'utf8'), {
    url: `${ORIGIN}taskpane.html`,
    runScripts: 'dangerously',
    resources: { interceptors: [interceptor] },
    pretendToBeVisual: true,
    virtualConsole: new VirtualConsole(),
    beforeParse(window) {
      (window as unknown as { __testOffice: unknown }).__testOffice = fake.office;
    },
  });
  const document = dom.window.document;
  for (let i = 0; i < 800 && !document.querySelector('.verdict-title'); i++)
    await new Promise((r) => setTimeout(r, 25));
  const verdict = document.querySelector('.verdict-title')?.textContent ?? '(no verdict)';
  const files = requested
    .filter((url) => url.startsWith(ORIGIN))
    .map((url) => new URL(url).pathname.slice(1))
    .filter((file) => /\.(?:js|css)$/.test(file));
  dom.window.close();
  return { verdict, files };
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
for (const lang of ['en-US', 'ja-JP'])
  for (const [name, item] of Object.entries(MESSAGES)) {
    const { verdict, files } = await firstDraw(lang, item);
    const total = files.reduce((sum, file) => sum + gz(file), 0);
    console.log(`${lang} ${name}: ${total} bytes gzipped before the first draw (${verdict})`);
    if (args.includes('--files'))
      for (const file of files) console.log(`  ${file.replace(/\.[0-9a-f]{8}\./, '.')} ${gz(file)}`);
  }
