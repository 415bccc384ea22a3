/**
 * The office.js the browser tests serve at Microsoft's CDN URL: a small fake `Office` for Outlook read mode, as
 * JavaScript source, so the built task pane runs unmodified in a real Chromium. The same shape as
 * test/hosts/outlook/fake-office.ts (real enum values, callbacks answered later with `status`, `value`, `error`),
 * with the item's data embedded as JSON. It records when the headers were handed over (`__fakeOffice.headersAt`,
 * performance.now()) so the benchmark can time headers → checklist, and `__fakeOffice.fire(type)` raises an
 * Outlook event (ItemChanged) as a pinned pane sees it. `displayNewMessageFormAsync` (Mailbox 1.9) records each form
 * it is given in `__fakeOffice.state.forms` and answers succeeded; no draft is opened. `getAsFileAsync` (Mailbox
 * 1.14) exists when the item has an `eml`, and `__fakeOffice.select(item)` moves a pinned pane to another message.
 */

export interface FakeOfficeItem {
  from?: { displayName: string; emailAddress: string };
  to?: { displayName: string; emailAddress: string }[];
  subject?: string;
  internetMessageId?: string;
  /** The item's EWS id (what Report attaches); left out, the item has none. */
  itemId?: string;
  /** What getAllInternetHeadersAsync answers; `{ error }` makes it fail. */
  headers?: string | { error: string };
  html?: string | { error: string };
  text?: string | { error: string };
  /** What getAsFileAsync (Mailbox 1.14) answers: the .eml's Base64, or an error. Left out, the method is absent. */
  eml?: string | { error: string };
  /** How long getAsFileAsync takes, in ms (a large message takes seconds). */
  emlDelayMs?: number;
  /** getAsFileAsync answers this many Base64 'A's (a message past the size cap, made in the page, not shipped in JSON). */
  emlFiller?: number;
  /** item.attachments (Mailbox 1.1): name, contentType, size… */
  attachments?: { name: string; contentType?: string; size?: number; attachmentType?: string; isInline?: boolean }[];
}

export interface FakeOfficeSpec {
  item: FakeOfficeItem;
  displayLanguage?: string;
  /** Highest Mailbox requirement set supported; 1.14 brings officeTheme. */
  mailboxVersion?: string;
  /** Outlook's theme colours (Mailbox 1.14): a dark body background means a dark Outlook. */
  officeTheme?: { bodyBackgroundColor: string };
  userEmail?: string;
}

export const OFFICE_JS_URL = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The script body served as office.js. The spec is data (JSON), never code. */
export function fakeOfficeScript(spec: FakeOfficeSpec): string {
  return `(function () {
  'use strict';
  var spec = ${JSON.stringify(spec).replace(/</g, '\\u003c')};
  var state = { headersAt: undefined, calls: [], handlers: {}, forms: [] };
  function later(fn, delayMs) { setTimeout(fn, delayMs || 0); }
  function answer(callback, value, onDeliver, delayMs) {
    later(function () {
      if (onDeliver) onDeliver();
      if (value === undefined || value === null) callback({ status: 'failed', error: { name: 'GenericError', message: 'not available', code: 9999 } });
      else if (typeof value === 'string') callback({ status: 'succeeded', value: value });
      else callback({ status: 'failed', error: { name: 'InternalServerError', message: value.error, code: 9020 } });
    }, delayMs);
  }
  function callbackOf(a, b) { return typeof a === 'function' ? a : b; }
  function versionAtMost(version, max) {
    var v = String(version).split('.').map(Number), m = String(max).split('.').map(Number);
    return v[0] < m[0] || (v[0] === m[0] && (v[1] || 0) <= (m[1] || 0));
  }
  function makeItem(it) {
  var item = {
    itemType: 'message',
    from: it.from, sender: it.from, to: it.to || [], cc: [],
    subject: it.subject || '', internetMessageId: it.internetMessageId || '', itemId: it.itemId,
    body: {
      getAsync: function (type, a, b) {
        state.calls.push('body.getAsync(' + type + ')');
        answer(callbackOf(a, b), type === 'html' ? it.html : it.text);
      }
    },
    getAllInternetHeadersAsync: function (a, b) {
      state.calls.push('getAllInternetHeadersAsync');
      answer(callbackOf(a, b), it.headers, function () { state.headersAt = performance.now(); });
    }
  };
  if (it.attachments) item.attachments = it.attachments;
  if (it.eml !== undefined || it.emlFiller) {
    item.getAsFileAsync = function (a, b) {
      state.calls.push('getAsFileAsync');
      answer(callbackOf(a, b), it.emlFiller ? 'A'.repeat(it.emlFiller) : it.eml, undefined, it.emlDelayMs);
    };
  }
  return item;
  }
  var mailbox = {
    item: makeItem(spec.item || {}),
    userProfile: { emailAddress: spec.userEmail || 'info@example.co.jp', displayName: 'Info' },
    addHandlerAsync: function (type, handler, maybeCallback) {
      (state.handlers[type] = state.handlers[type] || []).push(handler);
      if (typeof maybeCallback === 'function') later(function () { maybeCallback({ status: 'succeeded' }); });
    },
    displayNewMessageFormAsync: function (form, a, b) {
      state.calls.push('displayNewMessageFormAsync');
      state.forms.push(JSON.parse(JSON.stringify(form)));
      var callback = callbackOf(a, b);
      if (typeof callback === 'function') later(function () { callback({ status: 'succeeded' }); });
    }
  };
  var max = spec.mailboxVersion || '1.14';
  window.Office = {
    onReady: function (callback) {
      var info = { host: 'Outlook', platform: 'OfficeOnline' };
      return new Promise(function (resolve) { later(function () { if (callback) callback(info); resolve(info); }); });
    },
    context: {
      displayLanguage: spec.displayLanguage || 'en-US',
      mailbox: mailbox,
      officeTheme: spec.officeTheme,
      requirements: { isSetSupported: function (name, version) { return name === 'Mailbox' && versionAtMost(version || '1.1', max); } }
    },
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    HostType: { Outlook: 'Outlook' }
  };
  window.__fakeOffice = {
    state: state,
    select: function (it) {
      mailbox.item = makeItem(it);
      (state.handlers.olkItemSelectedChanged || []).forEach(function (h) { h({ type: 'olkItemSelectedChanged' }); });
    },
    fire: function (type, args) { (state.handlers[type] || []).forEach(function (h) { h(args || { type: type }); }); }
  };
})();
`;
}
