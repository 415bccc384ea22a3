/**
 * The task pane's Fluent chunk (webpack.config.js puts this module in place of src/ui/fluent.ts where
 * src/hosts/outlook/index.ts imports it once the first verdict is drawn): the tokens only Fluent's button reads
 * (scripts/css-parts-pane.cjs `?button`), added to the page first, and the button; until it is defined, dom.ts draws
 * its look from the tokens our stylesheets read.
 */
import '../src/ui/fluent-tokens.css?button';
import '../src/ui/fluent.ts';
