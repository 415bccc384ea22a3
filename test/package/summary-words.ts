/**
 * The summary for IT (Copy summary, the report forwarded or drafted to IT) names each red flag by its finding id on
 * purpose — `- [Fail] sender.brand-mismatch: The sender claims…` — so IT can search for it, and a finding id is
 * spelled like the dictionary key of its message. Those labels are cut out before looking for raw keys; the status
 * in brackets and the sentence after the label are still checked, and a label not followed by words is kept (and
 * so reported).
 */
import { DomUtils, parseDocument } from 'htmlparser2';
import { rawKeysIn } from '../raw-keys';

/** `- [<status>] <finding id>: <words>` → `- [<status>] <words>`, for lines whose words are there. */
export function withoutFindingLabels(summary: string): string {
  return summary.replace(/^(- \[[^\]\n]*\] )[a-z][\w-]*(?:\.[\w-]+)+: (?=\S)/gm, '$1');
}

/** Raw dictionary keys in a summary for IT, its finding labels aside. */
export function rawKeysInSummary(summary: string): string[] {
  return rawKeysIn(withoutFindingLabels(summary));
}

/** The text of an HTML report body, one line per text node (entities decoded), as a mail client shows its lines. */
export function htmlBodyText(html: string): string {
  const texts = DomUtils.filter((node) => node.type === 'text', parseDocument(html).children, true);
  return texts.map((node) => (node as { data: string }).data).join('\n');
}
