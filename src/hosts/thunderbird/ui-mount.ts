/**
 * The one place the popup reaches the checklist renderer: the shared UI (src/ui, the Outlook task pane's
 * renderer) draws the verdict, story, checklist, evidence and hop table; the popup drives it through the pane's
 * three states — checking, a report with notices, or notices alone — exactly as the task pane does.
 */
import type { Lang } from '../../i18n';
import { mountPane, type Pane } from '../../ui/pane';

export function mountView(container: HTMLElement, lang: Lang): Pane {
  const pane = mountPane(container, lang);
  dropHelpLink(container);
  return pane;
}

/**
 * The pane's footer links to the task pane's help page, which is about Outlook and is not in the extension: a
 * link there would open a missing page. The privacy line stays. (The popup never calls setLang, which would
 * redraw the footer.)
 */
function dropHelpLink(container: HTMLElement): void {
  for (const link of container.querySelectorAll('footer a[href^="help.html"]')) link.closest('p')?.remove();
}
