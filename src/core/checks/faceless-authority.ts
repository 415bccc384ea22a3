/**
 * content.faceless-authority (fail): a card issuer, bank, tax office, traffic or customs authority or payroll desk
 * that never says which one. The sender's display name is only a role ("Card Services Centre", "カードセキュリティ
 * センター", "Centro de Notificaciones de Tráfico", "退稅通知服務中心", "مركز التحقق - خدمة العملاء") and its domain is
 * made only of such words (`cardguard-services.com`, `notificatrafico.es`, `twtaxservice.com`, no government's
 * suffix), the letter raises the reader's card, bank account, refund, fine, duty or salary, and a link is where to
 * act. Attack: the kit's own business-like domain, authenticated (SPF, DKIM, DMARC aligned), linking to itself:
 * "Dear Cardmember … we declined a transaction on your card ending 4471 … Thank you for banking with us", a speeding
 * fine "con reducción por pronto pago", a tax refund "to confirm your refund account": the only thing wrong is that
 * no organisation stands behind it, and a real issuer or authority always names itself.
 * Trap: a bank's or an authority's own notice (a brand's domain, a government's suffix), a fintech or a small
 * business naming itself ("Tandem", "Ledgerly": a name of its own in the display name or the domain), a support
 * desk's generic name on a shop's own domain, a role-only sender writing of anything but money matters.
 * Fail, not deciding alone: a tax-refund agent may call itself by what it does, so it needs another sign to be
 * likely phishing (verdict.ts). The judging (word lists, wording) is faceless-authority-judge.ts, fetched with the
 * "disclaimer" chunk that every message with a body asks for (need-hints.ts); not loaded, it asks for nothing itself.
 */
import type { Check } from './check';
import type { judgeFaceless } from './faceless-authority-judge';

let judge: typeof judgeFaceless | undefined;

/** Loads the judging (in the "disclaimer" chunk of the browsers); settles once the check can use it. */
export const loadFacelessJudge = (): Promise<void> =>
  import(/* webpackChunkName: "disclaimer" */ './faceless-authority-judge').then((m) => void (judge = m.judgeFaceless));

const faceless: Check = (msg, ctx) => judge?.(msg, ctx);

/** The check, with its finding id (analyze.ts gathers it). */
export const FACELESS_AUTHORITY_CHECKS: readonly (readonly [string, Check])[] = [
  ['content.faceless-authority', faceless],
];
