/**
 * content.risky-attachment.protected: an archive locked with a password that the same mail gives ("Fatura em anexo,
 * senha: 1234", "Passwort: 2024", "パスワード：7788"). Read by attachment-judge.ts, in the attachments' chunk.
 * Attack: a lock whose key travels beside it keeps no secret from anyone holding the mail — only from the mail
 * filters, which cannot open the archive to see the program, script or page inside (Brazil's NF-e and boleto lures,
 * invoice and "documento protegido" mail, Emotet's and Qakbot's replies in hijacked threads). An encrypted ZIP's
 * directory still lists its members' names: a program among them fails already (attachment-judge.ts).
 * Trap: Japan's PPAP habit — a business sends the encrypted ZIP and the password in a second mail ("パスワードは別途
 * お送りします"): the first gives no password, the second no archive, so neither is flagged. A bank's protected PDF
 * whose password is a rule ("os 5 primeiros dígitos do seu CPF") is no archive and names no password. The archive
 * and its password together from a sender its own domain authenticates only warns: some people do send both at once.
 */
import type { Evidence } from '../report';
import type { AttachmentInfo } from '../types';
import { cutText } from '../text';

/** What of the message the judging reads: its words and whether its From domain is authenticated. */
export interface MailText {
  subject: string;
  body: string;
  authenticated: boolean;
}

/** Body characters read for a password: these mails are a few lines. */
const MAX_BODY = 20_000;
/** Local headers walked in a ZIP's first bytes for the encryption flag. */
const MAX_ENTRIES = 32;
/** Archives whose own bytes this reading cannot tell locked or not: a password offered for one says it is. */
const OPAQUE = new Set(['rar', '7z', 'RAR']);

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => u16(b, i) + u16(b, i + 2) * 0x10000;

/**
 * Whether a ZIP's first bytes hold an encrypted member: a local header with general-purpose flag bit 0 (ZipCrypto
 * and AES alike; the names stay readable). Bounded walk, forward only.
 */
function zipEncrypted(b: Uint8Array): boolean {
  let p = 0;
  for (let n = 0; n < MAX_ENTRIES && p + 30 <= b.length && u32(b, p) === 0x04034b50; n++) {
    const flags = u16(b, p + 6);
    if (flags & 1) return true;
    const size = u32(b, p + 18);
    if (flags & 8 && size === 0) return false;
    p += 30 + u16(b, p + 26) + u16(b, p + 28) + size;
  }
  return false;
}

/** Words for a password, in the languages these lures come in (lower-case; matched as written in the text). */
const PASSWORD_WORD =
  /password|passwort|kennwort|passcode|senha|contrase[ñn]a|mot de passe|wachtwoord|has[łl]o|[şs]ifre|heslo|пароль|パスワード|暗証番号|密码|密碼|비밀번호|\bpw\b|\bpwd\b|\bclave\b/giu;
/**
 * After the word, within a few words on its line: a colon, `=`, "is" in the lures' languages, or Japanese は, then the
 * password itself (printable ASCII, optionally quoted). Applied to a window of 80 characters: bounded.
 */
const GIVEN =
  /^[^\n:：=]{0,32}?(?:[:：=]|\s(?:is|é|es|ist|lautet|est|è|jest|je|är)\s|は)\s*["'「『“‘(（]?([\x21-\x7e]{3,40})/u;
/** What a password is not: a link, a mask, a date. */
const NOT_A_PASSWORD = /:\/\/|^www\.|^\*+$|^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/i;

/** Punctuation that closes a sentence or a quote after the password, trimmed without a regex (linear, no backtracking). */
const CLOSING = new Set([...'"\'.,;:!?)」』”’）']);
function trimClosing(token: string): string {
  let end = token.length;
  while (end > 0 && CLOSING.has(token[end - 1]!)) end--;
  return token.slice(0, end);
}

/** The password given in a text, with where it stands: a token with a digit, or alone after the word on its line. */
function givenPassword(text: string): { at: number; end: number } | undefined {
  PASSWORD_WORD.lastIndex = 0;
  for (let m = PASSWORD_WORD.exec(text); m; m = PASSWORD_WORD.exec(text)) {
    const after = m.index + m[0].length;
    const following = text.slice(after, after + 80);
    const g = GIVEN.exec(following);
    if (!g) continue;
    const token = trimClosing(g[1]!);
    if (token.length < 3 || NOT_A_PASSWORD.test(token)) continue;
    const end = g.index + g[0].length;
    const alone = /^\s*(?:\n|$)/.test(following.slice(end));
    if (/\d/.test(token) || alone) return { at: m.index, end: after + end };
  }
  return undefined;
}

/**
 * A bill or a document (and the words of Brazil's NF-e and boleto), in Portuguese, Spanish, English, German, Italian,
 * French and Japanese: what such an archive claims to hold. Lower-case text, stems.
 */
const DOCUMENT_LURE =
  /fatura|factura|fattura|facture|invoice|rechnung|nota fiscal|nf-?e\b|danfe|boleto|comprovante|comprobante|recibo|ricevuta|receipt|quittung|documento|document|dokument|orçamento|presupuesto|preventivo|angebot|quotation|pedido|ordine|bestellung|purchase order|pagamento|payment|zahlung|pago|remittance|contrato|contratto|contract|vertrag|mahnung|請求書|見積書|注文書|納品書|領収書|契約書|書類|資料/u;

/**
 * The locked archive whose password the mail gives, judged: `fail` when the mail also offers a bill or a document
 * and its sender is not authenticated, else `warn`; with the password's words as evidence. Undefined otherwise.
 */
export function protectedArchive(
  a: AttachmentInfo,
  type: string,
  ext: string,
  mail: MailText,
): { status: 'fail' | 'warn'; said: Evidence } | undefined {
  const head = a.head instanceof Uint8Array ? a.head : undefined;
  const locked =
    (type === 'ZIP' && !!head && zipEncrypted(head)) ||
    OPAQUE.has(type) ||
    (!type && !head && (ext === 'zip' || OPAQUE.has(ext)));
  if (!locked) return undefined;
  const subject = cutText(mail.subject, 2_000);
  const body = mail.body.slice(0, MAX_BODY);
  const inSubject = givenPassword(subject);
  const where = inSubject ? subject : body;
  const hit = inSubject ?? givenPassword(body);
  if (!hit) return undefined;
  const lineStart = where.lastIndexOf('\n', hit.at) + 1;
  const lineEnd = where.indexOf('\n', hit.end);
  const line = where.slice(
    Math.max(lineStart, hit.at - 120),
    lineEnd < 0 ? hit.end + 40 : Math.min(lineEnd, hit.end + 40),
  );
  const said: Evidence = {
    header: inSubject ? 'Subject' : 'Body',
    value: line.trim(),
    highlight: where.slice(hit.at, hit.end).trim(),
    author: 'sender',
  };
  const lure = DOCUMENT_LURE.test((subject + '\n' + body + '\n' + String(a.filename ?? '')).toLowerCase());
  return { status: lure && !mail.authenticated ? 'fail' : 'warn', said };
}
