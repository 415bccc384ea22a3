/**
 * The only way the task pane builds DOM: elements from createElement, text from textContent. Every string shown
 * may come from the message (display names, subjects, header values, link text), so nothing here parses markup,
 * and the document is always the root's own (`ownerDocument`), never a global, so tests run on a jsdom window.
 * Every text passes through the core's one sanitiser (core/visible-text.ts): a character that hides or turns the
 * text around it (U+202E, zero-width, tags…) shows as a visible `⟨U+202E⟩`, as in the summary, the report and the CLI.
 */
import { visibleText } from '../core/visible-text';

type Child = Node | string | undefined | false;

export interface ElementOptions {
  className?: string;
  attrs?: Record<string, string>;
  text?: string;
}

/** `<tag class attrs>children</tag>`; string children become text nodes (literal text, never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  options: ElementOptions = {},
  children: Child[] = [],
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = visibleText(options.text);
  append(node, children);
  return node;
}

/** A custom element (Fluent's `fluent-*`): created by name, so the renderer does not depend on its registration. */
export function custom(doc: Document, tag: string, options: ElementOptions = {}, children: Child[] = []): HTMLElement {
  const node = doc.createElement(tag);
  if (options.className) node.className = options.className;
  for (const [name, value] of Object.entries(options.attrs ?? {})) node.setAttribute(name, value);
  if (options.text !== undefined) node.textContent = visibleText(options.text);
  append(node, children);
  return node;
}

function append(parent: Node, children: Child[]): void {
  const doc = parent.ownerDocument ?? (parent as Document);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? doc.createTextNode(visibleText(child)) : child);
  }
}

/** Removes every child: the pane re-renders whole sections rather than patching them. */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

let idCounter = 0;

/** A document-unique id for aria-controls / aria-labelledby pairs. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/**
 * A button: Fluent's web component where the page uses Fluent — it is registered, or the host has said it will be
 * (`data-fluent` on the root: the task pane registers it right after the first verdict, so the checklist does not
 * wait for its code; until then styles.css draws the element in the same look) — else a native button in that look
 * (Thunderbird's popup, jsdom tests). Either way a real button; `run` is called on activation.
 */
export function button(
  doc: Document,
  label: string,
  appearance: 'primary' | 'secondary',
  run?: () => void,
): HTMLElement {
  const fluent =
    Boolean(doc.defaultView?.customElements?.get('fluent-button')) || 'fluent' in doc.documentElement.dataset;
  const made = fluent
    ? custom(doc, 'fluent-button', { attrs: { appearance, size: 'small', type: 'button' }, text: label })
    : el(doc, 'button', {
        className: appearance === 'primary' ? 'button' : 'button button--secondary',
        attrs: { type: 'button' },
        text: label,
      });
  if (run) made.addEventListener('click', run);
  return made;
}
