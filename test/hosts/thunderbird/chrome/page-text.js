/*
 * TEST ONLY — runs in Thunderbird's chrome (Marionette, chrome context). Opens one of the extension's pages as a user
 * would and returns what it renders:
 *   page 'popup':   presses the extension's "Check this message" button in the displayed message's header toolbar
 *                   (a mousedown, as a click sends) and reads the popup Thunderbird opens;
 *   page 'options': opens options.html in a tab.
 * Extension pages run in the extension process, out of reach of chrome script; a frame script loaded into the
 * page's <browser> reads the document's text and the console messages of that window (errors and warnings, script
 * errors and console.* calls). It waits until every string of `expect` shows (or `timeoutMs`), then returns the text.
 * A console.error canary written into the page last proves the console is really being read.
 * arguments[0]: { extensionId, uuid, page, expect, timeoutMs }; last argument: Marionette's callback.
 */
// Marionette runs this file as a function body: `arguments` are what the test passed.
/* global ChromeUtils, Services, arguments */
const [options, done] = arguments;
const CANARY = 'phish-inspector-test console canary';

(async () => {
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  const deadline = Date.now() + options.timeoutMs;
  const win = Services.wm.getMostRecentWindow('mail:3pane');
  if (!win) return { error: 'no 3-pane window' };
  let browser;
  if (options.page === 'popup') {
    const about = win.gTabmail.currentAboutMessage;
    const widget = options.extensionId.toLowerCase().replace(/[^a-z0-9_-]/g, '_');
    const button = about?.document.getElementById(`${widget}-messageDisplayAction-toolbarbutton`);
    if (!button) return { error: 'the message header has no button of the extension' };
    if (button.disabled || button.hidden) return { error: 'the extension button is disabled or hidden' };
    button.dispatchEvent(new about.MouseEvent('mousedown', { button: 0, bubbles: true }));
    const { ViewPopup } = ChromeUtils.importESModule('resource:///modules/ExtensionPopups.sys.mjs');
    const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
    const extension = ExtensionParent.GlobalManager.getExtension(options.extensionId);
    let popup;
    while (!(popup = ViewPopup.for(extension, win)) && Date.now() < deadline) await sleep(50);
    if (!popup) return { error: 'pressing the button opened no popup' };
    await popup.browserLoaded;
    browser = popup.browser;
  } else {
    const url = `moz-extension://${options.uuid}/${options.page}.html`;
    const tab = win.gTabmail.openTab('contentTab', { url });
    browser = tab.browser;
    // The tab's browser switches to the extension process first; its message manager is the new one after that.
    while ((browser.currentURI?.spec !== url || browser.webProgress?.isLoadingDocument) && Date.now() < deadline) {
      await sleep(50);
    }
  }

  const mm = browser.messageManager;
  mm.loadFrameScript(`data:,${encodeURIComponent(`(${frameScript.toString()})(${JSON.stringify(CANARY)})`)}`, false);
  const probe = (canary) =>
    new Promise((resolve) => {
      const listener = {
        receiveMessage(message) {
          mm.removeMessageListener('phish-test:page', listener);
          resolve(message.data);
        },
      };
      mm.addMessageListener('phish-test:page', listener);
      mm.sendAsyncMessage('phish-test:probe', { canary });
    });
  let seen = await probe(false);
  while (Date.now() < deadline && !(seen.ready === 'complete' && options.expect.every((s) => seen.text.includes(s)))) {
    await sleep(100);
    seen = await probe(false);
  }
  // Let anything the page still does settle, then read once more with the canary.
  await sleep(300);
  const last = await probe(true);
  const canarySeen = last.console.some((line) => line.includes(CANARY));
  return {
    url: last.url,
    lang: last.lang,
    ready: last.ready,
    text: last.text,
    consoleRead: canarySeen,
    console: last.console.filter((line) => !line.includes(CANARY)),
    popupState: options.page === 'popup' ? browser.closest('panel')?.state : undefined,
  };
})().then(done, (error) => done({ error: `${error}\n${error.stack}` }));

/** Runs in the page's process, in the frame of its <browser>. */
function frameScript(canary) {
  /* global addMessageListener, sendAsyncMessage, content, Cc, Ci */
  addMessageListener('phish-test:probe', ({ data }) => {
    const doc = content.document;
    const windowId = content.windowGlobalChild.innerWindowId;
    if (data.canary) content.console.error(canary);
    const lines = [];
    for (const m of Services.console.getMessageArray() || []) {
      // Errors and warnings of this window (nsIScriptError flags: 1 warning, 8 info; infos are not problems).
      if (m instanceof Ci.nsIScriptError && m.innerWindowID === windowId && !(m.flags & 8)) {
        lines.push(`${m.flags & 1 ? 'warning' : 'error'}: ${m.sourceName}:${m.lineNumber} ${m.errorMessage}`);
      }
    }
    const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
    for (const e of storage.getEvents(String(windowId))) {
      if (e.level === 'error' || e.level === 'warn' || e.level === 'assert') {
        const text = Array.from(e.arguments || [], String).join(' ');
        lines.push(`console.${e.level}: ${e.filename}:${e.lineNumber} ${text}`);
      }
    }
    sendAsyncMessage('phish-test:page', {
      url: String(content.location),
      ready: doc.readyState,
      lang: doc.documentElement.lang,
      text: doc.body ? doc.body.innerText : '',
      console: lines,
    });
  });
}
