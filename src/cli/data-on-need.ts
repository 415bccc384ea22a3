/**
 * The checks' data, loaded when a message first needs it, as the task pane does (ui/session.ts): a message is
 * analysed, what its report `needs` is loaded, and it is analysed again, so its report is printed only once all its
 * data is in. A run of English mail then never compiles the phrases of other scripts (most of a one-message run's
 * time when they were all loaded first, issue #19); a later message reuses what an earlier one loaded. What a message
 * shows it will need (core/need-hints.ts) is loaded before its first analysis.
 */
import { analyze } from '../core/analyze';
import { CHECK_DATA } from '../core/check-data';
import { loadFreeMail, type FreeMailLookup } from '../core/free-mail';
import { endingsKnown } from '../core/parse/root-zone';
import { hintedHeaderNeeds, hintedNeeds } from '../core/need-hints';
import type { AnalyzeOptions, DataNeed, Report } from '../core/report';
import type { MessageInput } from '../core/types';

/** Loads of this process, shared by every run of `main` in it: each kind is loaded (or fails) once. */
const loads = new Map<DataNeed, Promise<void>>();
let freeMail: FreeMailLookup | undefined;

const LOADERS: Partial<Record<DataNeed, () => Promise<void>>> = {
  ...CHECK_DATA,
  'free-mail': () => loadFreeMail().then((lookup) => void (freeMail = lookup)),
};

/**
 * The kinds need-hints.ts names for much mail: once these are in, a message's hints are no longer worked out (the
 * rarer kinds it may name, extortion's, coverage's, disguise's, then cost the first message needing one a second
 * analysis, as without hints). Working them out for every message of a folder cost more than the analyses they saved.
 */
const HINTED: readonly DataNeed[] = ['phrases', 'brand-names', 'own-org', 'disclaimer'];

export class DataOnNeed {
  private constructor(private readonly base: AnalyzeOptions) {}

  /**
   * An admin's extra brand under an uncommon ending: the brand index is built once, with linkify's list of
   * top-level domains, so that list comes before the first message (as in the task pane).
   */
  static async start(base: AnalyzeOptions): Promise<DataOnNeed> {
    const extraDomains = (base.extraBrands ?? []).flatMap((b) => b.domains ?? []);
    if (!endingsKnown(extraDomains)) await load('tlds');
    return new DataOnNeed(base);
  }

  /** The options with the free-mail list, once loaded: made once, not at each analysis. */
  private withFreeMail: AnalyzeOptions | undefined;

  /** The options with the data loaded so far (a caller's own free-mail lookup comes first). */
  get options(): AnalyzeOptions {
    if (!freeMail || this.base.freeMail) return this.base;
    return (this.withFreeMail ??= { ...this.base, freeMail });
  }

  /**
   * The message's report, made once everything it needs is loaded: each round loads at least one kind not in yet,
   * so it ends. A load that fails throws (every loader is bundled in: that is a bug, and the message says so).
   */
  async analyze(input: MessageInput): Promise<Report> {
    // What the message shows it will need, loaded before its first analysis, as the task pane does (need-hints.ts):
    // an analysis saved for most messages needing any (KAGOYA: three analyses -> two, issue #19). Loading all the
    // data first instead cost a one-message run more than the analyses it saved (measured, load ~12).
    if (HINTED.some((need) => !loads.has(need))) {
      const hinted = [...hintedNeeds(input), ...hintedHeaderNeeds(input)];
      await Promise.all(hinted.filter((need) => LOADERS[need]).map(load));
    }
    for (;;) {
      const report = analyze(input, this.options);
      if (!(await this.loadNeeds(report))) return report;
    }
  }

  /** Loads what the report needs that is not in yet; whether there was any. */
  async loadNeeds(report: Report): Promise<boolean> {
    const missing = (report.needs ?? []).filter((need) => LOADERS[need] && !loads.has(need));
    await Promise.all(missing.map(load));
    return missing.length > 0;
  }
}

function load(need: DataNeed): Promise<void> {
  let loading = loads.get(need);
  if (!loading) {
    loading = LOADERS[need]?.() ?? Promise.resolve();
    loads.set(need, loading);
  }
  return loading;
}
