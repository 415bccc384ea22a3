/**
 * The task pane's evidence lists and hop table (webpack.config.js puts this module in place of src/ui/evidence.ts
 * and src/ui/hops.ts where src/ui/report-view.ts imports them): both are drawn only inside closed disclosures (a
 * finding's "Evidence" panel, the hop table under "Details for IT"), so their code and words are a chunk of its own,
 * asked for at the first drawing and filled in when it arrives. The first drawing carries the verdict and every
 * checklist line; each closed panel holds an empty list (or table) of the same element and class, which gets its rows
 * in place (the same element: a reference to it stays good). If the chunk cannot be fetched, the next drawing asks
 * again.
 */
import { addMessages } from '../src/i18n/index.ts';

let views;
let waiting = [];
let asked = false;

function whenLoaded(fill) {
  waiting.push(fill);
  if (asked) return;
  asked = true;
  Promise.all([
    import(/* webpackChunkName: "evidence-view" */ '../src/ui/evidence.ts'),
    import(/* webpackChunkName: "evidence-view" */ '../src/ui/hops.ts'),
    // Their styles (scripts/css-parts-pane.cjs `?evidence`), added before they are drawn.
    import(/* webpackChunkName: "evidence-view" */ '../src/ui/details.css?evidence'),
    // Their words in both languages (scripts/i18n-words-pane.cjs `?view`), which no other drawing says.
    import(/* webpackChunkName: "evidence-view" */ '../src/i18n/en.ts?view'),
    import(/* webpackChunkName: "evidence-view" */ '../src/i18n/ja.ts?view'),
  ]).then(
    ([evidence, hops, , en, ja]) => {
      addMessages({ en: en.view, ja: ja.view });
      views = { renderEvidence: evidence.renderEvidence, renderHops: hops.renderHops };
      for (const fill of waiting.splice(0)) fill();
    },
    () => {
      asked = false;
    },
  );
}

/** An empty `tag.className` now, given the rows `draw` makes once the chunk is in. */
function placeholder(doc, tag, className, draw) {
  const box = doc.createElement(tag);
  box.className = className;
  whenLoaded(() => {
    const made = draw();
    if (made) box.append(...made.childNodes);
  });
  return box;
}

export function renderEvidence(doc, evidence, lang) {
  if (views) return views.renderEvidence(doc, evidence, lang);
  return placeholder(doc, 'ul', 'evidence-list', () => views.renderEvidence(doc, evidence, lang));
}

export function renderHops(doc, hops, lang) {
  if (views) return views.renderHops(doc, hops, lang);
  if (hops.length === 0) return undefined;
  return placeholder(doc, 'table', 'hops', () => views.renderHops(doc, hops, lang));
}
