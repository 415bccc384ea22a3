/**
 * The actions' click-time flows (action-flows.ts), handed to `run`: at once here, where every host bundles them; the
 * task pane's build puts scripts/action-flows-pane.js in this module's place, which fetches them, a chunk of their
 * own, at the first click (the first drawing needs only the buttons).
 */
import * as flows from './action-flows';

export type ActionFlows = typeof flows;

export function withActionFlows(run: (loaded: ActionFlows) => void, failed: (error: unknown) => void): void {
  void failed;
  run(flows);
}
