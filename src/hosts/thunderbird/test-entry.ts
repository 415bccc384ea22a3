/**
 * TEST BUILD ONLY — never in the shipped .xpi (scripts/build-thunderbird.ts leaves it out; the tests check).
 *
 * Headless Thunderbird displays no message, so the popup cannot be pressed. This background script does what the
 * popup does, on a message it puts there itself: imports the fixture the test bundled (`test-message.eml`) into
 * Local Folders, runs `analyzeTbMessage` — the very function the popup runs — on it, and posts the result to the
 * test's loopback server, whose port the test wrote into `test-config.json`.
 */
import { analyzeTbMessage } from './analyze-message';
import { rawToBytes } from './raw-message';
import type { Messenger, TbAccount, TbFolder, TbMessageHeader } from './messenger-api';
import { errorText } from './report-to-it';

interface TestMessenger extends Messenger {
  messages: Messenger['messages'] & {
    import(file: File, folderId: string, properties?: Record<string, unknown>): Promise<TbMessageHeader>;
  };
  folders: { getSubFolders(folderId: string, includeSubFolders?: boolean): Promise<TbFolder[]> };
  runtime: NonNullable<Messenger['runtime']> & { getBrowserInfo?(): Promise<{ name: string; version: string }> };
}

interface TestConfig {
  port: number;
}

async function main(api: TestMessenger): Promise<void> {
  const config = (await (await fetch(api.runtime.getURL('test-config.json'))).json()) as TestConfig;
  const post = (path: string, body: unknown) =>
    fetch(`http://127.0.0.1:${config.port}${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'text/plain' } });
  try {
    const folder = await localFolder(api);
    const bytes = await (await fetch(api.runtime.getURL('test-message.eml'))).arrayBuffer();
    const header = await api.messages.import(new File([bytes], 'test-message.eml', { type: 'message/rfc822' }), folder.id);
    const analysis = await analyzeTbMessage(api, header);
    // What getRaw really returns at the top, so the unit tests' fixture keeps the real shape.
    const raw = await rawToBytes(await api.messages.getRaw(header.id, { data_format: 'File' }));
    await post('/result', {
      browser: await api.runtime.getBrowserInfo?.(),
      folder: { name: folder.name, specialUse: folder.specialUse },
      verdict: analysis.report.verdict,
      findings: analysis.report.findings.map((f) => ({ id: f.id, status: f.status })),
      story: analysis.report.story.map((s) => s.key),
      recipients: analysis.input.recipients ?? [],
      strippedLines: analysis.strippedLines,
      rawHead: String.fromCharCode(...raw.subarray(0, 400)),
    });
  } catch (error) {
    await post('/result', { error: errorText(error) });
  }
}

/** How long the test entry waits for Thunderbird to discover Local Folders' folders after startup. */
const FOLDER_WAIT_MS = 30_000;

/**
 * Local Folders' Inbox (the test profile creates one), else any of its folders. A fresh profile's folders are found
 * a moment after the extension starts, so the entry asks again until they are there (bounded).
 */
async function localFolder(api: TestMessenger): Promise<TbFolder> {
  const accounts: TbAccount[] = await api.accounts.list(false);
  // `local` in Manifest V3 (`none` in V2).
  const local = accounts.find((a) => a.type === 'local' || a.type === 'none');
  if (!local?.rootFolder) throw new Error(`no Local Folders account among ${accounts.map((a) => a.type).join(', ')}`);
  const deadline = Date.now() + FOLDER_WAIT_MS;
  for (;;) {
    const folders = (await api.folders.getSubFolders(local.rootFolder.id, false)).filter((f) => !f.isVirtual);
    const folder = folders.find((f) => f.specialUse?.includes('inbox')) ?? folders.find((f) => f.name === 'Inbox');
    if (folder) return folder;
    if (Date.now() > deadline) throw new Error(`Local Folders has no Inbox after ${FOLDER_WAIT_MS / 1000} s: ${JSON.stringify(folders)}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

void main((globalThis as unknown as { messenger: TestMessenger }).messenger);
