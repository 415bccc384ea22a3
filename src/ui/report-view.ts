/**
 * A Report as the reader sees it, plain words first: the verdict banner (never "safe"), the story, then only the
 * failed and warning rows — what gives the message away, in words for someone who has never seen a header. The rest
 * (passes, information rows, the hop table, the whole subject) is under one "Details for IT" disclosure, a native
 * <details> (keyboard and screen readers get it for free), closed until the reader opens it; the pane remembers.
 * Each row has an icon, a colour AND a word for its status (colour is never the only signal), and its evidence
 * behind a button that says whether it is open (aria-expanded).
 * Plain DOM only: it runs the same in a task pane, a web page and a jsdom test.
 */
import type { Finding, Report, Section, Status } from '../core/report';
import { translate, type Lang } from '../i18n';
import { el, uniqueId } from './dom';
import { renderEvidence } from './evidence';
import { renderHops } from './hops';
import { icon, verdictIcon } from './icons';

const SECTIONS: readonly Section[] = ['sender', 'origin', 'links', 'content'];

/** Failing items first, then warnings; the rest keep the core's order, which tells the story of each section. */
const STATUS_ORDER: Record<Status, number> = { fail: 0, warn: 1, info: 2, pass: 2 };

/** The rows a reader must see: what gives a message away, or deserves a look. */
const shownFirst = (f: Finding) => f.status === 'fail' || f.status === 'warn';

/**
 * The banner: verdict as the page's h1, then, for "no red flags" either the caveat or — when warnings exist — how many
 * things deserve a look (the title alone would contradict the orange rows below it), and the story. The message's own
 * words (its subject) are never inside it: see renderSubject.
 */
export function renderVerdict(doc: Document, report: Report, lang: Lang): HTMLElement {
  const flagged = report.findings.filter(shownFirst).length;
  const mixed = report.verdict === 'no-red-flags' && flagged > 0;
  const banner = el(doc, 'div', { className: `verdict verdict--${report.verdict}` }, [
    el(doc, 'h1', { className: 'verdict-title' }, [
      verdictIcon(doc, report.verdict),
      el(doc, 'span', { text: translate(lang, mixed ? 'verdict.no-clear-sign' : `verdict.${report.verdict}`) }),
    ]),
  ]);
  if (mixed) {
    const key = flagged === 1 ? 'verdict.look.one' : 'verdict.look.many';
    banner.appendChild(el(doc, 'p', { className: 'verdict-look', text: translate(lang, key, { count: flagged }) }));
  }
  if (report.verdict === 'no-red-flags') {
    banner.appendChild(
      el(doc, 'p', { className: 'verdict-caveat', text: translate(lang, 'verdict.no-red-flags.caveat') }),
    );
  }
  if (report.story.length > 0) {
    banner.appendChild(
      el(
        doc,
        'div',
        { className: 'story' },
        report.story.map((s) => el(doc, 'p', { text: translate(lang, s.key, s.params) })),
      ),
    );
  }
  return banner;
}

/**
 * Which message this is, outside the verdict's box and labelled as the message's own words ("Subject:" then the
 * text in quotes, in its own style, cut to two lines): a subject such as "✅ No red flags found. Verified safe by
 * IT" must never read as our verdict. The whole subject is in the details.
 */
export function renderSubject(doc: Document, report: Report, lang: Lang): HTMLElement {
  const subject = report.about?.subject;
  return el(doc, 'p', { className: 'message-subject' }, [
    el(doc, 'span', { className: 'subject-label', text: translate(lang, 'ui.subject-label') }),
    ' ',
    subject
      ? el(doc, 'q', { className: 'subject-text', attrs: { 'data-message-text': '' }, text: subject })
      : el(doc, 'span', { className: 'subject-none', text: translate(lang, 'ui.no-subject') }),
  ]);
}

/** A button that shows and hides the element after it; the pair is linked for assistive technology. */
function expander(doc: Document, label: string, content: Node, className = 'expander'): HTMLElement[] {
  const panelId = uniqueId('panel');
  const button = el(
    doc,
    'button',
    { className, attrs: { type: 'button', 'aria-expanded': 'false', 'aria-controls': panelId } },
    [icon(doc, 'chevron', 'expander-icon'), el(doc, 'span', { text: label })],
  );
  const panel = el(doc, 'div', { className: `${className}-panel`, attrs: { id: panelId } }, [content]);
  panel.hidden = true;
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  });
  return [button, panel];
}

function statusBadge(doc: Document, status: Status, lang: Lang): HTMLElement {
  return el(doc, 'span', { className: `status status--${status}` }, [
    icon(doc, status, 'status-icon'),
    el(doc, 'span', { className: 'status-label', text: translate(lang, `status.${status}`) }),
  ]);
}

function renderFinding(doc: Document, finding: Finding, lang: Lang): HTMLLIElement {
  const item = el(
    doc,
    'li',
    { className: `finding finding--${finding.status}`, attrs: { 'data-finding-id': finding.id } },
    [
      el(doc, 'div', { className: 'finding-row' }, [
        statusBadge(doc, finding.status, lang),
        el(doc, 'p', {
          className: 'finding-message',
          text: translate(lang, finding.message.key, finding.message.params),
        }),
      ]),
    ],
  );
  if (finding.evidence.length > 0) {
    const label = translate(lang, 'ui.evidence.toggle', { count: finding.evidence.length });
    for (const node of expander(doc, label, renderEvidence(doc, finding.evidence, lang))) item.appendChild(node);
  }
  return item;
}

/** Findings by status (failing first), the core's order within a status. */
function sorted(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || i - j)
    .map(([f]) => f);
}

function renderSection(
  doc: Document,
  section: Section,
  findings: Finding[],
  lang: Lang,
  part: 'main' | 'details',
  extra: Node[] = [],
): HTMLElement {
  const headingId = uniqueId(`section-${section}`);
  const body: Node[] =
    findings.length > 0
      ? [
          el(
            doc,
            'ul',
            { className: 'findings' },
            sorted(findings).map((f) => renderFinding(doc, f, lang)),
          ),
        ]
      : [el(doc, 'p', { className: 'section-empty', text: translate(lang, 'ui.section.empty') })];
  return el(
    doc,
    'section',
    {
      className: `section section--${section}`,
      // Named (a region landmark) only in the plain part: the details repeat the four names, and two regions of one
      // name would leave a screen reader's landmark list ambiguous.
      attrs: {
        ...(part === 'main' ? { 'aria-labelledby': headingId } : {}),
        'data-section': section,
        'data-part': part,
      },
    },
    [
      el(doc, 'h2', {
        className: 'section-title',
        attrs: { id: headingId },
        text: translate(lang, `section.${section}`),
      }),
      ...body,
      ...extra,
    ],
  );
}

/** Whether "Details for IT" starts open, and where the reader's choice is kept (pane.ts: per user, per browser). */
export interface DetailsMemory {
  open: boolean;
  remember(open: boolean): void;
}

/**
 * "Details for IT": the whole subject, then the four sections, each always present (an empty one says so) with the
 * rows not shown above — passes and information, the mechanics IT reads — and under Origin the path of the message.
 */
function renderDetails(doc: Document, report: Report, lang: Lang, memory: DetailsMemory | undefined): HTMLElement {
  const subject = report.about?.subject;
  const sections = SECTIONS.map((section) => {
    const rest = report.findings.filter((f) => f.section === section && !shownFirst(f));
    const extra: Node[] = [];
    const table = section === 'origin' ? renderHops(doc, report.hops ?? [], lang) : undefined;
    if (table)
      extra.push(
        ...expander(doc, translate(lang, 'ui.hops.toggle', { count: report.hops.length }), table, 'hops-expander'),
      );
    return renderSection(doc, section, rest, lang, 'details', extra);
  });
  const details = el(doc, 'details', { className: 'it-details' }, [
    el(doc, 'summary', { className: 'it-details-summary' }, [
      icon(doc, 'chevron', 'it-details-icon'),
      el(doc, 'span', { text: translate(lang, 'ui.details.summary') }),
    ]),
    el(doc, 'div', { className: 'it-details-body' }, [
      el(doc, 'p', { className: 'it-details-hint', text: translate(lang, 'ui.details.hint') }),
      el(doc, 'p', { className: 'details-subject' }, [
        el(doc, 'span', { className: 'subject-label', text: translate(lang, 'ui.subject-label') }),
        ' ',
        subject
          ? el(doc, 'code', { className: 'details-subject-text', attrs: { 'data-message-text': '' }, text: subject })
          : el(doc, 'span', { text: translate(lang, 'ui.no-subject') }),
      ]),
      ...sections,
    ]),
  ]);
  details.open = memory?.open ?? false;
  details.addEventListener('toggle', () => memory?.remember(details.open));
  return details;
}

/**
 * The failed and warning rows by section (only sections that have any), or one line saying nothing stood out; then
 * "Details for IT" with everything else.
 */
export function renderChecklist(doc: Document, report: Report, lang: Lang, memory?: DetailsMemory): HTMLElement {
  const main = SECTIONS.flatMap((section) => {
    const flagged = report.findings.filter((f) => f.section === section && shownFirst(f));
    return flagged.length > 0 ? [renderSection(doc, section, flagged, lang, 'main')] : [];
  });
  return el(doc, 'div', { className: 'checklist' }, [
    ...(main.length > 0
      ? main
      : [el(doc, 'p', { className: 'checklist-clear', text: translate(lang, 'ui.checklist.clear') })]),
    renderDetails(doc, report, lang, memory),
  ]);
}
