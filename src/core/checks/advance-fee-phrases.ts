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
 *
 * The phrases in Japanese, Chinese or Cyrillic letters are in advance-fee-phrases-nonlatin.ts, family by family:
 * a message without such a letter never needs them (lure-matcher.ts), and the task pane fetches them only for one
 * that has one.
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
    'million {us dollars|united states dollars|dollars|euros|pounds}',
    '{millones de|milhoes de|millions de|milioni di|millionen|miljoen} {dolares|dollars|dollari|euros|euro|dollar}',
  ],
  claim: [
    '{beneficiary|next of kin|inheritance|unclaimed|deceased|late client|lottery|won the sum|compensation fund}',
    '{your|the} {fund|funds|winnings} {is|are|has|have|was|will}',
    // The jackpot winner giving money away ("I am donating to 5 random individuals", Mavis Wanczyk letters).
    '{jackpot|powerball|mega millions|euromillions|euro millions}',
    'donate the {sum|amount} of',
    '{donating|donate} {to|} {5|five|10|ten|a few} {random|lucky|selected}',
    '{donation|donation code|grant} {to you|for you|code}',
    'as one of the {selected|lucky} {5|five|10|ten|beneficiaries|recipients}',
    '{beneficiario|heranca|herencia|fallecido|falecido|loteria|begunstigte|erbschaft|lotterie|gewinner von}',
    '{gewinnbenachrichtigung|gewinnbenachritigung|beneficiaire|heritage|loterie|erfenis|loterij|eredita|lotteria}',
    // The telco's or bank's anniversary "draw" (MTN, Safaricom, BRImo promo scams: Nigeria's NCC and Indonesia's OJK
    // warnings): "Dear Winner, your line was selected", "Anda memenangkan undian".
    'dear winner',
    'your {number|line|phone number|mobile number|email address|sim} {won|has won|was selected|emerged}',
    '{memenangkan undian|pemenang undian|pemenang program|undian berhadiah}',
  ],
  release: [
    '{auszahlung ihres|gewinnausschuttung|transfert des|trasferimento dei}',
    '{atm|visa|master} card',
    '{release|transfer|wire} {of|} {your|the} {fund|funds|inheritance}',
    '{bank draft|consignment|diplomat|business proposal|business opportunity}',
    'on behalf of {our|one of our} client',
    '{liberar|transferir} {os|los} fondos',
    // The prize's own fee paid to an agent, or the claim handled by an "officer" on a messenger: no real draw does
    // either (the winner is paid by the operator, never asked to pay first).
    '{claims|claim|prize|processing} agent',
    '{processing|clearance|release|claim} fee of',
    '{untuk|cara} klaim hadiah',
    '{hubungi|kontak|hubungi segera} {petugas|agen|admin} kami',
    '{biaya administrasi|biaya pengiriman hadiah|pajak hadiah}',
    // set32 p-id-01 ("Untuk proses klaim hadiah, segera hubungi Bagian Pengambilan Hadiah melalui WhatsApp … Hadiah
    // dikenakan pajak undian 25% yang ditanggung oleh pemenang"): the winner pays the "tax" first.
    '{proses klaim hadiah|pengambilan hadiah|pajak undian|ditanggung oleh pemenang}',
  ],
  secrecy: [
    '{strictly|highly|absolutely} confidential',
    '{private|personal} {email|e-mail}',
    '{estrictamente|estritamente|strettamente|streng|strictement|strikt} {confidencial|confidenziale|vertraulich|confidentiel|vertrouwelijk}',
    '{correo privado|email privado|email prive}',
  ],
  details: [
    'your full {name|names}',
    '{your|and} {occupation|age|home address|passport}',
    '{nombre completo|nome completo|vollstandigen namen|nom complet|volledige naam}',
  ],
};
