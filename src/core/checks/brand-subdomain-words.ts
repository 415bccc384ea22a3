/**
 * The sign-in words a throwaway domain is built from (brand-subdomain.ts reads them): in the document offer's chunk
 * (rented-judge.ts), with the other judging of pages anyone rents, so the task pane starts without them; asked for only
 * by a link whose subdomain is a brand's own label on a foreign domain.
 */
import { labelOf } from '../brands/lookalike';

/**
 * The words a kit builds its throwaway domain from: the sign-in, account, security and support words of the page it
 * imitates, English as kits register them. A domain counts only when every part of its label is one of these (digits
 * and hyphens between): `secure-login-7`, `id-verify-secure`, `signin-secure-portal`, `accountverifycenter`.
 */
const SIGN_IN_WORDS = new Set(
  (
    'secure security safe safety login logon log sign signin signon in on verify verification verified validate ' +
    'validation valid id ids account accounts acct auth authenticate authentication authorize update updates ' +
    'portal online access confirm confirmation client clients customer customers user users member members my ' +
    'web service services support help helpdesk desk center centre care billing payment payments pay wallet ' +
    'recovery recover restore unlock unblock review check alert alerts notice notices info team app apps session ' +
    'identity sso mfa protect protection official cloud mail webmail resolution dispute case management manage ' +
    'settings profile password reset activate activation renew renewal connect auth0 net'
  ).split(' '),
);
/** The longest of those words, in characters: how far the word split looks ahead. */
const LONGEST_WORD = 14;
/** At least this many words: `login.com` or `secure.net` alone may be anyone's. */
const MIN_WORDS = 2;

/**
 * How many sign-in words `token` is written with (`securelogin` is two), or 0 when it is not made of them. Linear in
 * the token: each position tries the few word lengths up to LONGEST_WORD.
 */
function signInWordCount(token: string): number {
  // fewest[i]: the fewest words that write token.slice(0, i), or Infinity.
  const fewest = new Array<number>(token.length + 1).fill(Infinity);
  fewest[0] = 0;
  for (let end = 1; end <= token.length; end++) {
    for (let start = Math.max(0, end - LONGEST_WORD); start < end; start++) {
      if (fewest[start]! + 1 < fewest[end]! && SIGN_IN_WORDS.has(token.slice(start, end)))
        fewest[end] = fewest[start]! + 1;
    }
  }
  return Number.isFinite(fewest[token.length]) ? fewest[token.length]! : 0;
}

/** Whether a registrable domain's label is made only of sign-in words, digits and hyphens, two words at least. */
export function signInWordsDomain(registrable: string): boolean {
  const label = labelOf(registrable);
  if (!label || label.length > 63) return false;
  let words = 0;
  for (const token of label.split(/[-0-9]+/)) {
    if (!token) continue;
    const count = signInWordCount(token);
    if (!count) return false;
    words += count;
  }
  return words >= MIN_WORDS;
}

/** Whether `word` is one of the sign-in words (`login`, `secure`): no brand's label when it stands alone. */
export function isSignInWord(word: string): boolean {
  return SIGN_IN_WORDS.has(word);
}
