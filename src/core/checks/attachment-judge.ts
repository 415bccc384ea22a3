/**
 * The judging behind content.risky-attachment (attachments.ts): names, first bytes, ZIP members, and pages read as
 * the body is. Needed only for a message with attachments, so the browsers fetch it then (`needs: ['attachments']`).
 */
import type { Evidence } from '../report';
import type { AttachmentInfo, Link, ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { dkimAlignedPass } from '../parse/auth-results';
import { extractBody, type BodyExtract } from '../parse/body';
import { finding, type CatalogueFinding } from '../findings';
import { cutText } from '../text';
import { MAX_ATTACHMENTS } from './attachments';
import { protectedArchive, type MailText } from './archive-password';

/** Characters of web-page attachments read per message (all pages together). */
const MAX_PAGE_TEXT = 4 * 1024 * 1024;
/** Links of a page kept: only whether there are any, and a few as evidence, matter. */
const MAX_PAGE_LINKS = 50;

const words = (s: string) => new Set(s.split(' '));
/**
 * Extensions Windows runs (or mounts, for disk images) when the file is opened — and the shortcuts and launchers that
 * open a program elsewhere: an Internet shortcut (`.url`, `.website`) whose target is a `file://` or WebDAV share
 * (the Grandoreiro / SAT "CFDI" and CVE-2024-21412 chains: a ZIP holding one `.url`), a library or search-connector
 * file pointing at a WebDAV folder, a settings or ClickOnce shortcut, a Management Console snap-in (`.msc`,
 * GrimResource), script components and sandbox configurations. Each is on Outlook's level-1 list of blocked file types
 * (Microsoft's "Blocked attachments in Outlook"), so genuine senders do not send them. Not the list's source-code and
 * certificate endings (`.py`, `.vb`, `.cer`): a developer's project ZIP holds those.
 */
const PROGRAM = words(
  'exe scr com pif cpl msi msp msix appx appxbundle js jse vbs vbe wsf wsh hta lnk bat cmd ps1 psm1 jar reg chm ' +
    'xll iqy scf iso img vhd vhdx url website library-ms searchconnector-ms settingcontent-ms appref-ms application ' +
    'msc sct wsc gadget diagcab wsb',
);
/** Archives and disk images whose members this check cannot list. */
const UNLISTED = words('rar 7z cab arj ace lzh iso img vhd vhdx');
/** Pages a browser opens from disk. */
const PAGE = words('htm html shtml shtm xhtml svg mht mhtml');
/** Office and other formats that are ZIPs inside: their members are the format's own parts. */
const CONTAINER = words('docx docm dotx xlsx xlsm xltx pptx pptm ppsx odt ods odp odg epub vsdx');
/** What a disguised name pretends to be (`invoice.pdf.html`). */
const DOCUMENT = words('pdf doc docx xls xlsx ppt pptx rtf txt csv jpg jpeg png gif tif tiff');
/** Bidirectional controls turn `invoice\u202Efdp.exe` into "invoiceexe.pdf" on screen. */
const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

/** The extensions Windows would see: the last, and the one before it; trailing dots and spaces are dropped. */
function extensions(name: string): [last: string, before: string] {
  let end = name.length;
  while (end > 0 && (name[end - 1] === '.' || name[end - 1]! <= ' ')) end--;
  const parts = name
    .slice(Math.max(0, end - 260), end)
    .toLowerCase()
    .split('.');
  return [parts.length > 1 ? parts.pop()!.trim() : '', parts.length > 1 ? parts.pop()!.trim() : ''];
}

/** A name made to look like another kind of file: reversed text, or a document's extension before a program's. */
function disguised(name: string): boolean {
  const [last, before] = extensions(name);
  return BIDI.test(name) || ((PROGRAM.has(last) || PAGE.has(last)) && DOCUMENT.has(before));
}

const utf8 = (b: Uint8Array) => new TextDecoder().decode(b);

/** A script that sends the reader elsewhere, posts what is typed, or builds or hides its own code. */
const ACTIVE =
  /location|window\.open|atob|unescape|eval|fromcharcode|document\.write|blob|\.submit|fetch|xmlhttprequest|ajax/;

/** One attachment's finding, or nothing; `page` hands out what is left of the page budget. */
function judge(
  a: AttachmentInfo,
  page: (chars: number) => number,
  mail?: MailText,
  sender = '',
): CatalogueFinding | undefined {
  const name = cutText(String(a.filename ?? ''), 255);
  const head = a.head instanceof Uint8Array ? a.head : undefined;
  const type = String(a.sniffed ?? '');
  const [ext] = extensions(name);
  const declared = String(a.mimeType ?? '').toLowerCase();
  const evidence: Evidence[] = [{ header: 'Attachment', value: name, author: 'sender' }];
  if (type && declared) evidence.push({ header: 'Content-Type', value: cutText(declared, 200), author: 'sender' });
  const p = { name };
  const isPage =
    PAGE.has(ext) || /^(?:text\/html|image\/svg\+xml|application\/xhtml\+xml)$/.test(declared) || (!ext && !!type);
  const masked = disguised(name);

  if (masked && !isPage) return finding('content.risky-attachment', 'fail', p, evidence, KEY.disguised);
  if (type === 'PE (MZ)' || (PROGRAM.has(ext) && !UNLISTED.has(ext)))
    return finding('content.risky-attachment', 'fail', { ...p, type: type || `.${ext}` }, evidence, KEY.program);
  if (type === 'ZIP' && CONTAINER.has(ext)) return undefined;
  if (type === 'ZIP' && a.members) {
    const { names } = a.members;
    const bad = names.find((m) => PROGRAM.has(extensions(m)[0]) || disguised(m));
    if (bad !== undefined) {
      const member = cutText(bad, 255);
      evidence[0] = { ...evidence[0]!, value: `${name} ▸ ${member}`, highlight: member };
      return finding('content.risky-attachment', 'fail', { ...p, member }, evidence, KEY.member);
    }
  }
  // A ZIP holding nothing but a web page or two (`PenaltyNotice_4471902338.zip` ▸ `PenaltyNotice_4471902338.html`):
  // the fine, invoice or voicemail kit wrapping its redirect page so the filters that open pages never see it. A real
  // site export or saved report carries its styles, scripts and images beside the page; a lone page has no reason
  // to be zipped but that one.
  const lone = type === 'ZIP' && a.members ? lonePages(a.members) : undefined;
  if (lone !== undefined) {
    const member = cutText(lone, 255);
    evidence[0] = { ...evidence[0]!, value: `${name} ▸ ${member}`, highlight: member };
    return finding('content.risky-attachment', 'fail', { ...p, member }, evidence, KEY.memberPage);
  }
  // An archive locked with a password the same mail gives (archive-password.ts): the lock only blinds the filters.
  const locked = mail && protectedArchive(a, type, ext, mail);
  if (locked) return finding('content.risky-attachment', locked.status, p, [...evidence, locked.said], KEY.protected);
  if (type === 'ZIP' && a.members) {
    if (a.members.complete) return undefined;
    if (a.members.names.length) return finding('content.risky-attachment', 'info', p, evidence, KEY.partial);
  }
  if ((type && type !== 'HTML' && type !== 'SVG') || UNLISTED.has(ext) || (ext === 'zip' && head))
    return finding('content.risky-attachment', 'warn', { ...p, type: type || `.${ext}` }, evidence, KEY.unlisted);
  if (!isPage) return undefined;

  // A page: what it does when opened; a disguised name fails even when the part read shows nothing.
  const read = head ? page(head.length) : 0;
  const found = head && read ? judgePage(utf8(head.subarray(0, read)), p, evidence, sender) : undefined;
  if (found?.status === 'fail') return found;
  if (masked) return finding('content.risky-attachment', 'fail', p, evidence, KEY.disguised);
  if (!head || read < a.size) return found ?? finding('content.risky-attachment', 'info', p, evidence, KEY.partial);
  return found;
}

/** Pages a lone-page archive may hold: more is a site export or a saved report. */
const MAX_LONE_PAGES = 2;

/** The first member of a fully listed archive whose files (folders aside) are all pages, at most two of them. */
function lonePages(members: { names: readonly string[]; complete?: boolean }): string | undefined {
  if (!members.complete) return undefined;
  const files = members.names.filter((m) => !m.endsWith('/'));
  if (!files.length || files.length > MAX_LONE_PAGES) return undefined;
  return files.every((m) => PAGE.has(extensions(m)[0])) ? files[0] : undefined;
}

/** Fields a form of a page asks the reader to fill in before it counts as collecting details. */
const MIN_TYPED_FIELDS = 2;
/**
 * The web address an attached page's form sends what is typed to, when it is another organisation's than the
 * sender's (`sender`, a registrable domain) and the page asks for two fields or more: the "secure document" or
 * "summons" kit that collects a name, ID number and phone (no password field) and posts them to a bucket. A page's
 * search box (one field) or a registration form sent back to the sender's own site is no such page.
 */
function formSendsAway(body: BodyExtract, sender: string): Link | undefined {
  const away = body.links.find(
    (l) => l.form && (l.scheme === 'http' || l.scheme === 'https') && !!l.host && l.registrable !== sender,
  );
  // The page's typed fields, in its forms or outside them (parse/body.ts counts them as it reads the page).
  const typed = body.forms.reduce((n, f) => n + (f.typedFields ?? 0), body.looseTypedFields ?? 0);
  return away && typed >= MIN_TYPED_FIELDS ? away : undefined;
}

/** A web page sent as a file: what it does when opened, read as the body is read. */
function judgePage(html: string, p: { name: string }, evidence: Evidence[], sender = ''): CatalogueFinding | undefined {
  const body = extractBody(html, '', { maxLinks: MAX_PAGE_LINKS });
  const web = body.links.filter((l) => l.scheme === 'http' || l.scheme === 'https');
  const urls = (list: string[]) => [
    ...evidence,
    ...list.slice(0, 3).map((url) => ({ url, author: 'sender' as const })),
  ];
  if (body.forms.some((f) => f.hasPassword))
    return finding(
      'content.risky-attachment',
      'fail',
      p,
      urls(body.links.filter((l) => l.form).map((l) => l.url)),
      KEY.form,
    );
  const away = formSendsAway(body, sender);
  if (away)
    return finding('content.risky-attachment', 'fail', { ...p, host: away.host }, urls([away.url]), KEY.formData);
  const refresh = body.refresh && /^(?:https?:)?\/\//i.test(body.refresh) ? body.refresh : undefined;
  const script = body.scripts && ACTIVE.exec(body.scripts.text.toLowerCase());
  if (refresh || script) {
    const shown = script ? body.scripts!.text.slice(Math.max(0, script.index - 60), script.index + 60).trim() : '';
    const more = script ? [{ header: 'Script', value: shown, highlight: script[0], author: 'sender' as const }] : [];
    return finding('content.risky-attachment', 'fail', p, [...urls(refresh ? [refresh] : []), ...more], KEY.redirect);
  }
  if (body.scripts) return finding('content.risky-attachment', 'warn', p, urls(web.map((l) => l.url)), KEY.script);
  if (web.length || body.forms.length)
    return finding(
      'content.risky-attachment',
      'warn',
      { ...p, count: web.length },
      urls(web.map((l) => l.url)),
      KEY.links,
    );
  return undefined;
}

const KEY = {
  program: 'content.risky-attachment.program',
  disguised: 'content.risky-attachment.disguised',
  member: 'content.risky-attachment.member',
  memberPage: 'content.risky-attachment.member-page',
  unlisted: 'content.risky-attachment.unlisted',
  partial: 'content.risky-attachment.partial',
  form: 'content.risky-attachment.form',
  formData: 'content.risky-attachment.form-data',
  redirect: 'content.risky-attachment.redirect',
  script: 'content.risky-attachment.script',
  links: 'content.risky-attachment.links',
  skipped: 'content.risky-attachment.skipped',
  protected: 'content.risky-attachment.protected',
} as const;

/** The message's words and whether its From domain is authenticated: for an archive whose password it gives. */
function mailText(msg?: Partial<ParsedMessage>, ctx?: Partial<CheckContext>): MailText | undefined {
  if (!msg) return undefined;
  const from = msg.from?.registrable;
  const authenticated = !!from && (ctx?.dmarc === 'pass' || !!dkimAlignedPass(msg.authResults ?? [], from));
  return { subject: String(msg.subject ?? ''), body: String(msg.bodyText ?? ''), authenticated };
}

/** The findings for a message's attachments, one per attachment that needs one (see attachments.ts). */
export function judgeAttachments(
  all: readonly AttachmentInfo[],
  msg?: Partial<ParsedMessage>,
  ctx?: Partial<CheckContext>,
): CatalogueFinding[] {
  const mail = mailText(msg, ctx);
  let left = MAX_PAGE_TEXT;
  const page = (chars: number) => {
    const given = Math.min(chars, left);
    left -= given;
    return given;
  };
  const out = all
    .slice(0, MAX_ATTACHMENTS)
    .map((a) => judge(a, page, mail, msg?.from?.registrable))
    .filter((f) => f !== undefined);
  if (all.length > MAX_ATTACHMENTS)
    out.push(
      finding('content.risky-attachment', 'info', { checked: MAX_ATTACHMENTS, count: all.length }, [], KEY.skipped),
    );
  return out;
}

export type JudgeAttachments = typeof judgeAttachments;
