/**
 * The Latin-script phrases the task pane lets wait, by finder and family (late-latin.ts): fetched with the phrases in
 * other scripts (`needs: ['phrases']`). The pane's build fills it (scripts/late-latin-pane.cjs); elsewhere the tables
 * are whole and it is empty.
 */
export const LATE_LATIN_PHRASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {};
