/**
 * The message body, read once (extractBody): its links, forms and visible text. The `href` is what the browser
 * opens, not the anchor text (DESIGN: "Link text can lie"), so each link is described the way a browser reads it:
 * WHATWG `URL` normalises hosts as the victim's browser will (decimal/hex/octal IPv4, full-width dots, backslashes,
 * stray tabs), and Safe Links / URL Defense wrappers are peeled off (unwrap.ts) before the host is described.
 *
 * HTML is read with htmlparser2's `Tokenizer`, not its `Parser`: the Parser keeps an element stack it searches
 * and shifts on every tag, which is quadratic on unclosed nesting (`<div><p>` × 100,000 = 1 MB takes ~17 s).
 * The few structural rules needed here (one open anchor, one open form, hidden raw text) are kept below instead.
 */
import { Tokenizer, type TokenizerCallbacks } from 'htmlparser2';
import { findTextUrls } from './root-zone';
import type { Link, LinkSource } from '../types';
import { registrableDomain, toAsciiHost, toUnicodeHost } from './domains';
import { normalizeIp } from './ip';
import { unwrapUrl } from './unwrap';
import { cutText, safeDecode } from '../text';
import { collapseWhitespace, isJsWhitespace, sameIgnoringWhitespace, TidyText, tidyLines } from './whitespace';

interface BodyForm {
  /** The form's `action` as written (trimmed); absent when it submits to the page itself. */
  action?: string;
  hasPassword: boolean;
  /** Fields the reader types into (an `<input>` of a typing kind, `<select>`, `<textarea>`), when there are any. */
  typedFields?: number;
}
export interface BodyLimits {
  /** Most links kept (default DEFAULT_MAX_LINKS); past it they are only counted. */
  maxLinks?: number;
}
export interface BodyExtract {
  links: Link[];
  forms: BodyForm[];
  /** Visible text of the HTML, then the text part when it says something else; whitespace collapsed. */
  bodyText: string;
  /** Set when the cap stopped collection: how many link occurrences the body holds in all. */
  truncated?: { links: number };
  /** `<script>` elements, with the first MAX_SCRIPT_TEXT characters of their text (an HTML attachment's redirect). */
  scripts?: { count: number; text: string };
  /** Where the first `<meta http-equiv="refresh">` sends the page, as written. */
  refresh?: string;
  /**
   * The body's masthead: the first non-empty heading (h1–h3), the first image's non-empty alt text (the logo) and the
   * first line of text when one large or bold element holds it all (a brand's name drawn in a styled `<div>`).
   */
  mastheads: string[];
  /** That logo's alt text and the href of the link around it, when it is linked (a social icon: to the brand's site). */
  logoLink?: { alt: string; href: string };
  /** Fields the reader types into outside any form (a kit's page posting them by script), when there are any. */
  looseTypedFields?: number;
}

/** @internal a test builds a body past it */
export const DEFAULT_MAX_LINKS = 5000;
/** Anchor text is evidence shown to a person; a whole page inside an unclosed `<a>` is not. */
const MAX_ANCHOR_TEXT = 4096;
const MAX_SCRIPT_TEXT = 65_536;
/** A masthead names a company in a few words; a longer heading is a headline, not a claim. */
const MAX_MASTHEAD = 200;
const HEADINGS = new Set(['h1', 'h2', 'h3']);

/** Content a mail client never shows; the tokenizer hands it over as one raw-text run. */
const HIDDEN_RAW = new Set(['script', 'style', 'title']);
/** Elements rendered on a line of their own: their edges break words apart in the visible text. */
const LINE_BREAKS = new Set(
  (
    'address article aside blockquote br caption center dd div dl dt fieldset figcaption figure footer form h1 h2 ' +
    'h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tfoot tr ul'
  ).split(' '),
);
/** Input types the reader types nothing into: buttons, hidden values, ticks. */
const NOT_TYPED = new Set(['hidden', 'submit', 'button', 'image', 'reset', 'checkbox', 'radio']);
const WANTED_ATTRS = new Set(['href', 'xlink:href', 'action', 'type', 'alt', 'formaction', 'http-equiv', 'content']);

/**
 * An element that draws its text large or bold: `font-size` of 18px (14pt) or more, `font-weight` bold or 600+,
 * `<font size>` 5 or more, `<b>`, `<strong>`. Kits draw the brand's name so instead of in a heading.
 */
function prominent(name: string, attrs: Map<string, string>): boolean {
  const style = attrs.get('style')?.toLowerCase() ?? '';
  const big = /font-size:\s*(\d+)(p[xt])/.exec(style);
  return (
    name === 'b' ||
    name === 'strong' ||
    (name === 'font' && +(attrs.get('size') ?? 0) >= 5) ||
    /font-weight:\s*(?:bold|[6-9]00)/.test(style) ||
    (!!big && +big[1]! >= (big[2] === 'pt' ? 14 : 18))
  );
}

/** A link as found, before it is resolved and described. */
interface RawLink {
  href: string;
  source: LinkSource;
  text?: string;
  form?: boolean;
  /** What linkify put before a scheme-less text URL (`http://`), so that `url` is openable. */
  prefix?: string;
}

/**
 * Extracts links, forms and visible text from the decoded HTML and text parts. Never throws; time linear in the
 * input (only the first `maxLinks` distinct links are resolved, the rest are counted).
 */
export function extractBody(html: string, text: string, limits: BodyLimits = {}): BodyExtract {
  const sink = new LinkSink(Math.max(0, limits.maxLinks ?? DEFAULT_MAX_LINKS));
  const page = new HtmlScanner(typeof html === 'string' ? html : '', sink);
  page.run();
  const plain = typeof text === 'string' ? text : '';
  collectTextLinks(plain, sink);
  // `<base href>` counts only when it is absolute, as in browsers.
  const base = page.base ? parseUrl(page.base) : undefined;
  const result: BodyExtract = {
    links: sink.links.map((raw) => describeLink(raw, raw.source === 'html' ? base : undefined)),
    forms: page.forms,
    bodyText: combineText(page.visibleText(), plain),
    mastheads: page.mastheads(),
  };
  if (page.logoLink) result.logoLink = page.logoLink;
  if (page.scripts) result.scripts = { count: page.scripts, text: page.scriptText };
  if (page.refresh !== undefined) result.refresh = page.refresh;
  if (page.looseTypedFields) result.looseTypedFields = page.looseTypedFields;
  if (sink.capped) result.truncated = { links: sink.total };
  return result;
}

/** Collects distinct links up to the cap and counts every occurrence. */
class LinkSink {
  readonly links: RawLink[] = [];
  total = 0;
  capped = false;
  private readonly seen = new Set<string>();
  constructor(private readonly max: number) {}

  add(link: RawLink): void {
    const href = cleanHref(link.href);
    if (isIgnoredHref(href)) return;
    this.total++;
    // Same href with different anchor text is kept: the text is the evidence of a mismatch.
    const key = `${link.source}\u0000${href}\u0000${link.text ?? ''}\u0000${link.form ? 1 : 0}`;
    if (this.seen.has(key)) return;
    if (this.links.length >= this.max) {
      this.capped = true;
      return;
    }
    this.seen.add(key);
    this.links.push({ ...link, href });
  }
}

/**
 * As the URL parser reads an attribute: leading/trailing C0 controls and spaces dropped, tabs and newlines removed
 * everywhere (`java\tscript:`, `http://ex\nample.com` open as if they were not there). Loops, not a trim regex:
 * `/\s+$/` is quadratic on a long run of inner spaces.
 */
function cleanHref(raw: string): string {
  let start = 0;
  let end = raw.length;
  while (start < end && raw.charCodeAt(start) <= 0x20) start++;
  while (end > start && raw.charCodeAt(end - 1) <= 0x20) end--;
  const s = raw.slice(start, end);
  return /[\t\n\r]/.test(s) ? s.replace(/[\t\n\r]/g, '') : s;
}

/** In-page anchors and inline-image references go nowhere. */
function isIgnoredHref(href: string): boolean {
  return href === '' || href.startsWith('#') || /^cid:/i.test(href);
}

/** The tokenizer's callbacks: a flat state instead of an element tree. */
class HtmlScanner implements TokenizerCallbacks {
  readonly forms: BodyForm[] = [];
  /** The first `<base href>`: browsers use only that one. */
  base?: string;
  scripts = 0;
  scriptText = '';
  refresh?: string;
  looseTypedFields = 0;
  /** The visible text, tidied as it arrives (one line per block, whitespace collapsed). */
  private readonly text = new TidyText();
  private tag = '';
  private attrs = new Map<string, string>();
  private attrName = '';
  private attrValue = '';
  private attrWanted = false;
  private hiddenRaw?: string;
  private anchor?: { href: string; parts: string[]; length: number; alt?: string };
  private openForm = -1;
  private formlessPassword = -1;
  /** The first non-empty heading's text while it is open, then done; the first non-empty alt text. */
  private heading?: { parts: string[]; length: number; done: boolean };
  private logoAlt?: string;
  logoLink?: { alt: string; href: string };
  private sawText = false;
  /**
   * The large or bold element open before the first words: its tag, the text it holds, whether it closed; then
   * `styledText`, that text when it is the whole first line ('' when it is not).
   */
  private styled?: { tag: string; parts: string[]; closed?: boolean };
  private styledText?: string;

  constructor(
    private readonly html: string,
    private readonly sink: LinkSink,
  ) {}

  run(): void {
    if (!this.html) return;
    try {
      const tokenizer = new Tokenizer({ decodeEntities: true }, this);
      tokenizer.write(this.html);
      tokenizer.end();
    } catch {
      // Keep what was read so far: a body that breaks the tokenizer still shows its earlier links.
    }
    this.closeAnchor();
    this.endStyled();
  }

  /** The first heading's text and the first image's alt text, where there is one. */
  mastheads(): string[] {
    const heading = this.heading?.done ? collapse(this.heading.parts.join('')) : '';
    return [heading, this.logoAlt ?? '', this.styledText ?? ''].filter((t) => t.length > 0);
  }

  /** The visible text, one line per block element, whitespace collapsed. */
  visibleText(): string {
    return this.text.toString();
  }

  onopentagname(start: number, end: number): void {
    this.tag = this.html.slice(start, end).toLowerCase();
    this.attrs = new Map();
  }
  onattribname(start: number, end: number): void {
    this.attrName = this.html.slice(start, end).toLowerCase();
    this.attrValue = '';
    // The first of a repeated attribute wins, as in browsers.
    this.attrWanted =
      (WANTED_ATTRS.has(this.attrName) || (!this.sawText && (this.attrName === 'style' || this.attrName === 'size'))) &&
      !this.attrs.has(this.attrName);
  }
  onattribdata(start: number, end: number): void {
    if (this.attrWanted) this.attrValue += this.html.slice(start, end);
  }
  onattribentity(codepoint: number): void {
    if (this.attrWanted) this.attrValue += String.fromCodePoint(codepoint);
  }
  onattribend(): void {
    if (this.attrWanted) this.attrs.set(this.attrName, this.attrValue);
    this.attrWanted = false;
  }
  onopentagend(): void {
    this.openTag(this.tag, this.attrs);
  }
  /** HTML ignores the slash of `<a/>`: the element is open all the same. */
  onselfclosingtag(): void {
    this.openTag(this.tag, this.attrs);
  }
  onclosetag(start: number, end: number): void {
    this.closeTag(this.html.slice(start, end).toLowerCase());
  }
  ontext(start: number, end: number): void {
    this.addText(this.html.slice(start, end));
  }
  ontextentity(codepoint: number): void {
    this.addText(String.fromCodePoint(codepoint));
  }
  // Comments (Outlook's `<!--[if mso]>` blocks among them), CDATA, doctypes: never shown.
  oncomment = noop;
  oncdata = noop;
  ondeclaration = noop;
  onprocessinginstruction = noop;
  onend = noop;

  private openTag(name: string, attrs: Map<string, string>): void {
    if (HIDDEN_RAW.has(name)) this.hiddenRaw = name;
    switch (name) {
      case 'a': {
        // A new <a> closes the one still open (the HTML parser's adoption agency does the same). SVG 1.1 links
        // with `xlink:href`.
        this.closeAnchor();
        const href = attrs.get('href') ?? attrs.get('xlink:href');
        if (href !== undefined) this.anchor = { href, parts: [], length: 0 };
        break;
      }
      case 'area': {
        const href = attrs.get('href');
        if (href !== undefined) this.sink.add({ href, source: 'html', text: collapse(attrs.get('alt') ?? '') });
        break;
      }
      case 'img': {
        const alt = attrs.get('alt');
        if (this.anchor && this.anchor.alt === undefined && alt !== undefined) this.anchor.alt = alt;
        // Only an image above the first words is a masthead logo: social icons sit in the signature.
        if (!this.sawText && this.logoAlt === undefined && alt?.trim()) {
          this.logoAlt = collapse(alt).slice(0, MAX_MASTHEAD);
          if (this.anchor) this.logoLink = { alt: this.logoAlt, href: cleanHref(this.anchor.href) };
        }
        break;
      }
      case 'form':
        this.startForm(attrs.get('action'));
        break;
      case 'input': {
        // An enumerated attribute: case-insensitive, not trimmed (`type=" password"` is a text box in browsers).
        const type = attrs.get('type')?.toLowerCase();
        if (type === 'password') this.markPassword();
        if (!type || !NOT_TYPED.has(type)) this.countField();
        this.addFormAction(attrs.get('formaction'));
        break;
      }
      case 'select':
      case 'textarea':
        this.countField();
        break;
      case 'button':
        this.addFormAction(attrs.get('formaction'));
        break;
      case 'script':
        this.scripts++;
        break;
      case 'meta':
        if (this.refresh === undefined && attrs.get('http-equiv')?.toLowerCase() === 'refresh')
          this.refresh = refreshUrl(attrs.get('content') ?? '');
        break;
      case 'base':
        if (this.base === undefined && attrs.has('href')) this.base = cleanHref(attrs.get('href')!);
        break;
    }
    if (HEADINGS.has(name) && !this.heading?.done) this.heading = { parts: [], length: 0, done: false };
    if (!this.sawText && !this.styled && prominent(name, attrs)) this.styled = { tag: name, parts: [] };
    if (LINE_BREAKS.has(name)) this.breakLine(name);
  }

  private closeTag(name: string): void {
    if (name === this.hiddenRaw) this.hiddenRaw = undefined;
    // An empty heading (a spacer) does not count: the next one may still be the masthead.
    if (HEADINGS.has(name) && this.heading && !this.heading.done)
      this.heading = collapse(this.heading.parts.join('')) ? { ...this.heading, done: true } : undefined;
    if (name === 'a') this.closeAnchor();
    if (name === 'form') this.openForm = -1;
    const styled = this.styled;
    // An empty one (a spacer) does not count: the next one may still hold the first words.
    if (styled?.tag === name && this.styledText === undefined)
      if (styled.parts.length) styled.closed = true;
      else this.styled = undefined;
    if (LINE_BREAKS.has(name)) this.breakLine(name);
  }

  private addText(raw: string): void {
    if (this.hiddenRaw === 'script' && this.scriptText.length < MAX_SCRIPT_TEXT)
      this.scriptText += raw.slice(0, MAX_SCRIPT_TEXT - this.scriptText.length);
    if (this.hiddenRaw) return;
    // Source whitespace, newlines included, renders as one space; only block edges break lines.
    const piece = collapseWhitespace(raw);
    this.text.add(piece);
    if (this.styledText === undefined && piece.trim()) {
      // Words outside the styled element on its line: it was a word in a sentence, not a masthead.
      if (!this.styled || this.styled.closed) this.styledText = '';
      else this.styled.parts.push(piece);
    }
    if (!this.sawText && piece.trim()) this.sawText = true;
    const heading = this.heading;
    if (heading && !heading.done && heading.length < MAX_MASTHEAD) {
      heading.parts.push(piece);
      heading.length += piece.length;
    }
    const anchor = this.anchor;
    if (anchor && anchor.length < MAX_ANCHOR_TEXT) {
      anchor.parts.push(piece);
      anchor.length += piece.length;
    }
  }

  /** Table cells sit side by side: a space keeps "label value" on one line; other blocks start a new line. */
  private breakLine(name: string): void {
    this.text.space(name === 'td' || name === 'th' ? ' ' : '\n');
    if (this.styled?.parts.length) this.endStyled();
    this.anchor?.parts.push(' ');
  }

  /** The styled element's text is the whole first line (a line ends, or the body): it is the masthead. */
  private endStyled(): void {
    this.styledText ??= collapse(this.styled?.parts.join('') ?? '').slice(0, MAX_MASTHEAD);
  }

  private closeAnchor(): void {
    const anchor = this.anchor;
    if (!anchor) return;
    this.anchor = undefined;
    let text = collapse(anchor.parts.join(''));
    // An image-only link (a logo, a "button" picture) shows its alt text while images are blocked.
    if (!text && anchor.alt !== undefined) text = collapse(anchor.alt);
    this.sink.add({ href: anchor.href, source: 'html', text });
  }

  /** Browsers ignore a <form> nested in an open one; its inputs belong to the outer form. */
  private startForm(action: string | undefined): void {
    if (this.openForm >= 0) return;
    const cleaned = action === undefined ? '' : cleanHref(action);
    this.forms.push(cleaned ? { action: cleaned, hasPassword: false } : { hasPassword: false });
    this.openForm = this.forms.length - 1;
    if (cleaned) this.sink.add({ href: cleaned, source: 'html', form: true });
  }

  /** A password box outside any form still asks for a password: it gets one form entry without an action. */
  private markPassword(): void {
    if (this.openForm >= 0) {
      this.forms[this.openForm]!.hasPassword = true;
    } else if (this.formlessPassword < 0) {
      this.forms.push({ hasPassword: true });
      this.formlessPassword = this.forms.length - 1;
    }
  }

  /** One more field the reader types into, of the open form or of none. */
  private countField(): void {
    const form = this.openForm >= 0 ? this.forms[this.openForm]! : undefined;
    if (form) form.typedFields = (form.typedFields ?? 0) + 1;
    else this.looseTypedFields++;
  }

  /** `formaction` on a submit button overrides the form's action: it is where the data goes. */
  private addFormAction(formaction: string | undefined): void {
    if (formaction !== undefined && cleanHref(formaction))
      this.sink.add({ href: formaction, source: 'html', form: true });
  }
}

function noop(): void {}

/**
 * The URL of a refresh's `content` (`0; url='https://…'`), as the HTML standard reads it: after the delay and `;` or
 * `,`, an optional `url=`, then the rest, its quotes removed. Loops, not a regex: the value is the sender's.
 */
function refreshUrl(content: string): string {
  let i = 0;
  const skip = (test: (c: string) => boolean) => {
    while (i < content.length && test(content[i]!)) i++;
  };
  const space = (c: string) => c <= ' ';
  skip(space);
  skip((c) => (c >= '0' && c <= '9') || c === '.');
  skip(space);
  if (content[i] === ';' || content[i] === ',') i++;
  skip(space);
  if (content.slice(i, i + 3).toLowerCase() === 'url') {
    const at = i;
    i += 3;
    skip(space);
    if (content[i] === '=') i++;
    else i = at;
    skip(space);
  }
  const quote = content[i] === '"' || content[i] === "'" ? content[i]! : '';
  if (quote) i++;
  const end = quote ? content.indexOf(quote, i) : -1;
  return cleanHref(content.slice(i, end < 0 ? content.length : end));
}

function collapse(s: string): string {
  return cutText(collapseWhitespace(s).trim(), MAX_ANCHOR_TEXT);
}

/**
 * URLs in the text part, as linkify finds them (`https://…`, `www.example.com`, bare `example.co.jp/path`).
 * Japanese mail runs a URL straight into the next sentence (`https://x.jp/loginからどうぞ（https://y.example/）`),
 * and linkify takes it all as one URL; the path is cut at its first non-ASCII character so sentence text never
 * reads as part of a URL (a brand named in the sentence is not "a brand in the path"), and a second URL in the
 * cut-off text is read on its own. The host keeps its Unicode.
 */
function collectTextLinks(text: string, sink: LinkSink): void {
  if (!text) return;
  let found: ReturnType<typeof findTextUrls>;
  try {
    const candidates = urlCandidates(text);
    // No word that can hold a URL: linkify would find none (and is not needed: root-zone.ts).
    if (!candidates) return;
    found = findTextUrls(candidates);
  } catch {
    return;
  }
  if (!found) return;
  for (const item of found) {
    const value = item.value;
    // linkify writes `http://` before a scheme-less URL; keep it so `url` can be opened.
    let prefix = item.href.endsWith(value) ? item.href.slice(0, item.href.length - value.length) : '';
    const nextUrl = /https?:\/\//gi; // searched from lastIndex on: one pass over the value
    let start = 0;
    while (start < value.length) {
      const end = sentenceEnd(value, start);
      let href = value.slice(start, end);
      // Markdown `[url](url)`: linkify reads both halves as one URL whose path repeats its own host.
      const markdown = href.indexOf('](');
      if (markdown > 0) href = href.slice(0, markdown);
      if (!(prefix && (looksLikeFileName(href) || maskedIp(href))))
        sink.add(prefix ? { href, source: 'text', prefix } : { href, source: 'text' });
      nextUrl.lastIndex = end;
      const next = nextUrl.exec(value);
      if (!next) break;
      start = next.index;
      prefix = '';
    }
  }
}

/**
 * Country endings that are also file extensions (Paraguay .py, Moldova .md, St Helena .sh …): a bare `downloader.py`
 * or `README.md` in a technical mail is a file, not a site. Only scheme-less, path-less words without `www.` are
 * dropped; `https://x.py/` and `www.x.md` stay links.
 */
const FILE_LIKE_ENDINGS = new Set([
  'py',
  'md',
  'sh',
  'pl',
  'rs',
  'so',
  'ps',
  'mk',
  'pm',
  'zip',
  'mov',
  'cs',
  'hs',
  'ts',
  'js',
  'rb',
  'el',
  'gz',
  'tf',
]);

function looksLikeFileName(word: string): boolean {
  if (/[/?#:]/.test(word) || /^www\./i.test(word)) return false;
  const ending = word.slice(word.lastIndexOf('.') + 1).toLowerCase();
  return FILE_LIKE_ENDINGS.has(ending);
}

/**
 * An IPv4 address with its last octets masked (`172.58.xxx.xxx`, `10.2.3.x`), as sign-in and security notices print
 * the device's address: `.xxx` is a real top-level domain, so linkify reads `58.xxx.xxx` as a site and the notice
 * "links to another organisation". Only a scheme-less, path-less word of four labels, digits then `x`s; a written
 * `http://172.58.xxx.xxx/` and any name with letters other than the mask (`172.evil.xxx.xxx`) stay links.
 */
function maskedIp(word: string): boolean {
  return word.split('.').length === 4 && /^\d{1,3}(?:\.\d{1,3}){0,2}(?:\.x{1,3}){1,3}$/i.test(word);
}

/**
 * The words of a text that can hold a URL (a scheme, `www.`, or a dot between letters or digits), one per line.
 * A URL has no white space, so linkify sees the same URLs in a fraction of the text: prose is most of a mail.
 */
function urlCandidates(text: string): string {
  const keep: string[] = [];
  // Words found by a loop rather than `split(/\s+/)`, and only those with a `.` or `:` are cut out and tested: each
  // test needs one, and most words of prose have neither.
  let i = 0;
  while (i < text.length) {
    if (isJsWhitespace(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i;
    let marked = false;
    for (; end < text.length; end++) {
      const c = text.charCodeAt(end);
      if (isJsWhitespace(c)) break;
      if (c === 0x2e || c === 0x3a) marked = true;
    }
    if (marked) {
      const word = text.slice(i, end);
      if (word.includes('://') || /www\./i.test(word) || /[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(word)) keep.push(word);
    }
    i = end;
  }
  return keep.join('\n');
}

/** Where the URL starting at `start` ends: the first non-ASCII character after its authority. */
function sentenceEnd(value: string, start: number): number {
  let i = start;
  while (i < value.length && /[a-z0-9+.-]/i.test(value[i]!)) i++;
  i = value.startsWith('://', i) ? i + 3 : start;
  while (i < value.length && !'/?#'.includes(value[i]!)) i++;
  while (i < value.length && value.charCodeAt(i) <= 0x7e) i++;
  return i;
}

function parseUrl(url: string, base?: URL): URL | undefined {
  try {
    return new URL(url, base);
  } catch {
    return undefined;
  }
}

/** A scheme as the URL parser sees one (so `www.example.com:8080` has the scheme `www.example.com`). */
function hasScheme(href: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(href);
}

/**
 * The absolute URL the reader's client opens. Relative hrefs resolve against an absolute `<base>`; a
 * protocol-relative `//host/…` opens on https in webmail; anything else relative stays as written (no host).
 */
function openable(raw: RawLink, base: URL | undefined): string {
  if (raw.source === 'text') return (raw.prefix ?? '') + raw.href;
  if (hasScheme(raw.href)) return raw.href;
  if (base) return parseUrl(raw.href, base)?.href ?? raw.href;
  if (raw.href.startsWith('//')) return 'https:' + raw.href;
  return raw.href;
}

/** Builds the Link: `url` is the unwrapped target, and every host field describes `url`, not the wrapper. */
function describeLink(raw: RawLink, base: URL | undefined): Link {
  const { url, wrapper } = unwrapUrl(openable(raw, base));
  const link: Link = { href: raw.href, url, source: raw.source, ...describeUrl(url) };
  if (raw.text !== undefined) link.text = raw.text;
  if (wrapper) link.wrapper = wrapper;
  if (raw.form) link.form = true;
  return link;
}

/** A link found outside the body (a QR code's text, core/qr): unwrapped and described like the body's own. */
export function describeFoundLink(href: string, source: LinkSource): Link {
  return describeLink({ href, source }, undefined);
}

type UrlParts = Pick<Link, 'scheme' | 'host' | 'hostAscii' | 'registrable' | 'ipHost' | 'userinfo'>;

const NO_HOST = { host: '', hostAscii: '', registrable: '', ipHost: false };

/** Scheme, host and userinfo as a browser reads them; an unparseable URL keeps its scheme and an empty host. */
function describeUrl(url: string): UrlParts {
  const parsed = parseUrl(url);
  if (!parsed) return { scheme: hasScheme(url) ? url.slice(0, url.indexOf(':')).toLowerCase() : '', ...NO_HOST };
  const parts: UrlParts = { scheme: parsed.protocol.slice(0, -1).toLowerCase(), ...describeHost(parsed.hostname) };
  const userinfo = readUserinfo(parsed);
  if (userinfo) parts.userinfo = userinfo;
  return parts;
}

/**
 * The URL parser has already turned `3232235777`, `0xC0A80001` and `0300.0250.0.1` into `192.168.0.1`-style
 * dotted form, so one IP test covers every notation a browser opens; IPv6 loses its brackets.
 */
function describeHost(hostname: string): Pick<Link, 'host' | 'hostAscii' | 'registrable' | 'ipHost'> {
  const bare = hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
  // Only IP-shaped hosts reach the IP parser (the URL parser already wrote IPv4 as dotted digits): it is slow on names.
  const ip = bare.includes(':') || /^[0-9.]+$/.test(bare) ? normalizeIp(bare) : undefined;
  if (ip) return { host: ip, hostAscii: ip, registrable: '', ipHost: true };
  if (!bare) return { ...NO_HOST };
  return {
    host: toUnicodeHost(bare),
    hostAscii: toAsciiHost(bare),
    registrable: registrableDomain(bare),
    ipHost: false,
  };
}

/** `http://paypal.com@evil.example/`: the part before `@` is a user name, not the host people read it as. */
function readUserinfo(parsed: URL): string | undefined {
  if (!parsed.username && !parsed.password) return undefined;
  const user = safeDecode(parsed.username);
  return parsed.password ? `${user}:${safeDecode(parsed.password)}` : user;
}

/** The HTML's visible text, then the text part when it is not the same words (most mail sends both). */
function combineText(htmlText: string, plain: string): string {
  const textPart = tidyLines(plain);
  if (!htmlText) return textPart;
  if (!textPart || sameIgnoringWhitespace(htmlText, textPart)) return htmlText;
  return `${htmlText}\n\n${textPart}`;
}
