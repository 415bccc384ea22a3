/* global module, require */
/**
 * webpack loader for the task pane: the phrase tables (src/core/checks/*-phrases.ts, *-phrases-nonlatin.ts) leave the
 * bundle. The pane's finders read only the tries its build computed from them (scripts/phrase-tries-loader.cjs,
 * src/core/checks/pane-tries.ts) and never compile (lure-matcher.ts), so each table (an exported `…_PHRASES` or
 * `…_PHRASES_NONLATIN` object) is shipped empty; the families, word lists and types beside them stay as written.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const ts = require('typescript');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a webpack loader is CommonJS
const { basename } = require('node:path');

const TABLE = /_PHRASES(?:_NONLATIN)?$/;

module.exports = function phraseTablesLoader(source) {
  const file = ts.createSourceFile(this.resourcePath, source, ts.ScriptTarget.Latest, true);
  const tables = [];
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    for (const declaration of statement.declarationList.declarations)
      if (ts.isIdentifier(declaration.name) && TABLE.test(declaration.name.text) && declaration.initializer)
        tables.push(declaration.initializer);
  }
  // A table module that holds none is one this loader no longer understands: better a failed build than a pane that
  // ships a lexicon it never reads. (nonlatin-phrases.ts only gathers the others.)
  if (tables.length === 0 && basename(this.resourcePath) !== 'nonlatin-phrases.ts')
    throw new Error(`phrase-tables-pane: ${basename(this.resourcePath)} exports no …_PHRASES table`);
  let out = source;
  for (const table of tables.reverse()) out = `${out.slice(0, table.getStart(file))}{}${out.slice(table.end)}`;
  return out;
};
