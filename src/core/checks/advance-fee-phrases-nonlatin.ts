/**
 * The phrases of the advance-fee wording written in scripts beyond Latin (Japanese, Chinese, Cyrillic, Arabic): written and matched as advance-fee-phrases.ts
 * describes, family by family. A chunk of their own in the browsers (nonlatin-phrases.ts), fetched only for a message
 * with a letter of such a script; every phrase here holds one, which lure-matcher.ts checks as it compiles them.
 */
import type { AdvanceFeeFamily } from './advance-fee-phrases';

export const ADVANCE_FEE_PHRASES_NONLATIN: Readonly<Record<AdvanceFeeFamily, readonly string[]>> = {
  sum: ['{万美元|万ドル}'],
  // ar (issue #16, set10): the legal heir to a client who died without heirs, the sum shared, a private mailbox.
  claim: ['{受益人|遗产|中奖|受取人|遺産|当選金}', '{وريث شرعي|كوريث شرعي|دون ورثة|بدون ورثة|أقرب الأقارب}'],
  release: ['{资金转移|ビジネス提案}', '{تقسيم المبلغ|تحويل الأموال|تحويل المبلغ}'],
  secrecy: ['{绝对保密|極秘|内密に}', '{بريدي الخاص|سري للغاية|سرية تامة}'],
  details: ['{パスポート|护照}', '{رقم هاتفكم|اسمكم الكامل|الاسم الكامل}'],
};
