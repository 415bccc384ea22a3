/**
 * The task pane's click-time flows of the actions (webpack.config.js puts this module in place of
 * src/ui/action-flows-loader.ts): the confirmation of Report to IT and of "This looks wrong", the user's address
 * field and the copy fallback are a chunk of their own, with the words only they say, fetched at the first click on
 * one of their buttons; the pane's first drawing carries only the buttons (src/ui/actions.ts).
 */
import { addMessages } from '../src/i18n/index.ts';

let flows;

export function withActionFlows(run, failed) {
  if (flows) return run(flows);
  Promise.all([
    import(/* webpackChunkName: "action-flows" */ '../src/ui/action-flows.ts'),
    // What they draw is styled by a part of styles.css of their own (scripts/css-parts-pane.cjs `?flows`).
    import(/* webpackChunkName: "action-flows" */ '../src/ui/styles.css?flows'),
    // The words only they say, in both languages (scripts/i18n-words-pane.cjs `?flows`).
    import(/* webpackChunkName: "action-flows" */ '../src/i18n/en.ts?flows'),
    import(/* webpackChunkName: "action-flows" */ '../src/i18n/ja.ts?flows'),
  ]).then(([loaded, , en, ja]) => {
    addMessages({ en: en.flows, ja: ja.flows });
    run((flows = loaded));
  }, failed);
}
