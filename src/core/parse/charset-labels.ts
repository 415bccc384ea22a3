/**
 * Charset labels senders write that the Encoding Standard (TextDecoder) does not know, read as the charset they mean.
 * Python's email package names GB2312 and Big5 by its own codec names (`=?eucgb2312_cn?B?…?=`, `big5_tw`), and
 * scripts write Python's or Windows' spellings (`euc_jp`, `utf_8`, `cp936`, `cp949`); postal-mime decodes a word
 * in a charset it cannot find as Latin-1, so a display name such as 财务部 ("finance department") came out as
 * `²ÆÎñ²¿` and no department, brand or word in it was read (set 45, session 39). Only a label TextDecoder rejects is
 * changed, and only to one it accepts: a label it knows, or one nothing here maps, stays as written.
 */

/** Codec and code-page names to an Encoding Standard label; other labels try `_` as `-` (`euc_kr`, `iso8859_15`). */
const ALIASES: Readonly<Record<string, string>> = {
  eucgb2312_cn: 'gbk',
  'euc-cn': 'gbk',
  euc_cn: 'gbk',
  cp936: 'gbk',
  ms936: 'gbk',
  big5_tw: 'big5',
  cp950: 'big5',
  ms950: 'big5',
  cp949: 'euc-kr',
  ms949: 'euc-kr',
  uhc: 'euc-kr',
  cp932: 'shift_jis',
  iso2022_jp: 'iso-2022-jp',
  latin_1: 'latin1',
};

/** Each label asked, and the label to decode it by (undefined: leave it). Bounded: labels are few. */
const answers = new Map<string, string | undefined>();

function knows(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** The Encoding Standard label `label` means, when TextDecoder rejects `label` itself; undefined otherwise. */
function mendCharsetLabel(label: string): string | undefined {
  const lower = label.toLowerCase();
  if (answers.has(lower)) return answers.get(lower);
  const alias = ALIASES[lower] ?? lower.replace(/_/g, '-');
  const mended = alias !== lower && !knows(lower) && knows(alias) ? alias : undefined;
  if (answers.size < 256) answers.set(lower, mended);
  return mended;
}

/** An encoded word's charset label (RFC 2047, with RFC 2231's `*language` after it). */
const WORD_LABEL = /=\?([A-Za-z0-9_.:-]{1,40})(?=[*?])/g;

/** `value` with each encoded word's unknown charset label replaced by the one it means (mendCharsetLabel). */
export function mendEncodedWordLabels(value: string): string {
  if (value.indexOf('=?') < 0) return value;
  return value.replace(WORD_LABEL, (word, label: string) => {
    const mended = mendCharsetLabel(label);
    return mended ? `=?${mended}` : word;
  });
}
