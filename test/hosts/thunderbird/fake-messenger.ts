/**
 * A fake `messenger` with the shapes Thunderbird 128+ (Manifest V3) gives: getDisplayedMessages returns a
 * MessageList, getRaw a File (a Blob here: the popup only calls arrayBuffer()), storage.managed rejects when no
 * policy exists. Records what the extension asked for, so tests can check the calls as well as the results.
 */
import type {
  Messenger,
  TbAccount,
  TbComposeDetails,
  TbMessageHeader,
  TbMessageList,
} from '../../../src/hosts/thunderbird/messenger-api';

export interface FakeOptions {
  /** Raw source per message id. */
  raw?: Record<number, Uint8Array | string>;
  displayed?: TbMessageList | TbMessageHeader[];
  accounts?: TbAccount[];
  /** The admin policy; undefined = none (managed.get rejects, as Thunderbird does). */
  managed?: Record<string, unknown>;
  local?: Record<string, unknown>;
  uiLanguage?: string;
  /** Makes getRaw reject with this message. */
  getRawError?: string;
  beginForwardError?: string;
  /** The attachments Thunderbird puts in the forward's compose tab (it names the original `<subject>.eml`). */
  forwardAttachments?: { id: number; name: string }[];
}

export interface FakeCalls {
  getRaw: { id: number; options?: unknown }[];
  beginForward: { id: number; type?: string; details?: TbComposeDetails }[];
  /** updateAttachment calls: which attachment of which tab got which name. */
  renamed: { tabId: number; id: number; name: string }[];
  getDisplayedMessages: (number | undefined)[];
  localSet: Record<string, unknown>[];
  openOptionsPage: number;
}

export function fakeMessenger(options: FakeOptions = {}): { api: Messenger; calls: FakeCalls } {
  const calls: FakeCalls = {
    getRaw: [],
    beginForward: [],
    renamed: [],
    getDisplayedMessages: [],
    localSet: [],
    openOptionsPage: 0,
  };
  const local: Record<string, unknown> = { ...(options.local ?? {}) };
  const accounts = options.accounts ?? [];
  const api: Messenger = {
    messageDisplay: {
      async getDisplayedMessages(tabId) {
        calls.getDisplayedMessages.push(tabId);
        return options.displayed ?? { id: null, messages: [] };
      },
    },
    messages: {
      async getRaw(id, rawOptions) {
        calls.getRaw.push({ id, options: rawOptions });
        if (options.getRawError) throw new Error(options.getRawError);
        const raw = options.raw?.[id];
        if (raw === undefined) throw new Error(`Message not found: ${id}.`);
        return typeof raw === 'string' ? raw : new Blob([new Uint8Array(raw)]);
      },
    },
    accounts: {
      async get(accountId) {
        return accounts.find((a) => a.id === accountId) ?? null;
      },
      async list() {
        return accounts;
      },
    },
    compose: {
      async beginForward(id, type, details) {
        calls.beginForward.push({ id, type, details });
        if (options.beginForwardError) throw new Error(options.beginForwardError);
        return { id: 99, type: 'messageCompose' };
      },
      async listAttachments(tabId) {
        if (tabId !== 99) throw new Error(`Invalid tab ID: ${tabId}`);
        return (options.forwardAttachments ?? []).map((a) => ({ ...a }));
      },
      async updateAttachment(tabId, id, attachment) {
        calls.renamed.push({ tabId, id, name: attachment.name });
      },
    },
    storage: {
      managed: {
        async get() {
          if (!options.managed) throw new Error('Managed storage manifest not found');
          return { ...options.managed };
        },
      },
      local: {
        async get(keys) {
          if (typeof keys === 'string') return keys in local ? { [keys]: local[keys] } : {};
          return { ...local };
        },
        async set(items) {
          calls.localSet.push(items);
          Object.assign(local, items);
        },
      },
    },
    tabs: {
      async query() {
        return [{ id: 7 }];
      },
    },
    i18n: { getUILanguage: () => options.uiLanguage ?? 'en-US' },
    runtime: {
      getURL: (path) => `moz-extension://fake/${path}`,
      async openOptionsPage() {
        calls.openOptionsPage++;
      },
    },
  };
  return { api, calls };
}

/** A message header as Thunderbird gives it for a message in the reader's IMAP inbox. */
export function header(id: number, extra: Partial<TbMessageHeader> = {}): TbMessageHeader {
  return {
    id,
    subject: '【KAGOYA WEBメール】ログインのお知らせ',
    author: 'KAGOYA Inc <sawada@air.linkclub.or.jp>',
    recipients: ['info@example.co.jp'],
    ccList: [],
    bccList: [],
    folder: { id: 'account1://INBOX', accountId: 'account1' },
    external: false,
    ...extra,
  };
}

export const READER_ACCOUNTS: TbAccount[] = [
  {
    id: 'account1',
    type: 'imap',
    identities: [
      { id: 'id1', email: 'Reader@Example.co.jp' },
      { id: 'id2', email: 'info@example.co.jp' },
    ],
  },
  { id: 'account2', type: 'imap', identities: [{ id: 'id3', email: 'someone@gmail.example' }] },
];
