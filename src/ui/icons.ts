/**
 * Status and expander icons, drawn as SVG nodes (no markup strings, no icon font: CSP and size). Each icon is
 * decorative (`aria-hidden`): the status is always said in words beside it, and colour comes from `currentColor`,
 * so high-contrast modes recolour it with the text.
 */
import type { Status, Verdict } from '../core/report';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Shapes on a 16×16 grid: an outline that says the kind (circle, triangle) and a glyph inside it. */
const SHAPES: Record<Status | 'chevron', string[]> = {
  fail: ['M8 1.25a6.75 6.75 0 1 0 0 13.5A6.75 6.75 0 0 0 8 1.25z', 'M5.5 5.5l5 5M10.5 5.5l-5 5'],
  warn: ['M8 1.75L14.75 13.75H1.25z', 'M8 6v3.5', 'M8 11.25v.5'],
  pass: ['M8 1.25a6.75 6.75 0 1 0 0 13.5A6.75 6.75 0 0 0 8 1.25z', 'M5 8.25l2 2 4-4.5'],
  info: ['M8 1.25a6.75 6.75 0 1 0 0 13.5A6.75 6.75 0 0 0 8 1.25z', 'M8 7.25v4', 'M8 4.75v.5'],
  chevron: ['M6 4l4 4-4 4'],
};

const VERDICT_ICON: Record<Verdict, Status> = {
  'likely-phishing': 'fail',
  suspicious: 'warn',
  'no-red-flags': 'info',
};

export function icon(doc: Document, name: Status | 'chevron', className = 'icon'): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', `${className} ${className}--${name}`);
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('width', '16');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  for (const d of SHAPES[name]) {
    const path = doc.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    path.setAttribute('fill', 'none');
    path.setAttribute('stroke', 'currentColor');
    path.setAttribute('stroke-width', '1.5');
    path.setAttribute('stroke-linecap', 'round');
    path.setAttribute('stroke-linejoin', 'round');
    svg.appendChild(path);
  }
  return svg;
}

export function verdictIcon(doc: Document, verdict: Verdict): SVGSVGElement {
  return icon(doc, VERDICT_ICON[verdict], 'verdict-icon');
}
