/**
 * A fresh task-pane reading session in jsdom, for the tests that hold "the first drawing is the complete checklist":
 * what the pane drew, in order (undefined while reading), and the report it kept.
 */
import { JSDOM } from 'jsdom';
import type { Report } from '../src/core/report';
import type { MessageInput } from '../src/core/types';
import { mountPane } from '../src/ui/pane';
import { startSession } from '../src/ui/session';

export async function readInFreshPane(
  input: MessageInput,
): Promise<{ shown: (string | undefined)[]; report?: Report }> {
  const { window } = new JSDOM('<!doctype html><html><body><div id="app"></div></body></html>');
  const pane = mountPane(window.document.getElementById('app')!, 'en');
  const shown: (string | undefined)[] = [];
  const session = startSession<string>({ pane, onShow: (r) => shown.push(r?.verdict) });
  await session.check(async () => ({ input, notices: [] }));
  await session.idle();
  return { shown, report: session.report };
}
