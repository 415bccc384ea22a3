/**
 * The reading session every host runs (src/ui/session.ts): what the reader sees when messages, late data and
 * failures arrive in any order. Driven with the real pane in jsdom and the real analysis of the KAGOYA sample.
 */
import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import type { MessageInput } from '../../src/core/types';
import { decodeIpOwnerIndex } from '../../src/core/ip-owner/table';
import type { IpOwnerSource } from '../../src/ui/ip-owner-loader';
import { mountPane } from '../../src/ui/pane';
import { startSession, type Reading, type SessionOptions } from '../../src/ui/session';
import { CHECK_DATA } from '../../src/core/check-data';
import { fixture } from '../helpers';
import { SAMPLE_DATE, sampleTableFiles } from '../fixtures/ip-tables';

const GENUINE = 'genuine/github-new-signin.synthetic.eml';

function setup(options: Partial<SessionOptions<string>> = {}) {
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  const doc = window.document;
  const pane = mountPane(doc.getElementById('app')!, 'en');
  const actionCalls: { context: string | undefined; offer: boolean }[] = [];
  const session = startSession<string>({
    pane,
    offerReport: (report) => report.verdict !== 'no-red-flags',
    actions: ({ context, offerReport, report }) => {
      actionCalls.push({ context, offer: offerReport });
      return { copyText: () => report().verdict };
    },
    ...options,
  });
  const text = () => doc.body.textContent ?? '';
  const notices = () => [...doc.querySelectorAll('[data-notice]')].map((n) => n.getAttribute('data-notice'));
  return { doc, pane, session, text, notices, actionCalls };
}

async function input(name: string): Promise<MessageInput> {
  return parseMessage(fixture(name));
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await tick();
}

describe('reading session: one behaviour for every host', () => {
  it('draws the verdict and checklist of what the host read, with its notices and the actions for that message', async () => {
    const { session, text, notices, actionCalls } = setup({
      standingNotices: [{ intent: 'warning', key: 'ui.notice.no-item' }],
    });
    const kagoya = await input('kagoya-2021-12.eml');
    await session.check(async () => ({
      input: kagoya,
      notices: [{ intent: 'info', key: 'ui.notice.not-outlook' }],
      context: 'kagoya',
    }));
    expect(text()).to.include('Likely phishing');
    expect(notices()).to.deep.equal(['ui.notice.no-item', 'ui.notice.not-outlook']);
    expect(actionCalls).to.deep.equal([{ context: 'kagoya', offer: true }]);
    expect(session.report?.verdict).to.equal('likely-phishing');
    expect(session.context).to.equal('kagoya');
  });

  it('offers Report to IT only where the offer rule says so', async () => {
    const { session, actionCalls } = setup();
    await session.check(async () => ({ input: await input(GENUINE), notices: [], context: 'genuine' }));
    expect(actionCalls.at(-1)).to.deep.equal({ context: 'genuine', offer: false });
  });

  it('offers "This looks wrong" beside a verdict that flags the message, never beside a clean one', async () => {
    const falseAlarm = { to: ['soc@example.co.jp'], onReport: async () => ({ ok: true as const, to: [] }) };
    const { session, doc } = setup({ actions: () => ({ copyText: () => '', falseAlarm }) });
    const offered = () => doc.querySelector('.verdict-actions [data-action="false-alarm"]') !== null;
    await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [], context: 'kagoya' }));
    expect(offered()).to.equal(true);
    await session.check(async () => ({ input: await input(GENUINE), notices: [], context: 'genuine' }));
    expect(session.report?.findings.some((f) => f.status === 'warn' || f.status === 'fail')).to.equal(false);
    expect(offered()).to.equal(false);
  });

  it('never shows a message the reader has moved away from, whatever order the readings finish in', async () => {
    const { session, text } = setup();
    const slow = deferred<Reading<string>>();
    const first = session.check(() => slow.promise);
    const genuine = await input(GENUINE);
    await session.check(async () => ({ input: genuine, notices: [], context: 'second' }));
    slow.resolve({ input: await input('kagoya-2021-12.eml'), notices: [], context: 'first' });
    await first;
    expect(session.context).to.equal('second');
    expect(text()).to.not.include('Likely phishing');
  });

  it('says what failed, with Check again, when reading the message fails — and Check again reads it anew', async () => {
    const { session, doc, notices, text } = setup();
    let calls = 0;
    const kagoya = await input('kagoya-2021-12.eml');
    await session.check(async () => {
      calls += 1;
      if (calls === 1) throw new Error('the client refused: Internal error');
      return { input: kagoya, notices: [] };
    });
    expect(notices()).to.deep.equal(['ui.notice.analysis-failed']);
    expect(text()).to.include('the client refused: Internal error');
    (doc.querySelector('[data-notice] button') as HTMLElement).click();
    for (let i = 0; i < 50 && !session.report; i++) await tick();
    expect(calls).to.equal(2);
    expect(session.report?.verdict).to.equal('likely-phishing');
  });

  it('turns an analysis that throws into a notice, never a blank pane', async () => {
    const { session, notices } = setup({
      analyze: () => {
        throw new Error('boom');
      },
    });
    await session.check(async () => ({ input: await input(GENUINE), notices: [] }));
    expect(notices()).to.deep.equal(['ui.notice.analysis-failed']);
    expect(session.report).to.equal(undefined);
  });

  it('shows only the notices when there is nothing to analyse', async () => {
    const { session, notices, actionCalls } = setup();
    await session.check(async () => ({ notices: [{ intent: 'info', key: 'ui.notice.no-item' }] }));
    expect(notices()).to.deep.equal(['ui.notice.no-item']);
    expect(actionCalls).to.deep.equal([]);
  });

  /** The sample IP table as a host's source; shard requests wait for `gate` (when given) and are logged. */
  function tableSource(gate?: Promise<void>, fail = false) {
    const files = sampleTableFiles();
    const shards: string[] = [];
    const source: IpOwnerSource = {
      index: async () => decodeIpOwnerIndex(files.get('ip-owner/index.bin')!),
      shard: async (file) => {
        shards.push(file);
        await gate;
        if (fail) throw new Error('HTTP 404');
        return files.get(`ip-owner/${file}`)!.slice().buffer;
      },
    };
    return { source, shards };
  }

  it('fetches the shards of the IPs the checks look up before its first drawing, and draws once, attributed', async () => {
    const gate = deferred<void>();
    const { source, shards } = tableSource(gate.promise);
    const { session, doc, actionCalls } = setup({ ipOwner: source });
    const kagoya = await input('kagoya-2021-12.eml');
    let drawn = false;
    const checked = session
      .check(async () => ({ input: kagoya, notices: [], context: 'kagoya' }))
      .then(() => {
        drawn = true;
      });
    await until(() => shards.length > 0);
    await tick();
    expect(drawn, 'no drawing while the shard is on its way').to.equal(false);
    expect(doc.body.textContent).to.not.include('Likely phishing');
    gate.resolve();
    await checked;
    expect(shards).to.include(
      decodeIpOwnerIndex(sampleTableFiles().get('ip-owner/index.bin')!).shardOf('52.140.217.90'),
    );
    expect(doc.body.textContent).to.include('Microsoft Corporation, AS8075, JP');
    expect(doc.querySelector('.footnote')?.textContent).to.include('RouteViews').and.include(SAMPLE_DATE);
    const row = doc.querySelector('[data-finding-id="origin.sender-ip"]');
    await tick();
    expect(doc.querySelector('[data-finding-id="origin.sender-ip"]'), 'never redrawn for the table').to.equal(row);
    expect(actionCalls).to.have.length(1);
    // The next message in the same shards fetches nothing more.
    const before = shards.length;
    await session.check(async () => ({ input: kagoya, notices: [], context: 'again' }));
    expect(shards).to.have.length(before);
  });

  it('has the shards of the Received IPs in before the analysis it draws, which names their owners', async () => {
    const events: string[] = [];
    const { source } = tableSource();
    const logged: IpOwnerSource = {
      index: source.index,
      shard: (file) => (events.push(`shard ${file}`), source.shard(file).finally(() => events.push('shard in'))),
    };
    const { session, doc } = setup({
      ipOwner: logged,
      analyze: (input, options) => {
        const report = analyze(input, options);
        events.push(JSON.stringify(report).includes('AS8075') ? 'analyze, owner named' : 'analyze');
        return report;
      },
    });
    await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }));
    const shard = decodeIpOwnerIndex(sampleTableFiles().get('ip-owner/index.bin')!).shardOf('52.140.217.90');
    // The message may be analysed once ahead of its data (ui/session.ts); every analysis after the shard is in, the
    // drawn one last, names the owner.
    const arrived = events.indexOf('shard in');
    expect(events.indexOf(`shard ${shard}`)).to.be.within(0, arrived);
    const after = events.slice(arrived + 1);
    expect(after).to.not.deep.equal([]);
    expect(
      after.every((e) => e === 'analyze, owner named'),
      after.join(', '),
    ).to.equal(true);
    expect(events.filter((e) => e === `shard ${shard}`)).to.have.length(1, 'one request per shard');
    expect(doc.body.textContent).to.include('Microsoft Corporation, AS8075, JP');
  });

  it('asks for what an analysis names beyond the hints while the hinted data is still coming, and draws only the complete one', async () => {
    // A fresh pane: the Received IP's shard is slow. The message is analysed meanwhile, and the data that analysis
    // names (own-org's wording, which no hint foretold) is asked for then, not a round after the shard is in.
    const events: string[] = [];
    const gate = deferred<void>();
    const { source } = tableSource(gate.promise);
    const original = CHECK_DATA['own-org'];
    CHECK_DATA['own-org'] = () => (events.push('own-org asked'), original!());
    try {
      let calls = 0;
      const { session, doc } = setup({
        ipOwner: source,
        analyze: (input, options) => {
          const report = analyze(input, options);
          const owner = JSON.stringify(report).includes('AS8075');
          events.push(owner ? 'analyze, owner named' : 'analyze');
          return ++calls === 1 ? { ...report, needs: [...(report.needs ?? []), 'own-org' as const] } : report;
        },
      });
      let drawn = false;
      const checked = session
        .check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }))
        .then(() => void (drawn = true));
      await until(() => events.includes('own-org asked'));
      expect(events).to.deep.equal(['analyze', 'own-org asked']);
      expect(drawn).to.equal(false);
      events.push('shard in');
      gate.resolve();
      await checked;
      expect(events.slice(2)).to.deep.equal(['shard in', 'analyze, owner named']);
      expect(session.report?.verdict).to.equal('likely-phishing');
      expect(session.report?.needs ?? []).to.not.include('own-org');
      expect(doc.body.textContent).to.include('Microsoft Corporation, AS8075, JP');
    } finally {
      CHECK_DATA['own-org'] = original;
    }
  });

  it('asks for the phrases and brand names in other scripts with the shards when the body is written in one', async () => {
    const events: string[] = [];
    const original = { phrases: CHECK_DATA.phrases, 'brand-names': CHECK_DATA['brand-names'] };
    for (const need of ['phrases', 'brand-names'] as const)
      CHECK_DATA[need] = () => (events.push(need), original[need]!());
    try {
      const { session } = setup({ analyze: (input, options) => (events.push('analyze'), analyze(input, options)) });
      await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }));
      expect(events.slice(0, 3)).to.have.members(['phrases', 'brand-names', 'analyze']);
      expect(events[2]).to.equal('analyze');
      // English mail asks for neither: the data waits for a message that needs it.
      events.length = 0;
      await session.check(async () => ({ input: await input(GENUINE), notices: [] }));
      expect(events).to.not.include('phrases').and.not.include('brand-names');
    } finally {
      Object.assign(CHECK_DATA, original);
    }
  });

  it('says part of the checks could not be loaded, with Check again, when data a check needs fails to load', async () => {
    // A chunk blocked or the network gone: the verdict is drawn without that check's data and may miss signs.
    const original = CHECK_DATA['own-org'];
    let failing = true;
    CHECK_DATA['own-org'] = () => (failing ? Promise.reject(new Error('HTTP 404')) : original!());
    try {
      const needing = (needs: boolean) => (input: MessageInput, options?: Parameters<typeof analyze>[1]) => {
        const report = analyze(input, options);
        return needs ? { ...report, needs: ['own-org' as const] } : report;
      };
      let needs = true;
      const { session, notices, doc } = setup({ analyze: (i, o) => needing(needs)(i, o) });
      await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }));
      expect(notices()).to.deep.equal(['ui.notice.checks-missing']);
      expect(session.report?.verdict).to.equal('likely-phishing');
      expect(doc.body.textContent).to.include('Part of the checks could not be loaded');
      // Check again, once the data loads, draws the checklist without the warning.
      failing = false;
      needs = false;
      const again = [...doc.querySelectorAll('button')].find((b) => b.textContent === 'Check again');
      expect(again, 'a Check again button beside the warning').to.exist;
      again!.click();
      await until(() => notices().length === 0 && !!session.report);
      expect(notices()).to.deep.equal([]);
      // The twin: a report needing only the free-mail list (the hand list answers meanwhile) warns of nothing.
      const { session: other, notices: otherNotices } = setup({
        analyze: (i, o) => ({ ...analyze(i, o), needs: ['free-mail' as const] }),
        loadFreeMail: () => Promise.reject(new Error('offline')),
      });
      await other.check(async () => ({ input: await input(GENUINE), notices: [] }));
      expect(otherNotices()).to.deep.equal([]);
    } finally {
      CHECK_DATA['own-org'] = original;
    }
  });

  it('fetches no shard for a message without a public IP', async () => {
    const { source, shards } = tableSource();
    const { session, doc } = setup({ ipOwner: source });
    const noIps: MessageInput = { headers: 'From: a@example.com\r\nSubject: hello\r\n', text: 'hello' };
    await session.check(async () => ({ input: noIps, notices: [] }));
    expect(shards).to.deep.equal([]);
    expect(doc.querySelector('[data-finding-id]')).to.not.equal(null);
  });

  it('says the networks are not named when a shard fails, and draws the checklist without owners', async () => {
    const { source } = tableSource(undefined, true);
    const { session, notices, doc } = setup({ ipOwner: source });
    await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }));
    expect(notices()).to.include('ip.unavailable');
    expect(session.report?.verdict).to.equal('likely-phishing');
    expect(doc.body.textContent).to.not.include('AS8075').and.not.include('not in the IP network data');
  });

  it('redraws once from a more complete reading of the same message, unless the reader moved on', async () => {
    const { session, text } = setup();
    const headersOnly: MessageInput = { ...(await input('kagoya-2021-12.eml')), html: undefined, text: undefined };
    const whole = await input('kagoya-2021-12.eml');
    const later = deferred<Reading<string> | undefined>();
    await session.check(async () => ({ input: headersOnly, notices: [], context: 'kagoya', refined: later.promise }));
    expect(text()).to.not.include('santamariasold.com');
    later.resolve({ input: whole, notices: [] });
    await session.idle();
    expect(text()).to.include('santamariasold.com');
    expect(session.context).to.equal('kagoya');

    const stale = deferred<Reading<string> | undefined>();
    let staleCurrent: () => boolean = () => true;
    await session.check(async (current) => {
      staleCurrent = current;
      return { input: headersOnly, notices: [], refined: stale.promise };
    });
    const overtaken = session.idle();
    await session.check(async () => ({ input: await input(GENUINE), notices: [] }));
    expect(staleCurrent(), 'the overtaken reading is told it is no longer current').to.equal(false);
    stale.resolve({ input: whole, notices: [] });
    await overtaken;
    expect(text()).to.not.include('santamariasold.com');
  });

  it('leaves the checklist alone when the refined reading shows nothing new (a redraw would close what is open)', async () => {
    const { session, doc } = setup();
    const kagoya = await input('kagoya-2021-12.eml');
    const later = deferred<Reading<string> | undefined>();
    await session.check(async () => ({ input: kagoya, notices: [], refined: later.promise }));
    const before = doc.querySelector('[data-finding-id]');
    later.resolve({ input: { ...kagoya }, notices: [] });
    await session.idle();
    expect(doc.querySelector('[data-finding-id]')).to.equal(before);
  });

  it('remakes the actions in the new language when the reader switches it', async () => {
    const { session, pane, actionCalls } = setup();
    await session.check(async () => ({ input: await input('kagoya-2021-12.eml'), notices: [] }));
    pane.setLang('ja');
    session.redraw();
    expect(actionCalls).to.have.length(2);
  });
});
