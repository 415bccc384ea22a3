/**
 * The online look-up (issue #18), a chunk of its own loaded at the first click on "Look up online": plan what may be
 * sent (core/online), route it, show the reader exactly what will be sent and to whom — and ask, before the first
 * look-up (every look-up, where the host says so) — then send it, cancellably, and draw the report again with what
 * was found. Answers are kept in memory for this page or popup only (core/online/session.ts): asking again about the
 * same item sends nothing. Where the host may connect is the host's to say (OnlineHost.mayConnect: the page's CSP).
 */
import { onlineJudge } from '../core/online/judge';
import { readOnlineConfig } from '../core/online/config';
import type { ConfigProblem } from '../core/config';
import { IANA_BOOTSTRAP } from '../core/online/bootstrap';
import { OnlineSession, planLookups, serverOf, type OnlineAnswer, type Route } from '../core/online';
import type { Finding } from '../core/report';
import type { MessageInput } from '../core/types';
import { addMessages, translate, type Lang } from '../i18n';
import { onlineMessages } from '../i18n/online';
import { el } from './dom';
import { loadLateWords } from './late-words';
import type { OnlineHost } from './online-action';

addMessages(onlineMessages);
/** For the action's own words (the privacy line after a look-up): registered where the action translates them. */
export { onlineMessages };

/** One session per page: the bootstrap files and every answer, kept in memory until the page is closed. */
let session: { base: string; session: OnlineSession } | undefined;
/** The reader agreed once (this page): later look-ups show what they send, without asking again. */
let consented = false;

type State =
  | { phase: 'note'; key: 'online.nothing' | 'online.not-set-up' | 'online.off' | 'online.not-permitted' }
  | { phase: 'consent' | 'looking' | 'done'; routes: Route[]; bootstrap: boolean; findings?: Finding[] }
  | { phase: 'failed'; error: string };

export async function lookUpOnline(
  panel: HTMLElement,
  host: OnlineHost,
  input: MessageInput,
  onRedraw: (redraw: () => void) => void,
): Promise<void> {
  const doc = panel.ownerDocument;
  const { online, problems } = readOnlineConfig(host.config());
  const { allowed, rdapBase } = online;
  // What is wrong with a field is said in words the task pane fetches with the rarer ones (ui/late-words.ts).
  if (problems.length > 0) await loadLateWords(host.lang()).catch(() => undefined);
  let state: State = { phase: 'note', key: 'online.nothing' };
  let decide: (send: boolean) => void = () => {};
  const controller = new AbortController();
  const draw = () =>
    panel.replaceChildren(
      ...configProblems(doc, host.lang(), problems),
      ...render(doc, host.lang(), state, decide, controller),
    );
  onRedraw(draw);
  const show = (next: State) => {
    state = next;
    draw();
  };

  const plan = planLookups(input, host.options());
  if (!allowed) return show({ phase: 'note', key: 'online.off' });
  if (plan.length === 0) return show({ phase: 'note', key: 'online.nothing' });
  if (host.mayConnect && !host.mayConnect(rdapBase)) return show({ phase: 'note', key: 'online.not-set-up' });
  if (session?.base !== rdapBase)
    session = {
      base: rdapBase,
      session: new OnlineSession({ fetch: host.fetch, rdapBase: rdapBase || undefined }),
    };
  const { session: lookup } = session;
  try {
    const routes = await lookup.route(plan);
    const bootstrap = !rdapBase;
    if (!consented || host.askEveryTime) {
      const choice = await new Promise<boolean | 'cancel'>((resolve) => {
        // In the click on Send (a user gesture): the host asks for its permission there, before any await.
        decide = (yes) => resolve(yes ? (host.beforeSend?.(routes) ?? true) : 'cancel');
        show({ phase: 'consent', routes, bootstrap });
      });
      if (choice === 'cancel') return void panel.replaceChildren();
      if (!choice) return show({ phase: 'note', key: 'online.not-permitted' });
      consented = true;
    }
    show({ phase: 'looking', routes, bootstrap });
    const answers: OnlineAnswer[] = await lookup.lookUp(routes, controller.signal);
    host.showAnswers(input, onlineJudge(answers));
    const findings = host.input() === input ? (host.report()?.findings ?? []) : [];
    show({ phase: 'done', routes, bootstrap, findings: findings.filter((f) => f.section === 'online') });
  } catch (error) {
    show({ phase: 'failed', error: String(error instanceof Error ? error.message : error) });
  }
}

/** A bad part of config.json's `online`, named as the page names any bad config field (its default is used). */
function configProblems(doc: Document, lang: Lang, problems: readonly ConfigProblem[]): HTMLElement[] {
  return problems.map(({ field, problem }) =>
    el(doc, 'p', { text: translate(lang, 'config.invalid', { field, problem: { key: problem } }) }),
  );
}

function render(
  doc: Document,
  lang: Lang,
  state: State,
  decide: (send: boolean) => void,
  controller: AbortController,
): HTMLElement[] {
  const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate(lang, key, params);
  const button = (key: Parameters<typeof translate>[1], action: string, run: () => void, primary = false) => {
    const b = el(doc, 'button', {
      className: primary ? 'button' : 'button button--secondary',
      attrs: { type: 'button', 'data-action': action },
      text: t(key),
    });
    b.addEventListener('click', run);
    return b;
  };
  if (state.phase === 'note') return [el(doc, 'p', { text: t(state.key) })];
  if (state.phase === 'failed') return [el(doc, 'p', { text: t('online.failed', { error: state.error }) })];
  const out: HTMLElement[] = [];
  if (state.phase === 'consent') {
    out.push(el(doc, 'h2', { text: t('online.consent.title') }), el(doc, 'p', { text: t('online.consent.text') }));
  } else out.push(el(doc, 'h2', { text: t('section.online') }), el(doc, 'p', { text: t('online.sent') }));
  out.push(
    el(
      doc,
      'ul',
      { className: 'web-online-items', attrs: { 'data-online': 'items' } },
      state.routes.map((route) => el(doc, 'li', { text: routeText(lang, route) })),
    ),
  );
  if (state.bootstrap)
    out.push(
      el(doc, 'p', {
        className: 'web-hint',
        text: t('online.bootstrap-note', { server: serverOf(IANA_BOOTSTRAP.dns) }),
      }),
    );
  if (state.phase === 'consent') {
    out.push(
      el(doc, 'div', { className: 'web-buttons' }, [
        button('online.consent.send', 'online-send', () => decide(true), true),
        button('online.consent.cancel', 'online-cancel', () => decide(false)),
      ]),
    );
  } else if (state.phase === 'looking') {
    const sent = state.routes.filter((r) => 'url' in r).length;
    out.push(
      el(doc, 'p', { text: t('online.looking-up', { count: sent }) }),
      el(doc, 'div', { className: 'web-buttons' }, [button('online.stop', 'online-stop', () => controller.abort())]),
    );
  } else {
    out.push(
      el(
        doc,
        'ul',
        { className: 'web-online-findings', attrs: { 'data-online': 'findings' } },
        (state.findings ?? []).map((f) =>
          el(doc, 'li', { attrs: { 'data-status': f.status, 'data-id': f.id } }, [
            el(doc, 'span', { text: t(f.message.key, f.message.params) }),
            ...f.evidence.map((e) =>
              el(doc, 'small', {
                className: 'web-hint',
                text: ` — ${[e.header, e.url].filter(Boolean).join(' ')}${e.at ? ` (${t('online.answered-at', { time: e.at })})` : ''}`,
              }),
            ),
          ]),
        ),
      ),
    );
  }
  return out;
}

function routeText(lang: Lang, route: Route): string {
  const item = route.item.shown === route.item.name ? route.item.name : `${route.item.shown} (${route.item.name})`;
  const roles = { keys: route.item.roles.map((r) => `online.role.${r}` as const) };
  if ('url' in route) return translate(lang, 'online.item', { item, roles, server: route.url });
  const reason =
    route.unavailable === 'no-bootstrap'
      ? { key: 'online.not-sent.no-bootstrap' as const, params: { error: route.error ?? '' } }
      : { key: 'online.not-sent.no-rdap' as const };
  return translate(lang, 'online.item.not-sent', { item, roles, reason });
}
