/**
 * Adds one of the task pane's waiting stylesheets (scripts/css-parts-pane.cjs: a part of its CSS that only a chunk's
 * drawing needs, carried in that chunk as text) to the page, after its own stylesheet as a linked file would be: a
 * constructed sheet, which the CSP's style-src does not govern (Fluent's button styles itself so) and which adds no
 * element to the page. Where there are none (jsdom) the drawing stays plain.
 */
export function adoptStyles(doc, css) {
  try {
    const sheet = new doc.defaultView.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } catch {
    // no constructable stylesheets: nothing else to do
  }
}
