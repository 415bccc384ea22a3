/**
 * The wording of advance-fee fraud (issue #16, family 6: inheritance, lottery, donation, compensation funds, "your
 * fund", ATM cards) and of the business-email-compromise opener that wants a reply, not a click. Written and matched
 * as lure-phrases.ts describes (lure-matcher.ts's phraseFinder: NFKC, accents folded, ASCII lower-cased at a word
 * start, non-ASCII with spaces removed, `{a|b}` alternatives), in English, Japanese, Chinese, Portuguese, Spanish,
 * German, French, Dutch and Italian.
 *
 * Sources: the FBI's and the FTC's descriptions of advance-fee, lottery and inheritance scams ("next of kin",
 * "beneficiary", "ATM card", "strictly confidential", "send your full name, address, occupation"), the UK Action
 * Fraud and the German Verbraucherzentrale "Gewinnbenachrichtigung" pages, the FBI IC3 PSA on BEC ("are you
 * available?", gift cards, WhatsApp) and the JC3 warnings on 「社長を名乗る」mail; each language's wording is the
 * ordinary phrasing of the same script. No phrase alone decides anything: advance-fee.ts needs two kinds at once and
 * a reply channel the sender does not answer for.
 */

export type AdvanceFeeFamily =
  | 'sum' //     a large sum spelled out (the number itself is read by advance-fee.ts)
  | 'claim' //   money waiting for you: beneficiary, next of kin, inheritance, lottery, compensation, donation
  | 'release' // how it reaches you: ATM card, releasing or transferring "your fund", a business proposal
  | 'secrecy' // keep it secret, write to my private address
  | 'details'; // reply with your full name, address, phone, occupation

export const ADVANCE_FEE_FAMILIES: readonly AdvanceFeeFamily[] = ['sum', 'claim', 'release', 'secrecy', 'details'];

export const ADVANCE_FEE_PHRASES: Readonly<Record<AdvanceFeeFamily, readonly string[]>> = {
  sum: [
    'million {us dollars|united states dollars|dollars|euros|pounds|usd|eur}',
    '{millones|milhoes|millions|milioni} {de|d|di} {dolares|dolars|dollars|dollari|euros|euro|reais}',
    '{millionen|miljoen} {euro|dollar|us-dollar}',
    '{万美元|万欧元|万ドル|億円}',
  ],
  claim: [
    '{beneficiary|beneficiaries|next of kin|inheritance|unclaimed|dormant account|deceased|late client|lottery}',
    '{compensation|donation|grant|award} {fund|sum|of}',
    '{your|the} {fund|funds|compensation|winnings|inheritance} {is|are|has|have|was|were|will}',
    '{un|united nations|imf|world bank} {compensation|payment|approved}',
    'won the sum',
    '{beneficiario|beneficiaria|heranca|herencia|fallecido|falecido|loteria|indemnizacion|indenizacao}',
    '{begunstigte|erbschaft|verstorbene|lotterie|gewinnbenachrichtigung|gewinnbenachritigung|gewinner von}',
    '{beneficiaire|heritage|defunt|loterie|gagnant}',
    '{begunstigde|erfenis|overledene|loterij|winnaar van}',
    '{beneficiario|eredita|defunto|lotteria|vincitore}',
    '{受益人|遗产|中奖|赔偿金|受取人|遺産|当選金|相続人}',
  ],
  release: [
    '{atm|visa|master} card',
    '{release|transfer|wire|remit|claim|receive} {of|} {your|the|this} {fund|funds|money|inheritance|payment}',
    '{fund|funds} {release|transfer|transferred|released}',
    '{bank draft|consignment|diplomat|diplomatic|security company|clearance certificate}',
    'business {proposal|collaboration|opportunity}',
    'on behalf of {my|our|one of our} client',
    '{transferir|liberar|transferencia de|liberacao de|liberacion de} {os|los|} fondos',
    '{transferir|liberar} os fundos',
    '{propuesta|proposta} de {negocio|negocios}',
    '{auszahlung|uberweisung} {ihres|des} {gewinn|betrag|erbe}',
    '{gewinnausschuttung|geschaftsvorschlag}',
    '{transfert|liberation} des fonds',
    "proposition d{'| }affaire",
    '{zakelijk voorstel|overmaking van het bedrag}',
    '{trasferimento|sblocco} dei fondi',
    "proposta d{'| }affari",
    '{资金转移|转移资金|商业提议|資金の送金|ビジネス提案}',
  ],
  secrecy: [
    '{strictly|highly|absolutely} confidential',
    'utmost {confidentiality|secrecy}',
    'keep this {secret|confidential|between us}',
    '{private|personal} {email|e-mail|mail box|mailbox}',
    'do not disclose',
    '{estrictamente|estritamente|strettamente|strikt} {confidencial|confidenziale|vertrouwelijk}',
    '{streng vertraulich|strictement confidentiel}',
    '{correo privado|email privado|e-mail privado|private e-mail|email prive|email privata}',
    '{绝对保密|私人邮箱|極秘|内密に}',
  ],
  details: [
    'your full {name|names}',
    '{your|and} {occupation|age|home address|residential address|passport|id card|mobile number|cell number}',
    '{nombre completo|nome completo|vollstandiger name|nom complet|volledige naam|numero de pasaporte}',
    '{su ocupacion|sua ocupacao|ihr beruf|votre profession|uw beroep|la sua professione}',
    '{全名|护照|パスポート}',
  ],
};
