/*
 * TEST ONLY — the helper extension the real-Thunderbird test installs beside the shipped .xpi (never part of our
 * package). It does what a user does before pressing "Check this message": puts the test message into Local Folders
 * (messages.import; the test wrote it into this extension as test-message.eml) and selects it in the 3-pane tab, so
 * the message pane displays it. Then it tells the test over loopback (port in test-config.json) which message is
 * shown; the test presses our button and reads our popup. The manifest's CSP drops Manifest V3's default
 * upgrade-insecure-requests, which could turn the http://127.0.0.1 post into https.
 */
/* global messenger, fetch, File */
'use strict';

/** How long the helper waits for Thunderbird to find Local Folders' Inbox, and for the message to be displayed. */
const WAIT_MS = 30_000;

async function main() {
  const config = await (await fetch(messenger.runtime.getURL('test-config.json'))).json();
  const post = (path, body) =>
    fetch(`http://127.0.0.1:${config.port}${path}`, {
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'content-type': 'text/plain' },
    });
  try {
    const folder = await localInbox();
    const bytes = await (await fetch(messenger.runtime.getURL('test-message.eml'))).arrayBuffer();
    const file = new File([bytes], 'test-message.eml', { type: 'message/rfc822' });
    const header = await messenger.messages.import(file, folder.id);
    const [tab] = await messenger.mailTabs.query({ active: true });
    if (!tab) throw new Error('no mail tab is open');
    await messenger.mailTabs.setSelectedMessages(tab.id, [header.id]);
    const displayed = await until(async () => {
      const list = await messenger.messageDisplay.getDisplayedMessages(tab.id);
      return list.messages.length === 1 && list.messages[0].id === header.id ? list.messages[0] : undefined;
    }, 'the message pane to display the imported message');
    await post('/ready', {
      browser: await messenger.runtime.getBrowserInfo(),
      uiLanguage: messenger.i18n.getUILanguage(),
      tabId: tab.id,
      message: { id: displayed.id, subject: displayed.subject, folder: folder.name },
    });
  } catch (error) {
    await post('/ready', { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
}

/** Local Folders' Inbox (the test profile creates it); a fresh profile's folders appear a moment after start-up. */
async function localInbox() {
  const accounts = await messenger.accounts.list(false);
  const local = accounts.find((a) => a.type === 'local' || a.type === 'none');
  if (!local || !local.rootFolder) throw new Error(`no Local Folders among ${accounts.map((a) => a.type).join(', ')}`);
  return until(async () => {
    const folders = (await messenger.folders.getSubFolders(local.rootFolder.id, false)).filter((f) => !f.isVirtual);
    return folders.find((f) => (f.specialUse || []).includes('inbox')) || folders.find((f) => f.name === 'Inbox');
  }, 'Local Folders to have an Inbox');
}

async function until(probe, what) {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`waited ${WAIT_MS / 1000} s for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

main();
