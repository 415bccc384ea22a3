import { expect } from 'chai';
import { JSDOM } from 'jsdom';
import type { Finding, HopRow, Report, StorySentence } from '../../src/core/report';
import { highlighted } from '../../src/ui/evidence';
import { visibleText } from '../../src/core/visible-text';
import { formatDelay } from '../../src/ui/hops';
import { DETAILS_KEY, mountPane } from '../../src/ui/pane';
import { renderChecklist, renderSubject, renderVerdict } from '../../src/ui/report-view';

function doc(): Document {
  // An origin, so the page has localStorage (where "Details for IT" is remembered).
  return new JSDOM('<!doctype html><html><body><div id="pane"></div></body></html>', { url: 'https://pane.test/' })
    .window.document;
}

// The KAGOYA message's real Received lines and link, as the core reports them (hops newest first).
const RECEIVED =
  'from [127.0.0.1] (unknown [52.140.217.90]) by mail.air.linkclub.or.jp (Postfix) with ESMTPA id 7C1A2C01D3 for <info@example.co.jp>; Sun, 19 Dec 2021 20:47:51 +0900 (JST)';
const LINK = 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp';

const HOPS: HopRow[] = [
  {
    role: 'internal',
    from: 'TY1JPN01FT012.eop-JPN01.prod.protection.outlook.com',
    ip: '2603:1096:400:2b6:cafe::6a',
    by: 'TYCP286CA0123.outlook.office365.com',
    protocol: 'MICROSOFT SMTP SERVER',
    authenticated: false,
    tls: true,
    delaySeconds: 0,
  },
  {
    role: 'entry',
    from: 'mail.air.linkclub.or.jp',
    ip: '203.0.113.25',
    by: 'TY1JPN01FT012.mail.protection.outlook.com',
    protocol: 'MICROSOFT SMTP SERVER',
    authenticated: false,
    tls: true,
    delaySeconds: 1,
  },
  {
    role: 'origin',
    from: '[127.0.0.1]',
    ip: '52.140.217.90',
    by: 'mail.air.linkclub.or.jp',
    protocol: 'ESMTPA',
    authenticated: true,
    tls: false,
    delaySeconds: 4,
  },
];

function finding(partial: Partial<Finding> & Pick<Finding, 'id' | 'section' | 'status'>): Finding {
  return { message: { key: 'origin.headers-missing', params: {} }, evidence: [], ...partial };
}

function report(partial: Partial<Report> = {}): Report {
  return {
    verdict: 'likely-phishing',
    verdictReasons: [],
    story: [],
    hops: [],
    about: { from: 'KAGOYA Inc <sawada@air.linkclub.or.jp>', subject: '【KAGOYA WEBメール】ログインのお知らせ' },
    findings: [],
    ...partial,
  };
}

describe('task pane rendering', () => {
  it('marks the highlighted part of a value with <mark>, keeping the text exactly as it was', () => {
    const d = doc();
    const box = d.createElement('code');
    box.append(...highlighted(d, LINK, 'kagoya.net'));
    expect(box.textContent).to.equal(LINK);
    expect([...box.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal(['kagoya.net']);
  });

  it('marks every occurrence of the highlight, and none when it is not in the value', () => {
    const d = doc();
    const every = d.createElement('code');
    every.append(...highlighted(d, 'a.example/a.example', 'a.example'));
    expect(every.querySelectorAll('mark')).to.have.length(2);
    const none = d.createElement('code');
    none.append(...highlighted(d, RECEIVED, 'not-there'));
    expect(none.querySelectorAll('mark')).to.have.length(0);
    expect(none.textContent).to.equal(RECEIVED);
  });

  it('shows bidi overrides and zero-width characters instead of letting them reorder or hide text', () => {
    expect(visibleText('moc.\u202elapyap')).to.equal('moc.⟨U+202E⟩lapyap');
    expect(visibleText('pay\u200bpal.com')).to.equal('pay⟨U+200B⟩pal.com');
    expect(visibleText('tab\tstays')).to.equal('tab\tstays');
  });

  it('heads the verdict with its words and an icon that is hidden from screen readers', () => {
    const d = doc();
    const banner = renderVerdict(d, report(), 'en');
    const title = banner.querySelector('h1')!;
    expect(title.textContent).to.equal('Likely phishing');
    expect(title.querySelector('svg')?.getAttribute('aria-hidden')).to.equal('true');
  });

  it('keeps the message’s subject out of the verdict’s box, labelled and quoted as the message’s own words', () => {
    const d = doc();
    const disguise = '✅ No red flags found. This message was verified safe by your IT department.';
    const shown = report({ verdict: 'likely-phishing', about: { from: 'x', subject: disguise } });
    expect(renderVerdict(d, shown, 'en').textContent).to.not.include('verified safe');
    const line = renderSubject(d, shown, 'en');
    expect(line.querySelector('.subject-label')?.textContent).to.equal('Subject of the checked message:');
    expect(line.querySelector('q.subject-text')?.textContent).to.equal(disguise);
    expect(renderSubject(d, shown, 'ja').querySelector('.subject-label')?.textContent).to.equal(
      '確認したメールの件名:',
    );
    const details = renderChecklist(d, shown, 'en').querySelector('details')!;
    expect(details.querySelector('.details-subject-text')?.textContent).to.equal(disguise);
  });

  it('says how many things deserve a look when "no red flags" sits above warnings, in both languages', () => {
    const d = doc();
    const warns = [
      finding({ id: 'a', section: 'links', status: 'warn' }),
      finding({ id: 'b', section: 'origin', status: 'warn' }),
      finding({ id: 'c', section: 'sender', status: 'pass' }),
    ];
    const en = renderVerdict(d, report({ verdict: 'no-red-flags', findings: warns }), 'en');
    expect(en.querySelector('h1')?.textContent).to.equal('No clear sign of phishing');
    expect(en.querySelector('.verdict-look')?.textContent).to.equal('But 2 things deserve a look: see below.');
    const one = renderVerdict(d, report({ verdict: 'no-red-flags', findings: warns.slice(1) }), 'en');
    expect(one.querySelector('.verdict-look')?.textContent).to.equal('But 1 thing deserves a look: see below.');
    const ja = renderVerdict(d, report({ verdict: 'no-red-flags', findings: warns }), 'ja');
    expect(ja.querySelector('.verdict-look')?.textContent).to.include('2 つ');
    const clean = renderVerdict(d, report({ verdict: 'no-red-flags', findings: warns.slice(2) }), 'en');
    expect(clean.querySelector('h1')?.textContent).to.equal('No red flags found');
    expect(clean.querySelector('.verdict-look')).to.equal(null);
  });

  it('never calls a message safe: no red flags comes with what that does not prove', () => {
    const d = doc();
    const banner = renderVerdict(d, report({ verdict: 'no-red-flags' }), 'en');
    expect(banner.querySelector('h1')?.textContent).to.equal('No red flags found');
    expect(banner.querySelector('h1')?.textContent).to.not.match(/safe/i);
    expect(banner.querySelector('.verdict-caveat')?.textContent).to.include('does not prove');
  });

  it('puts the story under the verdict, one sentence per paragraph, in the reader’s language', () => {
    const d = doc();
    const story: StorySentence[] = [
      { key: 'content.family.deletion', params: {} },
      { key: 'links.obfuscated-host.ip', params: { host: '192.0.2.1' } },
    ];
    const en = renderVerdict(d, report({ story }), 'en');
    expect([...en.querySelectorAll('.story p')].map((p) => p.textContent)).to.deep.equal([
      'your account will be stopped or deleted',
      'A link goes to a bare IP address (192.0.2.1) instead of a named site.',
    ]);
    const ja = renderVerdict(d, report({ story }), 'ja');
    expect(ja.querySelector('.story p')?.textContent).to.equal('アカウント停止・削除の予告');
  });

  it('shows failed and warning rows first, and the rest under one "Details for IT" disclosure, closed', () => {
    const d = doc();
    const findings = [
      finding({ id: 'f', section: 'links', status: 'fail' }),
      finding({ id: 'w', section: 'origin', status: 'warn' }),
      finding({ id: 'p', section: 'sender', status: 'pass' }),
      finding({ id: 'i', section: 'origin', status: 'info' }),
    ];
    const list = renderChecklist(d, report({ findings, hops: HOPS }), 'en');
    const outside = [...list.querySelectorAll('[data-finding-id]')].filter((e) => !e.closest('details'));
    expect(outside.map((e) => e.getAttribute('data-finding-id'))).to.deep.equal(['w', 'f']);
    const details = list.querySelector('details.it-details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')?.textContent).to.equal('Details for IT');
    expect(
      [...details.querySelectorAll('[data-finding-id]')].map((e) => e.getAttribute('data-finding-id')),
    ).to.deep.equal(['p', 'i']);
    expect(details.querySelector('table.hops')).to.not.equal(null);
    expect(list.querySelector('table.hops')?.closest('details')).to.equal(details);
  });

  it('says nothing stood out when no row fails or warns, and still offers the details', () => {
    const list = renderChecklist(
      doc(),
      report({ findings: [finding({ id: 'p', section: 'sender', status: 'pass' })] }),
      'en',
    );
    expect(list.querySelector('.checklist-clear')?.textContent).to.include('Nothing in the sender');
    expect(list.querySelector('details [data-finding-id="p"]')).to.not.equal(null);
  });

  it('opens "Details for IT" as the reader last left it, and tells the pane when they change it', () => {
    const d = doc();
    const told: boolean[] = [];
    const list = renderChecklist(d, report(), 'en', { open: true, remember: (open) => told.push(open) });
    const details = list.querySelector('details') as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    details.open = false;
    details.dispatchEvent(new d.defaultView!.Event('toggle'));
    expect(told).to.deep.equal([false]);
  });

  it('always shows the four sections with headings in the details, and says when one has nothing to report', () => {
    const d = doc();
    const list = renderChecklist(
      d,
      report({ findings: [finding({ id: 'links.x', section: 'links', status: 'info' })] }),
      'en',
    );
    expect([...list.querySelectorAll('details section > h2')].map((h) => h.textContent)).to.deep.equal([
      'Sender',
      'Origin',
      'Links',
      'Content',
    ]);
    // The details' sections are not landmarks (the plain part's sections of the same names are).
    for (const section of list.querySelectorAll('details section'))
      expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    const flagged = renderChecklist(
      d,
      report({ findings: [finding({ id: 'w', section: 'links', status: 'warn' })] }),
      'en',
    );
    const main = flagged.querySelector('section[data-part="main"]')!;
    expect(flagged.querySelector(`#${main.getAttribute('aria-labelledby')}`)?.textContent).to.equal('Links');
    expect(list.querySelector('[data-section="sender"] .section-empty')?.textContent).to.equal(
      'Nothing to report in this section.',
    );
    expect(list.querySelector('[data-section="links"] .section-empty')).to.equal(null);
  });

  it('gives every finding an icon, a colour class and a word for its status, failing ones first', () => {
    const d = doc();
    const findings = [
      finding({ id: 'a', section: 'sender', status: 'info' }),
      finding({ id: 'b', section: 'sender', status: 'pass' }),
      finding({ id: 'c', section: 'sender', status: 'fail' }),
      finding({ id: 'd', section: 'sender', status: 'warn' }),
    ];
    const list = renderChecklist(d, report({ findings }), 'en');
    const items = [...list.querySelectorAll('[data-section="sender"] .finding')];
    expect(items.map((i) => i.getAttribute('data-finding-id'))).to.deep.equal(['c', 'd', 'a', 'b']);
    expect(items.map((i) => i.querySelector('.status-label')?.textContent)).to.deep.equal([
      'Fail',
      'Warning',
      'Info',
      'Pass',
    ]);
    for (const item of items) {
      expect(item.querySelector('.status svg')?.getAttribute('aria-hidden')).to.equal('true');
      expect(item.querySelector('.status')?.className).to.match(/status--(fail|warn|info|pass)/);
    }
  });

  it('opens and closes evidence with a button that says its state, and names who wrote each value', () => {
    const d = doc();
    const evidence = [
      {
        header: 'Received',
        value: RECEIVED,
        highlight: '[127.0.0.1]',
        author: 'relay' as const,
        recordedBy: 'mail.air.linkclub.or.jp',
      },
      { url: LINK, value: 'Click here', highlight: 'kagoya.net', author: 'sender' as const },
      { header: 'Authentication-Results', value: 'spf=pass', author: 'recipient-system' as const },
      { header: 'Received', value: 'from x', author: 'relay' as const },
    ];
    const list = renderChecklist(
      d,
      report({ findings: [finding({ id: 'e', section: 'origin', status: 'info', evidence })] }),
      'en',
    );
    const button = list.querySelector('.finding button.expander') as HTMLButtonElement;
    expect(button.textContent).to.equal('Evidence (4)');
    expect(button.getAttribute('type')).to.equal('button');
    const panel = list.querySelector(`#${button.getAttribute('aria-controls')}`) as HTMLElement;
    expect(panel.hidden).to.equal(true);
    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(panel.hidden).to.equal(false);

    const items = [...panel.querySelectorAll('.evidence')];
    expect(items.map((i) => i.querySelector('.evidence-author')?.textContent)).to.deep.equal([
      'as recorded by mail.air.linkclub.or.jp',
      "the sender's own word",
      'written by your mail system',
      'as recorded by an unnamed relay',
    ]);
    expect(items[0]!.querySelector('.evidence-name')?.textContent).to.equal('Received');
    expect(items[0]!.querySelector('mark')?.textContent).to.equal('[127.0.0.1]');
    expect(items[1]!.querySelector('.evidence-name')?.textContent).to.equal('Link');
    expect(items[1]!.querySelector('.evidence-value')?.textContent).to.equal(LINK);
    expect(items[1]!.querySelector('.evidence-written .evidence-value')?.textContent).to.equal('Click here');

    button.click();
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(panel.hidden).to.equal(true);
  });

  it('lists the hops under Origin oldest first, with the delay since the hop before', () => {
    const d = doc();
    const list = renderChecklist(d, report({ hops: HOPS }), 'en');
    const toggle = list.querySelector('[data-section="origin"] .hops-expander') as HTMLButtonElement;
    expect(toggle.textContent).to.equal('Path of the message (3 Received lines)');
    const rows = [...list.querySelectorAll('table.hops tbody tr')];
    expect(rows.map((r) => r.querySelector('.hop-role')?.textContent)).to.deep.equal([
      'First sender',
      'Entered your mail system',
      'Inside your mail system',
    ]);
    expect(rows.map((r) => r.querySelector('.hop-delay')?.textContent)).to.deep.equal(['—', '4 s', '1 s']);
    expect(rows[0]!.textContent).to.include('52.140.217.90');
    expect(rows[0]!.querySelector('.hop-notes')?.textContent).to.equal('ESMTPA · logged in');
    expect([...list.querySelectorAll('table.hops th')].every((th) => th.getAttribute('scope') === 'col')).to.equal(
      true,
    );
  });

  it('shows no hop table when there are no Received lines', () => {
    const list = renderChecklist(doc(), report(), 'en');
    expect(list.querySelector('table.hops')).to.equal(null);
  });

  it('reads delays in the unit a person uses, and marks clocks that run backwards', () => {
    expect(formatDelay(4, 'en')).to.equal('4 s');
    expect(formatDelay(600, 'en')).to.equal('10 min');
    expect(formatDelay(3 * 3600, 'ja')).to.equal('3 時間');
    expect(formatDelay(-7200, 'en')).to.equal('−2 h');
    expect(formatDelay(5 * 86400, 'en')).to.equal('5 days');
  });
});

describe('task pane frame', () => {
  it('keeps one polite live region for the verdict and a main landmark, and says when it is busy', () => {
    const d = doc();
    const container = d.getElementById('pane')!;
    const pane = mountPane(container, 'en');
    const live = container.querySelector('[aria-live="polite"]')!;
    pane.checking();
    expect(container.querySelector('main')?.getAttribute('aria-busy')).to.equal('true');
    expect(live.textContent).to.equal('Checking this message…');
    pane.report(report());
    expect(container.querySelector('[aria-live="polite"]')).to.equal(live);
    expect(live.querySelector('h1')?.textContent).to.equal('Likely phishing');
    expect(container.querySelector('main')?.hasAttribute('aria-busy')).to.equal(false);
    expect(container.querySelector('footer a')?.getAttribute('href')).to.equal('help.html');
  });

  it('says the check ran on this computer only once a report is on screen, never while checking or after a failure', () => {
    const d = doc();
    const container = d.getElementById('pane')!;
    const privacy = () => container.querySelector('footer .privacy')?.textContent;
    const pane = mountPane(container, 'en');
    expect(privacy()).to.equal(undefined);
    pane.checking();
    expect(privacy()).to.equal(undefined);
    pane.report(report());
    expect(privacy()).to.equal('Checked on this computer: nothing from the message was sent anywhere.');
    pane.notices([{ intent: 'error', key: 'ui.notice.office-missing' }]);
    expect(privacy()).to.equal(undefined);
    pane.report(report());
    pane.checking();
    expect(privacy()).to.equal(undefined);
  });

  it('keeps "Details for IT" as the reader left it from one message to the next, in the page’s storage', () => {
    const d = doc();
    const container = d.getElementById('pane')!;
    const pane = mountPane(container, 'en');
    pane.report(report());
    const details = () => container.querySelector('details') as HTMLDetailsElement;
    expect(details().open).to.equal(false);
    details().open = true;
    details().dispatchEvent(new d.defaultView!.Event('toggle'));
    expect(d.defaultView!.localStorage.getItem(DETAILS_KEY)).to.equal('open');
    pane.report(report({ verdict: 'suspicious' }));
    expect(details().open).to.equal(true);
    const again = mountPane(container, 'en');
    again.report(report());
    expect(details().open).to.equal(true);
  });

  it('shows notices as status messages (errors as alerts) with a working action button', () => {
    const d = doc();
    const container = d.getElementById('pane')!;
    const pane = mountPane(container, 'en');
    let ran = 0;
    pane.notices([
      { intent: 'info', key: 'ui.notice.no-item' },
      {
        intent: 'error',
        key: 'ui.notice.analysis-failed',
        params: { error: 'x' },
        action: { key: 'ui.retry', run: () => ran++ },
      },
    ]);
    const [info, error] = [...container.querySelectorAll('.notice')];
    expect(info?.getAttribute('role')).to.equal('status');
    expect(error?.getAttribute('role')).to.equal('alert');
    const button = error!.querySelector('button')!;
    expect(button.textContent).to.equal('Check again');
    button.click();
    expect(ran).to.equal(1);
  });

  it('switches the page language, title and help link to Japanese', () => {
    const d = doc();
    const container = d.getElementById('pane')!;
    const pane = mountPane(container, 'en');
    pane.setLang('ja');
    expect(d.documentElement.lang).to.equal('ja');
    expect(container.querySelector('footer a')?.getAttribute('href')).to.equal('help.html#ja');
    expect(container.querySelector('footer a')?.textContent).to.equal('ヘルプ: 結果の見方');
  });
});
