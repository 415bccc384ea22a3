/**
 * The hop table under Origin: the Received chain oldest first (the order the message travelled), each hop's role
 * in the trust model (first sender, relay, where it entered the reader's system, inside it) and the time it took
 * since the hop before. A long delay or a clock running backwards is visible at a glance; the checks say what it
 * means. Host names and IPs are the message's text: text nodes only.
 */
import type { HopRow } from '../core/report';
import { translate, type Lang, type MessageKey } from '../i18n';
import { el } from './dom';

const ROLE_KEY: Record<HopRow['role'], MessageKey> = {
  origin: 'ui.hops.role.origin',
  relay: 'ui.hops.role.relay',
  entry: 'ui.hops.role.entry',
  internal: 'ui.hops.role.internal',
};

/**
 * `4 s`, `3 min`, `2 h`, `5 d`: rounded to the unit a person reads a delay in; negative when clocks disagree.
 * @internal
 */
export function formatDelay(seconds: number, lang: Lang): string {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(seconds);
  if (s < 120) return sign + translate(lang, 'ui.delay.seconds', { n: Math.round(s) });
  if (s < 2 * 3600) return sign + translate(lang, 'ui.delay.minutes', { n: Math.round(s / 60) });
  if (s < 2 * 86400) return sign + translate(lang, 'ui.delay.hours', { n: Math.round(s / 3600) });
  return sign + translate(lang, 'ui.delay.days', { n: Math.round(s / 86400) });
}

function code(doc: Document, text: string): HTMLElement {
  return el(doc, 'code', { attrs: { dir: 'ltr' }, text });
}

function hopRow(doc: Document, hop: HopRow, delaySeconds: number | undefined, lang: Lang): HTMLTableRowElement {
  const notes = [
    hop.protocol,
    hop.authenticated ? translate(lang, 'ui.hops.authenticated') : '',
    hop.tls ? translate(lang, 'ui.hops.tls') : '',
  ].filter(Boolean);
  const delay =
    delaySeconds === undefined
      ? el(doc, 'span', { className: 'hop-delay hop-delay--none', text: '—' })
      : el(doc, 'span', {
          className: delaySeconds < 0 ? 'hop-delay hop-delay--negative' : 'hop-delay',
          text: formatDelay(delaySeconds, lang),
        });
  return el(doc, 'tr', { className: `hop hop--${hop.role}` }, [
    el(doc, 'td', {}, [
      el(doc, 'span', { className: `hop-role hop-role--${hop.role}`, text: translate(lang, ROLE_KEY[hop.role]) }),
      hop.from && code(doc, hop.from),
      hop.ip && code(doc, hop.ip),
    ]),
    el(doc, 'td', {}, [
      hop.by && code(doc, hop.by),
      notes.length > 0 && el(doc, 'span', { className: 'hop-notes', text: notes.join(' · ') }),
    ]),
    el(doc, 'td', { className: 'hop-delay-cell' }, [delay]),
  ]);
}

/** The table, or undefined when the message has no Received lines to show. */
export function renderHops(doc: Document, hops: readonly HopRow[], lang: Lang): HTMLTableElement | undefined {
  if (hops.length === 0) return undefined;
  // Report.hops is newest first and each hop's delay is the time to the hop above it (the next, newer one):
  // shown oldest first, a row's delay is the one its predecessor carries, "time since the hop before".
  const chronological = [...hops].reverse();
  const rows = chronological.map((hop, i) =>
    hopRow(doc, hop, i > 0 ? chronological[i - 1]?.delaySeconds : undefined, lang),
  );
  return el(doc, 'table', { className: 'hops' }, [
    el(doc, 'caption', { text: translate(lang, 'ui.hops.caption') }),
    el(doc, 'thead', {}, [
      el(doc, 'tr', {}, [
        el(doc, 'th', { attrs: { scope: 'col' }, text: translate(lang, 'ui.hops.from') }),
        el(doc, 'th', { attrs: { scope: 'col' }, text: translate(lang, 'ui.hops.by') }),
        el(doc, 'th', { attrs: { scope: 'col' }, text: translate(lang, 'ui.hops.delay') }),
      ]),
    ]),
    el(doc, 'tbody', {}, rows),
  ]);
}
