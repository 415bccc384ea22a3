/**
 * Reading a message in Thunderbird: which one is displayed, its stored source as bytes (raw-message.ts), and the
 * reader's own addresses, parsed by the core into the MessageInput the shared session analyses. The real-Thunderbird
 * test presses the popup's button in Thunderbird itself, so this path runs there as a user runs it.
 */
import { parseMessage } from '../../core/parse-message';
import { withQrCodes } from '../../core/qr';
import { parseAddressList } from '../../core/parse/addresses';
import type { MessageInput } from '../../core/types';
import type { Messenger, TbAccount, TbMessageHeader, TbMessageList } from './messenger-api';
import { readRawMessage } from './raw-message';

/** More reader addresses than this is not a person's mailbox; the rest are ignored. */
const MAX_READER_ADDRESSES = 200;

/** What the message pane shows: one message, none, or several (a multi-selection shows a summary, not a message). */
export type Displayed = { kind: 'one'; header: TbMessageHeader } | { kind: 'none' } | { kind: 'many'; count: number };

/** One Thunderbird message as the core reads it: the stored source as bytes, and the reader's own addresses. */
export async function readTbMessage(api: Messenger, header: TbMessageHeader): Promise<MessageInput> {
  const [raw, recipients] = await Promise.all([readRawMessage(api, header.id), readerAddresses(api, header)]);
  // QR codes in the message's images are links too (core/qr; the decoders are inside popup.js: one script per page).
  return withQrCodes(await parseMessage(raw.bytes, { recipients }));
}

/**
 * The message shown in the popup's tab. The popup belongs to the window it was opened from, so the active tab of
 * the current window is the 3-pane tab, message tab or message window whose button was pressed. In Manifest V3
 * `getDisplayedMessages` returns a MessageList (`{ id, messages }`); an array (V2's shape) is accepted too.
 */
export async function displayedMessage(api: Messenger): Promise<Displayed> {
  const tabs = api.tabs ? await api.tabs.query({ active: true, currentWindow: true }).catch(() => []) : [];
  const tabId = tabs[0]?.id;
  const shown = await api.messageDisplay.getDisplayedMessages(tabId);
  const list: TbMessageList = Array.isArray(shown)
    ? { id: null, messages: shown }
    : { id: shown?.id ?? null, messages: shown?.messages ?? [] };
  const first = list.messages[0];
  // A further page (list.id set) means many more were selected than the first page holds.
  if (list.messages.length === 1 && !list.id && first) return { kind: 'one', header: first };
  if (list.messages.length === 0) return { kind: 'none' };
  return { kind: 'many', count: list.messages.length };
}

/**
 * The reader's own addresses: the identities of the account the message sits in (all accounts' for a message
 * opened from a file), plus the message's recipients as Thunderbird lists them. The core adds To/Cc itself; the
 * identities are what catch a message sent Bcc or to an alias, whose address then rides in a link. Only the
 * message's own account: another account's domain is not "ours" for this message.
 * @internal its account and folder cases are tested directly
 */
export async function readerAddresses(api: Messenger, header: TbMessageHeader): Promise<string[]> {
  const out = new Set<string>();
  const add = (address: string | undefined) => {
    const clean = address?.trim().toLowerCase();
    if (clean && clean.includes('@') && out.size < MAX_READER_ADDRESSES) out.add(clean);
  };
  for (const account of await readerAccounts(api, header)) {
    for (const identity of account.identities ?? []) add(identity.email);
  }
  for (const list of [header.recipients, header.ccList, header.bccList]) {
    for (const entry of (list ?? []).slice(0, MAX_READER_ADDRESSES)) {
      for (const mailbox of parseAddressList(String(entry))) add(mailbox.address);
    }
  }
  return [...out];
}

async function readerAccounts(api: Messenger, header: TbMessageHeader): Promise<TbAccount[]> {
  try {
    const accountId = header.folder?.accountId;
    if (accountId) {
      const account = await api.accounts.get(accountId, false);
      return account ? [account] : [];
    }
    return await api.accounts.list(false);
  } catch {
    // Identities only sharpen the recipient checks; without them the message's own To/Cc still count.
    return [];
  }
}
