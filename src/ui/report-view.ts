/**
 * A Report as the checklist a reader sees: the verdict banner (never "safe"), the story, then Sender / Origin /
 * Links / Content, each finding with an icon, a colour AND a word for its status (colour is never the only signal),
 * its plain-language message, and its evidence behind a button that says whether it is open (aria-expanded).
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

/** The banner: verdict as the page's h1, the caveat when nothing was found, the story, and which message it is. */
export function renderVerdict(doc: Document, report: Report, lang: Lang): HTMLElement {
  const banner = el(doc, 'div', { className: `verdict verdict--${report.verdict}` }, [
    el(doc, 'h1', { className: 'verdict-title' }, [
      verdictIcon(doc, report.verdict),
      el(doc, 'span', { text: translate(lang, `verdict.${report.verdict}`) }),
    ]),
  ]);
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
  const subject = report.about?.subject || translate(lang, 'ui.no-subject');
  banner.appendChild(
    el(doc, 'p', { className: 'verdict-subject', text: translate(lang, 'ui.checked-message', { subject }) }),
  );
  return banner;
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

function renderSection(doc: Document, section: Section, findings: Finding[], report: Report, lang: Lang): HTMLElement {
  const headingId = uniqueId(`section-${section}`);
  const sorted = findings
    .map((f, i) => [f, i] as const)
    .sort(([a, i], [b, j]) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || i - j)
    .map(([f]) => f);
  const body: Node[] =
    sorted.length > 0
      ? [
          el(
            doc,
            'ul',
            { className: 'findings' },
            sorted.map((f) => renderFinding(doc, f, lang)),
          ),
        ]
      : [el(doc, 'p', { className: 'section-empty', text: translate(lang, 'ui.section.empty') })];
  if (section === 'origin') {
    const table = renderHops(doc, report.hops ?? [], lang);
    if (table)
      body.push(
        ...expander(doc, translate(lang, 'ui.hops.toggle', { count: report.hops.length }), table, 'hops-expander'),
      );
  }
  return el(
    doc,
    'section',
    { className: `section section--${section}`, attrs: { 'aria-labelledby': headingId, 'data-section': section } },
    [
      el(doc, 'h2', {
        className: 'section-title',
        attrs: { id: headingId },
        text: translate(lang, `section.${section}`),
      }),
      ...body,
    ],
  );
}

/** The four sections, each always present (an empty one says so): a reader sees what was looked at. */
export function renderChecklist(doc: Document, report: Report, lang: Lang): HTMLElement {
  return el(
    doc,
    'div',
    { className: 'checklist' },
    SECTIONS.map((section) =>
      renderSection(
        doc,
        section,
        report.findings.filter((f) => f.section === section),
        report,
        lang,
      ),
    ),
  );
}
