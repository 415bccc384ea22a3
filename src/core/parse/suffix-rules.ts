/**
 * Public-suffix rules only some messages need. The task pane starts with part of tldts's rules (every rule directly
 * under a top-level domain, and every rule of Japan's: scripts/pack-suffix-trie.cjs says which are left out) and
 * installs here how it fetches the rest (scripts/suffix-lookup-pane.js). Its lookup notes every host under a suffix
 * whose rules it lacks; analyze() then says `needs: ['suffixes']`, and the host loads the whole list and analyses again
 * before drawing: a verdict is never drawn from the part and changed later. Elsewhere (the CLI, the page, Thunderbird)
 * tldts has every rule, nothing is installed and nothing is ever noted.
 */

/** How the partial lookup learns the rest. */
export interface PartialSuffixRules {
  /** Replaces the part with the whole list; settles once every later lookup uses it. */
  complete(): Promise<void>;
}

let installed: PartialSuffixRules | undefined;
/** Lookups that lacked rules, ever; and how many of them analyze() has seen. */
let lacked = 0;
let lackedSeen = 0;
let epoch = 0;

/** Called once by the lookup that starts with part of the rules (undefined: none again, for tests). */
export function installPartialSuffixRules(rules: PartialSuffixRules | undefined): void {
  installed = rules;
}

/** Called by the partial lookup for a host under a suffix whose rules it lacks. */
export function noteLackingSuffixRules(): void {
  lacked += 1;
}

/** Whether a lookup lacked rules since the last call. analyze() calls it before and after a message. */
export function takeLackingSuffixRules(): boolean {
  const was = lacked !== lackedSeen;
  lackedSeen = lacked;
  return was;
}

/** Counts lookups that lacked rules: an answer given meanwhile is not kept (a cached answer is never looked up). */
export const lackingSuffixLookups = (): number => lacked;

/** Changes when the rules change: answers kept from before (host caches, brand indexes) are stale. */
export const suffixRulesEpoch = (): number => epoch;

/** Called by the partial lookup once the whole list is in use. */
export function suffixRulesCompleted(): void {
  epoch += 1;
}

/**
 * Whether the partial lookup lacks rules for `hostname` (as tldts hands it over: lower-case, no trailing dot): it lies
 * under a suffix whose rules were left out (`cut`), by a name not known to parse alike without them (`safe`: a brand's
 * own `poste.it`). scripts/pack-suffix-trie.cjs makes both lists.
 */
export function lacksSuffixRules(hostname: string, cut: ReadonlySet<string>, safe: ReadonlySet<string>): boolean {
  for (let dot = hostname.lastIndexOf('.'); dot > 0; dot = hostname.lastIndexOf('.', dot - 1)) {
    if (!cut.has(hostname.slice(dot + 1))) continue;
    if (!safe.has(hostname.slice(hostname.lastIndexOf('.', dot - 1) + 1))) return true;
  }
  return false;
}

/** Loads the rest of the rules, if part is installed; rejects when they cannot be fetched. */
export const loadSuffixRules = (): Promise<void> => installed?.complete() ?? Promise.resolve();
