/**
 * sender.signoff-brand's judging (signoff-brand.ts names the attack and the trap): the sender's own part of the body,
 * its last lines, read for a line that is a brand's sign-off and nothing more. In the "disclaimer" chunk of the
 * browsers, which every message with a body fetches with its first analysis; the command line and the tools load it
 * first. Linear: at most MAX_LINES lines of at most MAX_LINE characters, each read once for the brand's names.
 */
import type { ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { finding } from '../findings';
import { webLinks, linkEvidence } from './links';
import { ownPart } from './reply-channel';
import { brandDomainRole, findClaimedBrands, type BrandMatch } from '../brands/lookup';

/** The sign-off sits in the last lines of a notice; a kit's notice is short. */
const MAX_LINES = 12;
const MAX_LINE = 60;
const MAX_BODY = 8_000;

/**
 * A sign-off's words around the brand's name, per language: "The Google Workspace Team", "Microsoft account team",
 * "PayPal Support", "— Das DHL-Team", "L'équipe Netflix", "El equipo de Amazon", "A equipe Nubank", "Il team di
 * Poste", "Het ING-team", "Apple サポート", "招商银行团队", "© 2025 Google LLC". Each line is read whole, so a
 * sentence that mentions the brand ("the Google Workspace team announced …") is none, and a line needs one of the
 * team's or the copyright's words: "Your Google partner" (a reseller's line) is none.
 */
const LEADS = ['the ', 'your ', 'das ', 'ihr ', 'dein ', 'het ', 'je '];
const TEAM_LEADS = [
  "l'équipe ",
  'l’équipe ',
  "l'equipe ",
  'el equipo de ',
  'equipo de ',
  'o equipo ',
  'a equipe ',
  'equipe ',
  'il team di ',
  'la squadra di ',
  '© ',
  '©',
  '(c) ',
  'copyright ',
];
const TEAM_ENDS = [
  ' support team',
  ' account team',
  ' accounts team',
  ' security team',
  ' billing team',
  ' team',
  '-team',
  ' support',
  'サポートチーム',
  'サポート',
  'チーム',
  '事務局',
  '团队',
  '團隊',
  '客服',
  ' 팀',
  '팀',
  ' 고객센터',
  '고객센터',
];
const COMPANY_ENDS = [' inc.', ' inc', ' llc', ' ltd.', ' ltd', ' corp.', ' corporation', ' gmbh', ' limited'];

/** The line's brand part once a sign-off's words are taken off, when it had one; the line as read is lower case. */
function signOffCore(line: string): string | undefined {
  let s = line.toLowerCase().replace(/^[-–—] ?/, '');
  let signed = false;
  const lead = LEADS.find((w) => s.startsWith(w));
  if (lead) s = s.slice(lead.length);
  const teamLead = TEAM_LEADS.find((w) => s.startsWith(w));
  if (teamLead) {
    s = s.slice(teamLead.length);
    signed = true;
    // "© 2025 Google LLC": the year after the sign.
    if (/^(?:19|20)\d\d /.test(s)) s = s.slice(5);
  }
  const company = COMPANY_ENDS.find((w) => s.endsWith(w));
  if (company) s = s.slice(0, -company.length);
  const end = TEAM_ENDS.find((w) => s.endsWith(w));
  if (end) {
    s = s.slice(0, -end.length);
    signed = true;
  }
  return signed && s.trim().length >= 2 ? s.trim() : undefined;
}

/** Whether the line is the brand's name with a sign-off's words only: the name itself and at most one word more. */
function signOffClaim(ctx: CheckContext, line: string): BrandMatch | undefined {
  if (line.length > MAX_LINE) return undefined;
  const core = signOffCore(line);
  if (!core) return undefined;
  for (const claim of findClaimedBrands(ctx.brands, core, 'name')) {
    const rest = core.replace(claim.text.toLowerCase(), ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
    if (rest.length <= 1) return claim;
  }
  return undefined;
}

/** The check's judging (signoff-brand.ts). */
export function judgeSignOff(msg: ParsedMessage, ctx: CheckContext) {
  const from = msg.from;
  if (!from?.domain || ctx.options.attached) return undefined;
  const lines = ownPart(msg.bodyText.slice(0, MAX_BODY))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l);
  for (const line of lines.slice(-MAX_LINES)) {
    const claim = signOffClaim(ctx, line);
    if (!claim) continue;
    const brand = claim.brand;
    // The brand's own mail (its domains, its mail or hosting) signs so; a claim already read elsewhere is told there.
    if (brandDomainRole(brand, from.domain) !== undefined) return undefined;
    if (ctx.claimed.some((c) => c.brand.id === brand.id)) return undefined;
    // Where the reader is sent: a link to the brand itself is a partner's or a newsletter's pointer, not a claim.
    const link = webLinks(msg).find((l) => brandDomainRole(brand, l.host) === undefined);
    if (!link || webLinks(msg).some((l) => brandDomainRole(brand, l.host) === 'own')) return undefined;
    // The name as the line writes it (the claim was read in lower case).
    const lower = line.toLowerCase();
    const at = lower.length === line.length ? lower.indexOf(claim.text) : -1;
    const shown = at >= 0 ? line.slice(at, at + claim.text.length) : claim.text;
    return finding(
      'sender.signoff-brand',
      brand.confidence === 'verified' ? 'fail' : 'warn',
      { brand: shown, domain: from.domain },
      [
        { header: 'Body', value: line, highlight: line.includes(shown) ? shown : undefined, author: 'sender' },
        linkEvidence(link),
      ],
    );
  }
  return undefined;
}
