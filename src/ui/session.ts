/**
 * The one reading session every host runs (Outlook's pane, the standalone page, Thunderbird's popup): read the
 * message, analyse it, draw the checklist with its notices and actions; again for every new message, and again when
 * a more complete reading of the same message arrives. A host supplies only how to
 * read the current message and which actions to offer under a report; everything else is decided here, once:
 *
 * - a newer check wins: a reading that ends after the reader moved on is dropped (a generation guard);
 * - a refined reading never changes which message is shown; it redraws only when the checklist or its notices change
 *   (a redraw closes what the reader opened), and never remakes the actions (an open confirmation or a "Summary
 *   copied" line stays) unless the offer itself changed (Report or "This looks wrong" appears or goes);
 * - a failed reading, or an analysis that throws against its contract, ends in a notice with "Check again";
 * - data a message needs is loaded before its checklist is drawn, so a verdict is never drawn without it and changed
 *   later: the IP table's shards for the IPs the checks looked up (the index is fetched as the session starts; a
 *   shard is a few KB: ip-owner-loader.ts), and the maintained free-mail list for a report that says it needs it
 *   (core/free-mail), the whole public-suffix list, and what checks read only for some messages (core/check-data.ts:
 *   the extortion script's wording, the phrases in scripts beyond Latin, the mail-system wording). What the message
 *   shows it will need (its Received IPs' shards, the decoder, the phrases and names in other scripts: core/need-hints.ts)
 *   is asked for at once, and the message analysed meanwhile for what else it names. Data that cannot be had is said
 *   in a notice, and the checklist drawn without it;
 * - the words of every message key a drawing names are loaded before it (ui/late-words.ts: the task pane's rarer
 *   sentences of findings wait in a chunk of their own).
 */
import { analyze as coreAnalyze } from '../core/analyze';
import type { AnalyzeOptions, DataNeed, Report } from '../core/report';
import { loadFreeMail, needsFreeMail, type FreeMailLookup } from '../core/free-mail';
import { loadSuffixRules } from '../core/parse/suffix-rules';
import { CHECK_DATA } from '../core/check-data';
import { endingsKnown, loadRootZone } from '../core/parse/root-zone';
import type { MessageInput } from '../core/types';
import type { Lang } from '../i18n';
import type { PaneActions } from './actions';
import { errorText } from './error-text';
import { ipOwnerState, receivedIpHints, type IpOwnerSource } from './ip-owner-loader';
import { loadWordsFor } from './late-words';
import { hintedHeaderNeeds, hintedNeeds } from '../core/need-hints';
import type { Notice, Pane } from './pane';
import { TRIES_ONLY } from '../core/checks/pane-trie-data';
import { loadBrands } from '../core/brands/lookup';
import { lookalikeTargets } from '../core/brands/lookalike';

/** localStorage key of the data the last message needed (SessionOptions.needsStore). @internal tests read it */
export const NEEDS_KEY = 'phish-inspector.needs';

/** Whether a message's analysis has begun in this page: the task pane's warm-up (ui/warm-up.ts) is then left to it. */
let analysing = false;
// A failure is the message's own analysis's to say.
if (TRIES_ONLY)
  import(/* webpackChunkName: "tries" */ './warm-up').then((m) => m.warmUp(() => analysing)).catch(() => undefined);

/**
 * Asks for the data the reader's last message needed (a session's `needsStore` keeps it) as the task pane starts,
 * before Office is ready and the headers come: an unpinned pane is a fresh page per message, and one reader's mail is
 * much alike (a Japanese reader's brand names and phrases). The brand names make the whole built-in index and its
 * look-alike targets as they come, in a task of their own (the warm-up, ui/warm-up.ts, waits for none of it). Only
 * a head start: each message still asks for what it needs, and no verdict waits for it or changes by it.
 */
export function fetchRememberedNeeds(store: Pick<Storage, 'getItem'> | undefined): void {
  let needs: string | null | undefined;
  try {
    needs = store?.getItem(NEEDS_KEY);
  } catch {
    // storage refused: each message asks for its own
  }
  for (const need of needs?.split(' ') ?? [])
    if (Object.hasOwn(CHECK_DATA, need))
      CHECK_DATA[need as DataNeed]!()
        .then(() => need === 'brand-names' && lookalikeTargets(loadBrands()))
        .catch(() => undefined);
}

/** What a host read of one message. `context` is the host's own handle on it (Outlook's item, Thunderbird's header). */
export interface Reading<C> {
  /** Absent when there is nothing to analyse; the notices then say why and what to do. */
  input?: MessageInput;
  notices: readonly Notice[];
  context?: C;
  /**
   * A more complete reading of the same message that arrives later (Outlook's whole .eml with its MIME parts). The
   * checklist is drawn from the first reading at once and redrawn once from this one, if it comes while current.
   */
  refined?: Promise<Reading<C> | undefined>;
}

/** What the host offers under a report. Called for each new message, language or offer; read report() at a click. */
interface ActionsRequest<C> {
  report: () => Report;
  context: C | undefined;
  lang: Lang;
  /** The session's offer rule said yes: include Report to IT. */
  offerReport: boolean;
}

/** An analysis made ahead of drawing: its report, or what it threw. */
type Analysed = { report: Report } | { error: unknown };

export interface SessionOptions<C> {
  pane: Pane;
  /** The core's options as the admin's config sets them (own domains, trusted authserv-ids, extra brands). */
  analyzeOptions?: AnalyzeOptions;
  /** Shown above every report and notice (a bad config field, say). */
  standingNotices?: readonly Notice[];
  /** Whether Report to IT is offered for a report (core/config.ts `reportOffered`); never, when left out. */
  offerReport?: (report: Report) => boolean;
  /** The actions under a report; none when left out. */
  actions?: (request: ActionsRequest<C>) => PaneActions | undefined;
  /** The IP owner table's files: the index fetched as the session starts, a message's shards before it is drawn. */
  ipOwner?: IpOwnerSource;
  /** The maintained free-mail list, fetched once when a report first needs it (default: its lazy chunk). */
  loadFreeMail?: () => Promise<FreeMailLookup>;
  /** The analysis; tests inject a failing one. */
  analyze?: (input: MessageInput, options?: AnalyzeOptions) => Report;
  /** Where the data a message needed is kept for the next pane (fetchRememberedNeeds); none when left out. */
  needsStore?: Pick<Storage, 'setItem'>;
  /** Told after every drawing what it showed: a report, or none (checking, notices only). For a host's own extras. */
  onShow?: (report: Report | undefined) => void;
}

/** Reads the current message. `current()` turns false once a newer check started: stop spending work on this one. */
type Read<C> = (current: () => boolean) => Promise<Reading<C>>;

export interface Session<C> {
  /**
   * Reads with `read` and draws what it gives; resolves once the first drawing is on screen (a refined reading may
   * follow: see `idle`). A later call supersedes an unfinished one.
   */
  check(read: Read<C>): Promise<void>;
  /** Settles when the current message's refined reading, if any, has been drawn or given up. */
  idle(): Promise<void>;
  /** The analysis with the options the checklist on screen is drawn with (the IP table's shards loaded so far). */
  analyze(input: MessageInput): Report;
  /** Draws the current message again (a language switch); the message is not read again. */
  redraw(): void;
  /** The report on screen, if any. */
  readonly report: Report | undefined;
  /** The host's handle on the message on screen, if any. */
  readonly context: C | undefined;
}

export function startSession<C>(options: SessionOptions<C>): Session<C> {
  const { pane } = options;
  const analyze = options.analyze ?? coreAnalyze;
  const standing = options.standingNotices ?? [];
  const ip = options.ipOwner && ipOwnerState(options.ipOwner);
  void ip?.ready();
  // An admin's extra brand under an uncommon ending: the brand index, built once, needs linkify's list first.
  const extraDomains = (options.analyzeOptions?.extraBrands ?? []).flatMap((b) => b.domains ?? []);
  const rootZoneFirst = endingsKnown(extraDomains) ? undefined : loadRootZone().catch(() => undefined);
  /**
   * Loads a need's data; settles (never rejects) once loaded, true, or failed, false; undefined for data not loaded
   * here. The waiting brand names make the whole brand index and its look-alike targets as they come in, while the
   * rest of the message's data is on its way (the drawn analysis would make them after the last file); not when an
   * admin's brand waits for linkify's list.
   */
  const loadData = (need: DataNeed) =>
    (need === 'suffixes' ? loadSuffixRules() : CHECK_DATA[need]?.())
      ?.then(
        () =>
          need === 'brand-names' && !rootZoneFirst && lookalikeTargets(loadBrands(options.analyzeOptions?.extraBrands)),
      )
      .then(
        () => true,
        () => false,
      );
  /** The free-mail list once loaded; `loading` settles (never rejects) when the one attempt is over. */
  const freeMail: { lookup?: FreeMailLookup; loading?: Promise<void> } = {};
  let attributed = false;
  let generation = 0;
  /** What the last drawing showed (report and notices), to leave an unchanged one alone. */
  let lastDrawing: string | undefined;
  /** The reading on screen, and which check it belongs to. */
  let onScreen: { reading: Reading<C>; generation: number } | undefined;
  let shown: Report | undefined;
  /** For which message, language and offers the actions on screen were made. */
  let actionsMadeFor: { generation: number; lang: Lang; offer: boolean; flagged: boolean } | undefined;
  let lastRead: Read<C> | undefined;
  let refining: Promise<void> = Promise.resolve();
  const retry: Notice['action'] = { key: 'ui.retry', run: () => void (lastRead && check(lastRead)) };

  function analyzeNow(input: MessageInput): Report {
    const base = options.analyzeOptions ?? {};
    const withIp = ip ? { ...base, ipOwner: ip.lookup } : base;
    return analyze(input, freeMail.lookup ? { ...withIp, freeMail: freeMail.lookup } : withIp);
  }

  /**
   * Rounds of loading before a report is drawn as it is: one data kind can lead to another (a wrapped link's target
   * under a suffix whose rules are out, then a rented page's wording), so a chain of a few; each round only adds data.
   */
  const MAX_ROUNDS = 6;

  /**
   * The report for a reading, made with all the data it needs: when it needs the free-mail list, or looked up IPs
   * whose shards are not in yet, those are loaded and the message analysed again (a few rounds at most: each round
   * can only add data). Data that fails to load leaves the answer without it (the hand list's, no owner), then final.
   */
  async function analyzeReady(input: MessageInput): Promise<Analysed> {
    analysing = true;
    // Everything the message shows it will need, asked for at once and in before the analysis that is drawn: its
    // requests leave together, before the thread is busy (Chromium sends a request once the thread is free, so one
    // asked for just before an analysis would wait for its end). The IP table's shards of its Received IPs; the
    // encoded-word decoder for a header holding =? (the subject and names would be read undecoded, and what they
    // need found only a round later); the phrases and brand names in scripts beyond Latin for a body written in one;
    // the other data core/need-hints.ts foresees; and the task pane's phrase tries every message reads (asked for as
    // the pane starts: awaited here, not found missing by the analysis).
    // Only hints: the analysis still says what it needs, and a wrong guess costs a download and its wait, no finding.
    const asked = new Set<DataNeed>();
    const load = (need: DataNeed) => {
      asked.add(need);
      return loadData(need);
    };
    // Told to the next pane (SessionOptions.needsStore) once this message's data is in.
    const done = (analysed: Analysed): Analysed => {
      try {
        options.needsStore?.setItem(NEEDS_KEY, [...asked].join(' '));
      } catch {
        // storage refused: the next pane fetches by its message alone
      }
      return analysed;
    };
    // What the From and Subject lines foretell (a disguise's judging) is read once their encoded words can be decoded.
    const decoded = input.headers.includes('=?') ? load('encoded-words') : undefined;
    let hintedIn = false;
    const hinted = Promise.all([
      ip?.prefetch(receivedIpHints(input.headers)),
      Promise.resolve(decoded).then(() => Promise.all(hintedHeaderNeeds(input).map(load))),
      ...hintedNeeds(input).map(load),
      load('tries'),
    ]).then(() => void (hintedIn = true));
    // The brand index is built once, with linkify's list when an admin's brand needs it; then a task's pause, so the
    // requests leave before the thread is busy.
    await rootZoneFirst;
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (let round = 0; ; round++) {
      // While the hinted data is still on its way (a fresh pane's second wave of requests), the message is analysed
      // ahead of it: what that analysis names besides is asked for at once instead of a round later, and the code and
      // tables every analysis reads are made ready (a fresh pane's first analysis is mostly that) while the thread
      // would wait. Its report is never drawn: the analysis is made again once the hinted data is in.
      const ahead = !hintedIn;
      let report: Report;
      try {
        report = analyzeNow(input);
      } catch (error) {
        if (!ahead) return done({ error }); // drawn as a failure: analysing again could hide it, or fail differently
        await hinted;
        continue;
      }
      const loads: Promise<boolean>[] = ahead ? [hinted.then(() => true)] : [];
      if (!freeMail.lookup && needsFreeMail(report)) {
        freeMail.loading ??= (options.loadFreeMail ?? loadFreeMail)().then(
          (lookup) => void (freeMail.lookup = lookup),
          () => undefined,
        );
        loads.push(freeMail.loading.then(() => freeMail.lookup !== undefined));
      }
      if (ip?.missing()) loads.push(ip.fetchMissing());
      // The whole public-suffix list, and the checks' own lazy parts (core/check-data.ts): wording, phrases in other
      // scripts.
      for (const need of report.needs ?? []) {
        const loading = load(need);
        if (loading) loads.push(loading);
      }
      if (loads.length === 0 || round >= MAX_ROUNDS) return done({ report });
      // Meanwhile the words this report names: the complete one names them too, or most.
      void wordsFor({ report }, []);
      if (!(await Promise.all(loads)).some(Boolean)) return done({ report });
    }
  }

  /**
   * The words of every message key the drawing will name, in the pane's language (ui/late-words.ts: the task pane
   * fetches its rarer sentences only for a drawing that names one). Words that cannot be had leave the key shown.
   */
  function wordsFor(ready: Analysed | undefined, extra: readonly Notice[]): Promise<void> {
    const report = ready && 'report' in ready ? ready.report : undefined;
    return loadWordsFor([report, notices(extra)], pane.lang).catch(() => undefined);
  }

  /** The IP data's sources in the footer once its index is in: CC BY 4.0 asks for them where results are shown. */
  function attribute(): void {
    const source = ip?.attribution;
    if (attributed || !source) return;
    attributed = true;
    pane.footnote('ip.attribution', source);
  }

  function notices(extra: readonly Notice[]): Notice[] {
    return [...standing, ...extra, ...(ip?.notice ? [ip.notice] : [])];
  }

  function showNotices(extra: readonly Notice[]): void {
    shown = undefined;
    lastDrawing = undefined;
    actionsMadeFor = undefined;
    pane.notices(notices(extra));
    options.onShow?.(undefined);
  }

  /**
   * Draws the reading on screen. With `onlyIfChanged` (a refined reading) a report and
   * notices identical to what is shown are left alone: a redraw would close what the reader opened.
   */
  function draw(onlyIfChanged = false, ready?: Analysed): void {
    if (!onScreen) return;
    const { reading, generation: drawn } = onScreen;
    if (!reading.input) return showNotices(reading.notices);
    let report: Report;
    try {
      if (ready && 'error' in ready) throw ready.error;
      report = ready?.report ?? analyzeNow(reading.input);
    } catch (error) {
      const failed: Notice = {
        intent: 'error',
        key: 'ui.notice.analysis-failed',
        params: { error: errorText(error) },
        action: retry,
      };
      return showNotices([...reading.notices, failed]);
    }
    // Data a check needed that could not be loaded (a chunk blocked or the network gone): the verdict was made without
    // it and may miss signs, so the reader is told and may check again. The free-mail list alone is no such gap: the
    // hand list answers for the big providers.
    const unmet = report.needs?.some((need) => need !== 'free-mail');
    const partial: Notice[] = unmet ? [{ intent: 'warning', key: 'ui.notice.checks-missing', action: retry }] : [];
    const all = notices([...reading.notices, ...partial]);
    const drawing = JSON.stringify([report, all.map((n) => [n.key, n.params])]);
    if (onlyIfChanged && drawing === lastDrawing) return;
    lastDrawing = drawing;
    shown = report;
    pane.report(report, all);
    const offer = options.offerReport?.(report) ?? false;
    // "This looks wrong" only where there is something to be wrong about: a verdict or a row that flags the message.
    const flagged =
      report.verdict !== 'no-red-flags' || report.findings.some((f) => f.status !== 'pass' && f.status !== 'info');
    const made = actionsMadeFor;
    if (
      !made ||
      made.generation !== drawn ||
      made.lang !== pane.lang ||
      made.offer !== offer ||
      made.flagged !== flagged
    ) {
      actionsMadeFor = { generation: drawn, lang: pane.lang, offer, flagged };
      const request = { report: () => shown ?? report, context: reading.context, lang: pane.lang, offerReport: offer };
      const spec = options.actions?.(request);
      pane.actions(spec && !flagged ? { ...spec, falseAlarm: undefined } : spec);
    }
    options.onShow?.(report);
  }

  async function check(read: Read<C>): Promise<void> {
    const mine = ++generation;
    const current = () => mine === generation;
    lastRead = read;
    onScreen = undefined;
    shown = undefined;
    lastDrawing = undefined;
    actionsMadeFor = undefined;
    pane.checking();
    options.onShow?.(undefined);
    let first: Reading<C>;
    try {
      first = await read(current);
    } catch (error) {
      first = {
        notices: [
          { intent: 'error', key: 'ui.notice.analysis-failed', params: { error: errorText(error) }, action: retry },
        ],
      };
    }
    const ready = first.input && current() ? await analyzeReady(first.input) : undefined;
    if (current()) await wordsFor(ready, first.notices);
    // The reader moved on while this one was read: the newer check draws.
    if (!current()) return;
    onScreen = { reading: first, generation: mine };
    attribute();
    draw(false, ready);
    if (!first.input) return;
    if (first.refined) refining = refine(first, first.refined, current);
  }

  /** Draws the refined reading once, if it comes while current and shows anything new (a redraw closes what is open). */
  async function refine(
    first: Reading<C>,
    later: Promise<Reading<C> | undefined>,
    current: () => boolean,
  ): Promise<void> {
    const refined = await later.catch(() => undefined);
    if (!refined?.input || !current() || !onScreen) return;
    const ready = await analyzeReady(refined.input);
    if (current()) await wordsFor(ready, refined.notices);
    if (!current() || !onScreen) return;
    onScreen = { reading: { ...refined, context: refined.context ?? first.context }, generation: onScreen.generation };
    attribute();
    draw(true, ready);
  }

  return {
    check,
    idle: () => refining,
    analyze: analyzeNow,
    redraw: draw,
    get report() {
      return shown;
    },
    get context() {
      return onScreen?.reading.context;
    },
  };
}
