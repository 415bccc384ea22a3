/**
 * `--online` (issue #18): for each message, the items a look-up may send (core/online), announced on stderr — what,
 * and to which server — before anything is sent; then the look-up, and the report with what it found. One session
 * per run: IANA's bootstrap files are read once, and an item asked about for one message is not asked again.
 */
import type { AnalyzeOptions, Report } from '../core/report';
import type { MessageInput } from '../core/types';
import { IANA_BOOTSTRAP } from '../core/online/bootstrap';
import { OnlineSession, analyzeWithAnswers, planLookups, serverOf, type RdapFetch, type Route } from '../core/online';
import { addMessages, translate, type Lang } from '../i18n';
import { onlineMessages } from '../i18n/online';
import { rdapFetch } from '../hosts/common/rdap-fetch';
import { printable } from './printable';

addMessages(onlineMessages);

export interface OnlineRun {
  /** The admin's RDAP proxy (config `online.rdapBase`), '' for each registry's own server. */
  rdapBase: string;
  /** Tests only: another fetch, a shorter timeout. */
  fetch?: RdapFetch;
  timeoutMs?: number;
}

export class CliLookup {
  private readonly session: OnlineSession;
  private announcedBootstrap = false;

  constructor(
    private readonly run: OnlineRun,
    private readonly lang: Lang,
    private readonly say: (line: string) => void | Promise<void>,
  ) {
    this.session = new OnlineSession({
      fetch: run.fetch ?? rdapFetch,
      rdapBase: run.rdapBase || undefined,
      timeoutMs: run.timeoutMs,
    });
  }

  /** The message analysed with what its look-up found; the items are announced before they are sent. */
  async analyze(source: string, input: MessageInput, options: AnalyzeOptions): Promise<Report> {
    const plan = planLookups(input, options);
    if (plan.length === 0) {
      await this.line(translate(this.lang, 'cli.online.nothing', { source }));
      return analyzeWithAnswers(input, options, []);
    }
    if (!this.run.rdapBase && !this.announcedBootstrap) {
      this.announcedBootstrap = true;
      const server = serverOf(IANA_BOOTSTRAP.dns);
      await this.line(translate(this.lang, 'cli.online.bootstrap', { server }));
    }
    const routes = await this.session.route(plan);
    await this.announce(source, routes);
    return analyzeWithAnswers(input, options, await this.session.lookUp(routes));
  }

  private async announce(source: string, routes: readonly Route[]): Promise<void> {
    await this.line(translate(this.lang, 'cli.online.sending', { source }));
    for (const route of routes) {
      const roles = { keys: route.item.roles.map((r) => `online.role.${r}` as const) };
      const item = route.item.shown === route.item.name ? route.item.name : `${route.item.shown} (${route.item.name})`;
      if ('url' in route) await this.line(translate(this.lang, 'cli.online.item', { item, roles, server: route.url }));
      else {
        const reason =
          route.unavailable === 'no-bootstrap'
            ? { key: 'online.not-sent.no-bootstrap' as const, params: { error: route.error ?? '' } }
            : { key: 'online.not-sent.no-rdap' as const };
        await this.line(translate(this.lang, 'cli.online.not-sent', { item, roles, reason }));
      }
    }
  }

  private line(text: string): void | Promise<void> {
    return this.say(`${printable(text)}\n`);
  }
}
