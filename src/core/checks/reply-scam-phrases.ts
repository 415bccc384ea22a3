/**
 * The wording of four scams with nothing to click but a reply, a phone call or a payment (reply-scam-judge.ts judges;
 * pretext.ts names them): the fake police summons, the fake civil-lawsuit notice (架空請求), the prize that costs a
 * transfer fee, the job offer whose candidate pays the visa fee, and the directory's "data update" form that is a
 * paid contract. Written and matched as lure-phrases.ts describes
 * (NFKC, accents folded, ASCII phrases from a word start, the others with spaces removed), all scripts together in the
 * "disclaimer" chunk. Written from general knowledge of how the warnings describe them (France's cybermalveillance.gouv.fr
 * and the Gendarmerie on the fake « convocation » naming the Brigade de protection des mineurs; Japan's national
 * consumer affairs centre and police on 架空請求 「民事訴訟最終告知」; Russia's Stoloto and banks on fake win payouts
 * with a "commission"; Saudi Aramco's and the Gulf ministries' warnings on fake offers charging visa fees), no sample
 * copied.
 */

export type ReplyScamFamily =
  | 'crime' //    an accusation of child abuse material, of being a sex offender
  | 'summons' //  … told as a police or prosecutor's summons or investigation
  | 'suit' //     a civil lawsuit filed against the reader
  | 'withdraw' // … to be withdrawn (settled) before a deadline
  | 'seize' //    … or wages and property seized, an order to appear; the family and employer told
  | 'won' //      a lottery ticket or draw won by the reader
  | 'wonfee' //   … paid out once a commission, transfer or processing fee is paid
  | 'offer' //    a job offer made to the reader
  | 'jobfee' //   … whose candidate pays the visa, permit or processing fee, "refunded with the first salary"
  | 'listing' //  a directory or register of companies the reader's business is said to be in
  | 'update' //   … whose data the reader is to check or update
  | 'signform'; // … on a form to sign and return: the paid listing's contract disguised as a data update

export const REPLY_SCAM_FAMILIES: readonly ReplyScamFamily[] = [
  'crime',
  'summons',
  'suit',
  'withdraw',
  'seize',
  'won',
  'wonfee',
  'offer',
  'jobfee',
  'listing',
  'update',
  'signform',
];

export const REPLY_SCAM_PHRASES: Readonly<Record<ReplyScamFamily, readonly string[]>> = {
  crime: [
    '{child pornography|child sexual abuse material|child abuse material|indecent images of children|sex offender register|sex offenders register|registered sex offender|paedophilia|pedophilia}',
    '{pedopornographie|pornographie infantile|pornographie enfantine|delinquant sexuel|delinquants sexuels|fichier des auteurs d infractions sexuelles}',
    '{kinderpornografie|kinderpornographie|kinderpornografische|sexualstraftater}',
    '{pornografia infantil|delincuente sexual|abuso sexual infantil}',
    '{pedopornografia|pornografia minorile|materiale pedopornografico}',
    '{pornografia infantil|abuso sexual de menores|criminoso sexual}',
    '{kinderporno|kinderpornografie|zedendelinquent}',
    '{детская порнография|детской порнографии|педофил}',
  ],
  summons: [
    '{summons to appear|criminal investigation|judicial investigation|public prosecutor|arrest warrant|warrant for your arrest}',
    '{convocation|convocation judiciaire|enquete judiciaire|procureur de la republique|brigade de protection des mineurs|saisie informatique|mandat d arret|mandat d’arret}',
    '{vorladung|ermittlungsverfahren|staatsanwaltschaft|haftbefehl}',
    '{citacion judicial|investigacion judicial|fiscalia|orden de arresto|orden de detencion}',
    '{convocazione|indagine giudiziaria|procura della repubblica|mandato di arresto}',
    '{intimacao|investigacao judicial|ministerio publico|mandado de prisao}',
    '{dagvaarding|strafrechtelijk onderzoek|officier van justitie|arrestatiebevel}',
    '{повестка|уголовное дело|прокуратура|ордер на арест}',
  ],
  suit: [
    '{civil lawsuit|civil suit|civil action} {has been|was} {filed|lodged|brought}',
    '{final notice|last notice} of {civil|the} {lawsuit|litigation|legal action}',
    // ja zh
    '{民事訴訟|訴状が提出|訴状を提出|訴訟を提起|訴訟が提起|少額訴訟|訴訟最終告知|民事裁判}',
    '{民事诉讼|民事訴訟|已向法院提起诉讼|已向法院提起訴訟}',
  ],
  withdraw: [
    '{withdraw|withdrawal of|drop} the {lawsuit|suit|case|legal action} {before|by|if}',
    'to have the {lawsuit|case} {withdrawn|dropped}',
    // ja zh
    '{訴訟取り下げ|訴訟取下げ|取り下げ期日|取下げ期日|取り下げ等のご相談|取り下げのご相談|取り下げ最終期日|裁判取り下げ}',
    '{撤诉|撤訴|撤销诉讼|撤銷訴訟}',
  ],
  seize: [
    '{wage garnishment|garnish your wages|garnishment of your wages|seizure of your property|seizure of your assets|order to appear in court}',
    // ja zh
    '{給与差し押さえ|給与の差し押さえ|給料の差し押さえ|差し押さえを|強制執行|出廷命令|執行官立ち会い|ご家族様・勤務先様|勤務先様にご迷惑|最終告知}',
    '{强制执行|強制執行|查封财产|查封財產|扣押工资|扣押工資}',
  ],
  won: [
    '{your ticket|your lottery ticket|your e-ticket|your number|your email address} {has won|won|is a winning}',
    // Not a bare 'you won': phrases match as prefixes, and "you won't pay a transfer fee" is a bank's advert.
    '{you have won|you are the winner|you have been selected as the winner|winning ticket}',
    'you won {a|an|the|our|this|eur|usd|gbp|us$|$|€|£}',
    // de fr es pt it pl nl
    '{sie haben gewonnen|ihr los hat gewonnen|gewinnbenachrichtigung|ihr gewinn von}',
    '{vous avez gagne|votre ticket est gagnant|vous etes le gagnant|votre gain de}',
    '{usted ha ganado|has ganado|su boleto ha sido premiado|es el ganador}',
    '{voce ganhou|seu bilhete foi premiado|voce foi sorteado|e o ganhador}',
    '{hai vinto|ha vinto|il suo biglietto e vincente|sei il vincitore}',
    '{wygrales|wygralas|wygrana w wysokosci|zostales zwyciezca|zostalas zwyciezczynia}',
    '{u heeft gewonnen|je hebt gewonnen|uw lot is winnend}',
    // ru uk tr id vi
    '{ваш билет выиграл|стал выигрышным|сумма выигрыша|вы выиграли|вы стали победителем|ваш выигрыш|ваш квиток виграв|ви виграли|сума виграшу}',
    '{kazandiniz|biletiniz kazandi|anda memenangkan|anda telah memenangkan|ban da trung thuong|chuc mung ban da trung}',
    // ja zh ko ar
    '{当選しました|ご当選|当選金|当せん金|中奖了|恭喜您中奖|您已中奖|中獎了|恭喜您中獎|당첨되었습니다|당첨금|لقد فزت|ربحت جائزة}',
  ],
  wonfee: [
    '{transfer|processing|release|clearance|activation|insurance} fee {of|is|must|to}',
    '{pay|paying} {a|the} {small|one-time|} {fee|commission|tax} {to receive|to release|to claim|before}',
    // de fr es pt it pl
    '{bearbeitungsgebuhr|uberweisungsgebuhr|auszahlungsgebuhr} von',
    '{frais de dossier|frais de transfert|frais de deblocage|frais de traitement} de',
    '{tarifa de procesamiento|comision de transferencia|tasa de liberacion} de',
    '{taxa de liberacao|taxa de transferencia|taxa de processamento} de',
    '{commissione di trasferimento|costi di elaborazione|tassa di svincolo} di',
    '{oplata manipulacyjna|oplata za przelew|oplata transferowa} w wysokosci',
    // ru uk tr id vi
    '{комиссия за перевод|комиссия за межбанковский перевод|комиссию за перевод|оплатить комиссию|комиссия за вывод|пошлину за получение|комісія за переказ|оплатити комісію}',
    '{transfer ucreti|islem ucreti|biaya transfer|biaya administrasi sebesar|phi chuyen tien|phi xu ly}',
    // ja zh ko ar
    '{振込手数料|受取手数料|手数料をお支払い|手续费|手續費|수수료를|رسوم التحويل|رسوم الاستلام}',
  ],
  offer: [
    '{job offer|offer of employment|employment offer|offer letter|appointment letter}',
    'you have been {selected|shortlisted|chosen} for the {position|post|role|job}',
    // de fr es pt it
    '{stellenangebot|arbeitsvertrag|zusage fur die stelle}',
    "{offre d'emploi|offre d’emploi|lettre d'offre|lettre d’offre|lettre d'embauche|lettre d’embauche}",
    '{oferta de trabajo|oferta de empleo|carta de oferta}',
    '{oferta de emprego|carta de oferta|proposta de emprego}',
    "{offerta di lavoro|lettera d'assunzione|lettera di assunzione}",
    // ar ru ja zh
    '{عرض وظيفي|عرض العمل|خطاب العرض|تم اختياركم|تم اختيارك|لشغل وظيفة}',
    '{предложение о работе|оффер|трудовой договор}',
    '{内定|採用通知|录用通知|錄用通知|工作邀请}',
  ],
  jobfee: [
    '{visa|work permit|work visa|visa processing|permit processing|medical|certificate attestation} {fee|fees|charges} {of|is|are|will be}',
    '{the candidate|the applicant|candidates|applicants} {is|are|will be} {required|responsible} {to pay|for paying}',
    '{refunded|reimbursed|refundable} {with|in|from} your first {salary|month|paycheck}',
    // de fr es pt
    '{visagebuhr|visagebuhren|bearbeitungsgebuhr fur das visum}',
    '{frais de visa|frais de traitement du visa}',
    '{tasa de visado|costos de visa|tarifa de visa}',
    '{taxa de visto|taxas de visto}',
    // ar ru
    '{رسوم معالجة التأشيرة|رسوم التأشيرة|يتحمل المرشح|على المرشح دفع|تسترد كاملة|تسترد مع أول راتب}',
    '{оплатить визу|сбор за визу|оплата визы|компенсируется с первой зарплаты}',
  ],
  // The directory's "data update" form whose fine print is a two- or three-year paid listing (Germany's
  // Gewerbeauskunft-Zentrale letters, ruled deceptive by the BGH; the "Global Trade Register" and "European Business
  // Directory" forms the chambers of commerce and the EU's SME portal warn of): the company's listing, its data to
  // check, and a form to sign and return. A genuine data check (a credit agency's, a chamber's) is done online or by
  // post and never needs a signature.
  listing: [
    '{company listing|business listing|business directory|trade register|company register|companies register|register of companies|directory of companies|company directory}',
    '{verzeichnis gewerblicher|gewerblicher eintrage|gewerbliche eintrage|branchenverzeichnis|firmenverzeichnis|gewerbeverzeichnis|unternehmensverzeichnis|gewerbeauskunft|firmenregister}',
    '{annuaire des entreprises|registre des entreprises|annuaire professionnel|repertoire des entreprises}',
    '{directorio de empresas|registro de empresas|guia de empresas}',
    '{elenco delle imprese|annuario delle imprese|registro delle imprese|elenco aziende}',
    '{bedrijvengids|bedrijvenregister|bedrijvenlijst}',
    '{rejestr firm|katalog firm|rejestr przedsiebiorstw}',
  ],
  update: [
    '{update|updating|check|verify|correct} {of|} {your|the} {company data|company details|business data|data we hold|details we hold|company information|entry|listing}',
    '{keep|keeping} your {company|business} {listing|entry|data|details} {up to date|current}',
    // de fr es it nl pl
    '{aktualisierung der angaben|aktualisierung ihrer daten|aktualisierung ihres eintrags|daten ihres betriebes|daten ihres unternehmens|erfassungsbogen|korrekturabzug|zu prufen und gegebenenfalls zu erganzen}',
    '{mise a jour de vos donnees|mise a jour de votre inscription|verifier vos donnees|verifier les donnees de votre entreprise}',
    '{actualizacion de sus datos|actualizar los datos de su empresa|verificar sus datos}',
    '{aggiornamento dei dati|aggiornare i dati|verificare i dati della sua azienda}',
    '{actualisering van uw gegevens|uw bedrijfsgegevens te controleren|uw gegevens bij te werken}',
    '{aktualizacja danych|aktualizacji danych|weryfikacja danych firmy}',
  ],
  signform: [
    '{sign the form|sign and return|return the signed|signed form|form signed|signed and returned}',
    '{unterschrieben|unterzeichnet|unterschreiben sie}',
    '{formulaire signe|signe et retourne|signer et retourner|retourner signe}',
    '{firmado y devuelto|firme y devuelva|formulario firmado}',
    '{firmato e restituito|firmare e restituire|modulo firmato}',
    '{ondertekend terug|ondertekenen en terugsturen|getekend retour}',
    '{podpisany formularz|podpisac i odeslac|podpisany i odeslany}',
  ],
};
