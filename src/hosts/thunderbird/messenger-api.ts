/**
 * The part of Thunderbird's `messenger` object (Manifest V3, Thunderbird 128+) this extension uses, typed by hand
 * from the MailExtension schemas: the popup and the options page take it as a parameter, so unit
 * tests hand in a fake and nothing else reaches for the global. Only the fields we read are listed.
 */

/** messages.MessageHeader: Thunderbird's own view of a message. `id` is a session-local number, not Message-ID. */
export interface TbMessageHeader {
  id: number;
  subject?: string;
  author?: string;
  /** "Name <address>" strings, as Thunderbird shows them. */
  recipients?: string[];
  ccList?: string[];
  bccList?: string[];
  headerMessageId?: string;
  /** Absent for a message opened from a file or an attachment (`external`). */
  folder?: { id?: string; accountId?: string };
  external?: boolean;
}

/**
 * messages.MessageList. In Manifest V3 `messageDisplay.getDisplayedMessages` returns this object, not an array;
 * `id` is set when more pages follow (messages.continueList).
 */
export interface TbMessageList {
  id: string | null;
  messages: TbMessageHeader[];
}

interface TbIdentity {
  id?: string;
  email?: string;
  name?: string;
}

export interface TbAccount {
  id: string;
  /** `local` is Local Folders in Manifest V3 (`none` in V2), then imap, pop3, nntp, rss, ews. */
  type: string;
  name?: string;
  identities?: TbIdentity[];
  rootFolder?: TbFolder;
}

interface TbFolder {
  id: string;
  accountId?: string;
  name?: string;
  path?: string;
  /** inbox, drafts, sent, trash, templates, archives, junk, outbox. */
  specialUse?: string[];
  isVirtual?: boolean;
  isRoot?: boolean;
}

/** ComposeDetails, the fields a report sets. */
export interface TbComposeDetails {
  to?: string[];
  subject?: string;
  plainTextBody?: string;
  isPlainText?: boolean;
  identityId?: string;
}

/** What `messages.getRaw` gives: a DOM File by default in MV3; a "binary string" in MV2's historic default. */
export type TbRawMessage = { arrayBuffer(): Promise<ArrayBuffer> } | string;

interface TbStorageArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set?(items: Record<string, unknown>): Promise<void>;
}

export interface Messenger {
  messageDisplay: {
    getDisplayedMessages(tabId?: number): Promise<TbMessageList | TbMessageHeader[]>;
  };
  messages: {
    getRaw(messageId: number, options?: { data_format?: 'File' | 'BinaryString' }): Promise<TbRawMessage>;
    continueList?(messageListId: string): Promise<TbMessageList>;
  };
  accounts: {
    get(accountId: string, includeSubFolders?: boolean): Promise<TbAccount | null>;
    list(includeSubFolders?: boolean): Promise<TbAccount[]>;
  };
  compose: {
    beginForward(
      messageId: number,
      forwardType?: 'forwardInline' | 'forwardAsAttachment',
      details?: TbComposeDetails,
    ): Promise<unknown>;
    /** The compose tab's attachments (Thunderbird 82+, permission `compose`). */
    listAttachments?(tabId: number): Promise<{ id: number; name: string }[]>;
    /** Renames an attachment of a compose tab; its content stays as it is. */
    updateAttachment?(tabId: number, attachmentId: number, attachment: { name: string }): Promise<unknown>;
  };
  storage: {
    /** Filled by the admin's policy (`3rdparty.Extensions.<id>` in policies.json); rejects when there is none. */
    managed: TbStorageArea;
    local: TbStorageArea & { set(items: Record<string, unknown>): Promise<void> };
  };
  /** Optional host permissions (manifest OPTIONAL_HOSTS), asked for in a click: the online look-up (issue #18). */
  permissions?: {
    request(permissions: { origins: string[] }): Promise<boolean>;
  };
  tabs?: {
    query(queryInfo: { active?: boolean; currentWindow?: boolean }): Promise<{ id?: number }[]>;
  };
  i18n: {
    getUILanguage(): string;
  };
  runtime?: {
    getURL(path: string): string;
    openOptionsPage?(): Promise<void>;
  };
}

/** The extension's messenger global, when running inside Thunderbird; undefined elsewhere (a unit test, a page). */
export function messengerGlobal(): Messenger | undefined {
  const candidate = (globalThis as { messenger?: unknown }).messenger;
  return candidate && typeof candidate === 'object' ? (candidate as Messenger) : undefined;
}
