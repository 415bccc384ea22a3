/**
 * Evidence, shown exactly: the header name and its value, or the URL a link opens, with the part that gives it away
 * marked, and who wrote it (the reader's own mail system, a relay "as recorded by", or the sender's own word).
 * Values are the message's own text: they go in as text nodes and the mark is a real <mark> element around a
 * substring, never markup made from strings.
 */
import type { Evidence } from '../core/report';
import { translate, type Lang } from '../i18n';
import { el } from './dom';

/** More marks than this in one value is noise (a one-letter highlight in a long header): the rest stay plain. */
const MAX_MARKS = 20;

/** `text` as nodes, with each occurrence of `highlight` (a substring of it) wrapped in <mark>. @internal */
export function highlighted(doc: Document, text: string, highlight: string | undefined): Node[] {
  if (!highlight) return [el(doc, 'span', { text })];
  const nodes: Node[] = [];
  let from = 0;
  for (let marks = 0; marks < MAX_MARKS; marks++) {
    const at = text.indexOf(highlight, from);
    if (at < 0) break;
    if (at > from) nodes.push(el(doc, 'span', { text: text.slice(from, at) }));
    nodes.push(el(doc, 'mark', { text: highlight }));
    from = at + highlight.length;
  }
  if (from < text.length) nodes.push(el(doc, 'span', { text: text.slice(from) }));
  return nodes;
}

/** Who wrote this piece of evidence, in words; undefined when the check did not say. */
function authorText(evidence: Evidence, lang: Lang): string | undefined {
  switch (evidence.author) {
    case 'recipient-system':
      return translate(lang, 'author.recipient-system');
    case 'relay':
      return translate(lang, 'author.relay', { relay: evidence.recordedBy || translate(lang, 'ui.relay-unknown') });
    case 'sender':
      return translate(lang, 'author.sender');
    default:
      return undefined;
  }
}

/** One value in a code box, left-to-right whatever the script around it, with its highlight. */
function valueBox(doc: Document, text: string, highlight: string | undefined): HTMLElement {
  return el(doc, 'code', { className: 'evidence-value', attrs: { dir: 'ltr' } }, highlighted(doc, text, highlight));
}

function evidenceItem(doc: Document, evidence: Evidence, lang: Lang): HTMLLIElement {
  const main = evidence.url ?? evidence.value ?? '';
  const name = evidence.header ?? (evidence.url ? translate(lang, 'ui.evidence.link') : '');
  const author = authorText(evidence, lang);
  const item = el(doc, 'li', { className: 'evidence' }, [
    el(doc, 'div', { className: 'evidence-head' }, [
      name && el(doc, 'span', { className: 'evidence-name', text: name }),
      author && el(doc, 'span', { className: `evidence-author evidence-author--${evidence.author}`, text: author }),
    ]),
    valueBox(doc, main, evidence.highlight),
  ]);
  // A link's evidence carries what the message wrote (its text, or the Safe Links wrapper) beside where it opens.
  if (evidence.url && evidence.value && evidence.value !== evidence.url) {
    item.appendChild(
      el(doc, 'div', { className: 'evidence-written' }, [
        el(doc, 'span', { className: 'evidence-name', text: translate(lang, 'ui.evidence.written-as') }),
        valueBox(doc, evidence.value, evidence.highlight),
      ]),
    );
  }
  // Each non-ASCII host in it: a look-alike's ASCII form and its marked letters, a genuine IDN's ASCII form.
  for (const name of evidence.names ?? [])
    item.appendChild(el(doc, 'div', { className: 'evidence-name-note', text: translate(lang, name.key, name.params) }));
  // Shown decoded (a Japanese display name), the header exactly as written is one click away.
  if (evidence.raw !== undefined)
    item.appendChild(
      el(doc, 'details', { className: 'evidence-raw' }, [
        el(doc, 'summary', { text: translate(lang, 'evidence.raw') }),
        el(doc, 'code', { className: 'evidence-value', attrs: { dir: 'ltr' }, text: evidence.raw }),
      ]),
    );
  return item;
}

export function renderEvidence(doc: Document, evidence: readonly Evidence[], lang: Lang): HTMLUListElement {
  return el(
    doc,
    'ul',
    { className: 'evidence-list' },
    evidence.map((e) => evidenceItem(doc, e, lang)),
  );
}
