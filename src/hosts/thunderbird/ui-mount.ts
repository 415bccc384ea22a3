/**
 * The one place the popup reaches the checklist renderer: the shared UI (src/ui, the Outlook task pane's
 * renderer) draws the verdict, story, checklist, evidence and hop table; the popup drives it through the pane's
 * three states — checking, a report with notices, or notices alone — exactly as the task pane does.
 */
import type { Lang } from '../../i18n';
import { mountPane, type Pane } from '../../ui/pane';

/**
 * No help link in the footer: the task pane's help page is about Outlook and is not in the extension, so a link
 * there would open a missing page. The privacy line stays (once a message is checked).
 */
export function mountView(container: HTMLElement, lang: Lang): Pane {
  return mountPane(container, lang, { helpUrl: false });
}
