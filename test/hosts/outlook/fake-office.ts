/**
 * A small stand-in for office.js in Outlook read mode: the parts the pane uses, with the real enum values and the
 * real async shape (callbacks run later, `status` succeeded/failed with `error.message` and `code`). Each test says
 * what the item returns, which Mailbox version the client supports, and fires events by hand.
 */
import type { OfficeApi } from '../../../src/hosts/outlook/read-item';

type Answer = string | { error: string; code?: number };

/** An ordinary colleague's message (no red flags): the header block Outlook hands over for it. */
export const MEETING_NOTES_HEADERS = [
  'From: Sato Hanako <sato@example.co.jp>',
  'To: info@example.co.jp',
  'Subject: Meeting notes',
  'Message-ID: <20240501.1@example.co.jp>',
  'Date: Wed, 1 May 2024 09:00:00 +0900',
  '',
].join('\r\n');

export interface FakeItem {
  from?: { displayName: string; emailAddress: string };
  to?: { displayName: string; emailAddress: string }[];
  cc?: { displayName: string; emailAddress: string }[];
  subject?: string;
  internetMessageId?: string;
  /** The header block getAllInternetHeadersAsync answers; 'missing' = the method does not exist on this client. */
  headers?: Answer | 'missing';
  html?: Answer;
  text?: Answer;
  /** How long Outlook takes to answer for this item (a slow item lets a later selection overtake it). */
  delayMs?: number;
  /**
   * What getAsFileAsync (Mailbox 1.14) answers: the Base64 of the .eml, or an error. Left out, the item has no such
   * method (as before Mailbox 1.14, or a client that lacks it).
   */
  eml?: Answer;
  /** How long getAsFileAsync takes (a large message takes seconds). */
  emlDelayMs?: number;
  /** item.attachments (Mailbox 1.1): what every client lists, without the content. */
  attachments?: Partial<Office.AttachmentDetails>[];
}

export interface FakeOfficeOptions {
  item?: FakeItem | null;
  displayLanguage?: string;
  /** The highest Mailbox requirement set the client supports, e.g. '1.7'. */
  mailboxVersion?: string;
  officeTheme?: { bodyBackgroundColor: string };
  /** What onReady reports as host; null = the page was opened outside Office. */
  host?: string | null;
  /** No mailbox at all (another Office app, or a browser). */
  noMailbox?: boolean;
  userEmail?: string;
}

export interface FakeOffice {
  office: OfficeApi;
  /** Handlers registered with mailbox.addHandlerAsync, by event type. */
  handlers: Map<string, ((args: unknown) => void)[]>;
  /** Every Office call the pane made, in order: `getAllInternetHeadersAsync`, `body.getAsync(html)` … */
  calls: string[];
  /** Makes `item` the selected one and fires ItemChanged, as a pinned pane sees it. */
  selectItem(item: FakeItem | null): void;
  fire(type: string, args?: unknown): void;
}

function later(fn: () => void, delayMs = 0): void {
  setTimeout(fn, delayMs);
}

function answer(callback: (result: unknown) => void, value: Answer | undefined, delayMs = 0): void {
  later(() => {
    if (value === undefined)
      callback({ status: 'failed', error: { name: 'GenericError', message: 'not available', code: 9999 } });
    else if (typeof value === 'string') callback({ status: 'succeeded', value });
    else
      callback({
        status: 'failed',
        error: { name: 'InternalServerError', message: value.error, code: value.code ?? 9020 },
      });
  }, delayMs);
}

function versionAtMost(version: string, max: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [x = 0, y = 0] = max.split('.').map(Number);
  return a < x || (a === x && b <= y);
}

/** An item as Outlook's read mode exposes it. */
export function fakeItem(spec: FakeItem, calls: string[] = []): unknown {
  const item: Record<string, unknown> = {
    itemType: 'message',
    from: spec.from,
    sender: spec.from,
    to: spec.to ?? [],
    cc: spec.cc ?? [],
    subject: spec.subject ?? '',
    internetMessageId: spec.internetMessageId ?? '',
    body: {
      getAsync(type: string, optionsOrCallback: unknown, maybeCallback?: unknown) {
        const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (
          r: unknown,
        ) => void;
        calls.push(`body.getAsync(${type})`);
        answer(callback, type === 'html' ? spec.html : spec.text, spec.delayMs);
      },
    },
  };
  if (spec.attachments) item.attachments = spec.attachments;
  if (spec.eml !== undefined) {
    item.getAsFileAsync = (optionsOrCallback: unknown, maybeCallback?: unknown) => {
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (
        r: unknown,
      ) => void;
      calls.push('getAsFileAsync');
      answer(callback, spec.eml, spec.emlDelayMs ?? spec.delayMs);
    };
  }
  if (spec.headers !== 'missing') {
    item.getAllInternetHeadersAsync = (optionsOrCallback: unknown, maybeCallback?: unknown) => {
      const callback = (typeof optionsOrCallback === 'function' ? optionsOrCallback : maybeCallback) as (
        r: unknown,
      ) => void;
      calls.push('getAllInternetHeadersAsync');
      answer(callback, spec.headers as Answer | undefined, spec.delayMs);
    };
  }
  return item;
}

export function fakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const handlers = new Map<string, ((args: unknown) => void)[]>();
  const calls: string[] = [];
  const max = options.mailboxVersion ?? '1.14';
  const mailbox = {
    item: options.item === null ? null : fakeItem(options.item ?? {}, calls),
    userProfile: { emailAddress: options.userEmail ?? 'info@example.co.jp', displayName: 'Info' },
    addHandlerAsync(type: string, handler: (args: unknown) => void, maybeCallback?: unknown) {
      handlers.set(type, [...(handlers.get(type) ?? []), handler]);
      if (typeof maybeCallback === 'function')
        later(() => (maybeCallback as (r: unknown) => void)({ status: 'succeeded' }));
    },
  };
  const host = options.host === undefined ? 'Outlook' : options.host;
  const office = {
    onReady(callback?: (info: unknown) => void) {
      const info = { host, platform: host ? 'OfficeOnline' : null };
      return new Promise((resolve) =>
        later(() => {
          callback?.(info);
          resolve(info);
        }),
      );
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      mailbox: options.noMailbox ? undefined : mailbox,
      officeTheme: options.officeTheme,
      requirements: {
        isSetSupported(name: string, version = '1.1') {
          return name === 'Mailbox' && versionAtMost(version, max);
        },
      },
    },
    CoercionType: { Html: 'html', Text: 'text' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { ItemChanged: 'olkItemSelectedChanged', OfficeThemeChanged: 'officeThemeChanged' },
    HostType: { Outlook: 'Outlook' },
  };
  function fire(type: string, args?: unknown): void {
    for (const handler of handlers.get(type) ?? []) handler(args ?? { type });
  }
  return {
    office: office as unknown as OfficeApi,
    handlers,
    calls,
    fire,
    selectItem(item) {
      mailbox.item = item === null ? null : fakeItem(item, calls);
      fire('olkItemSelectedChanged');
    },
  };
}
