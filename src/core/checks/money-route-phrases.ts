/**
 * The wording of two scripts that route money or talk away from anyone accountable (issue #16, family 11): the task
 * or job scam (pay by the day or the task, the talk moved to a messenger) and the payee's changed bank account
 * (invoice redirection, vendor email compromise). Written and matched as lure-phrases.ts describes; the phrases in
 * every script are here together, because the whole table is a chunk of its own in the browsers, fetched only for a
 * message that names a messenger or a bank account (no-link.ts, `needs: ['money-route']`).
 */

export type MoneyRouteFamily =
  | 'wage' //   pay by the day or by the task (task/job scams)
  | 'easy' //   the work that real jobs never offer: minutes a day on a phone, paid in crypto
  | 'jobfee' // the recruit pays first: a fee for the interview, test, training, uniform or equipment of a job offer
  | 'returns' // an investment group's promise: a VIP stock group, guaranteed or monthly-percent returns
  | 'caution' // a warning about such groups (a regulator's, a bank's): "beware", "scam", "fraud"
  | 'messenger' // the talk moved to WhatsApp or Telegram
  | 'rebank' // the payee's bank account has changed (new bank, new IBAN or sort code, account under audit)
  | 'remit' //  pay there from now on: future payments, the following account instead, update your records
  | 'nocall' // the call-back check ruled out: "reply by email only", "our phones are diverted", "do not call"
  | 'known'; // the call-back check asked for, on the number already on file: "call us on the number you already have"

export const MONEY_ROUTE_FAMILIES: readonly MoneyRouteFamily[] = [
  'wage',
  'easy',
  'jobfee',
  'returns',
  'caution',
  'messenger',
  'rebank',
  'remit',
  'nocall',
  'known',
];

export const MONEY_ROUTE_PHRASES: Readonly<Record<MoneyRouteFamily, readonly string[]>> = {
  // Task and job scams (FTC "job scams" and "task scams" alerts, 2023-2024; India's CERT-In and I4C advisories on
  // part-time "like and review" jobs): pay by the day or by the task for minutes of work on a phone, and the talk moved
  // to a messenger. Genuine job offers state pay by the year, month or hour and leave the talk to the employer's mail.
  wage: [
    '{daily|weekly} {pay|payment|payout|salary|earnings|income|commission|wage|wages|profit}',
    '{earn|earning|make} {daily|every day|each day}',
    '{paid|payment|pay|salary} {daily|every day|the same day|same day|within 24 hours}',
    'same{-| }day {pay|payment|payout|salary}',
    '{commission|earn|earnings|payment|pay|paid|reward} {per|for each|for every} {task|order|review|like|rating|video|click}',
    // pt es de fr nl it (written without accents: the matcher folds them)
    '{ganhos diarios|pagamento diario|salario diario|renda diaria|por tarefa}',
    '{pago diario|salario diario|ganancias diarias|por tarea}',
    '{tagliche auszahlung|taglicher verdienst|taglich bezahlt|pro aufgabe}',
    '{paiement quotidien|salaire journalier|revenu quotidien|par tache}',
    '{dagelijkse uitbetaling|dagelijks betaald|per taak}',
    '{pagamento giornaliero|guadagno giornaliero|per attivita}',
    // ro tl (Romanian "plată zilnică", Tagalog "bayad agad sa GCash": paid at once to the e-wallet)
    '{plata zilnica|plati zilnice|castig zilnic|castiguri zilnice|venit zilnic|castigi zilnic}',
    '{arawang kita|arawang sahod|kita kada araw|sahod kada araw|kita araw-araw|bayad agad sa gcash}',
    // id (set21: the 'like and review' job from a gmail 'Shopee Affiliate' recruiter: "dibayar langsung setelah tugas
    // selesai", pay in rupiah per day); not bare 'per hari': a hotel or car rental's rate is quoted so.
    '{dibayar|digaji|dibayarkan|gaji dibayar|komisi dibayar} {harian|setiap hari|tiap hari|per hari|langsung setelah tugas|per tugas}',
    '{gaji|penghasilan|komisi|bayaran|pendapatan} {harian|perhari|per tugas|setiap tugas}',
    // set25: "Komisi dibayar langsung ke rekening/e-wallet Anda setiap hari": the commission paid straight out.
    '{komisi|bayaran|upah} {dibayar|dibayarkan|ditransfer} langsung',
    // set26 p-id-01: 'Gaji: Rp 300.000 - Rp 1.500.000 per hari, dibayar langsung ke rekening/e-wallet' and the task
    // scam's 'Bonus Rp 50.000 untuk tugas pertama' (the first payout that buys the recruit's trust); en es pt too
    '{dibayar|dibayarkan|ditransfer} langsung ke {rekening|e-wallet|ewallet|dana|ovo|gopay}',
    '{bonus|hadiah} untuk tugas pertama',
    '{bonus|reward} for {your|the} first task',
    '{bono|bonificacion} por {tu|la} primera tarea',
    '{bonus|bonificacao} {pela|na} primeira tarefa',
    // The pay quoted as a day's sum ("Base pay $250-$800 per day plus commission, paid out daily"; Turkish "Günlük
    // 1.500-3.000 TL"; Russian "от 5 000 рублей в день"): the figure between the words, so the word and the sum's first
    // digit ('gunluk 1' reads "günlük 1.500"), or the day's unit and what follows the sum.
    '{paid out|paying out|payouts|withdrawals} {daily|every day|each day|the same day}',
    'per day plus {commission|commissions|bonus|bonuses|tips}',
    '{gunluk|gunde|gunluk kazanc|gunluk odeme|gunluk gelir|gunluk maas} {1|2|3|4|5|6|7|8|9}',
    '{gunluk kazanc|gunluk odeme|gunluk gelir|gunluk maas|gunluk yevmiye|her gun odeme|ayni gun odeme|gorev basina}',
    '{оплата|выплаты|выплата|зарплата|доход|заработок} {ежедневно|каждый день|в день|за день|за задание}',
    '{оплата|виплати|виплата|зарплата|дохід|заробіток} {щодня|кожен день|в день|за день|за завдання}',
    '{рублей|руб|₽|гривен|грн} в день',
    // fa (daily income, daily payment)
    '{درآمد روزانه|پرداخت روزانه|حقوق روزانه}',
    // ja zh
    '{日払い|日給|即日払い|1件あたり|一件あたり}',
    '{日结|日薪|每单佣金|按单结算}',
  ],
  // Task-scam work: minutes a day from a phone, paid in a stablecoin (FTC task-scam alert, 2023: "paid in
  // cryptocurrency"); a genuine job is hours or shifts, paid in money.
  easy: [
    '{minutes|minute} {a|per} day',
    '{one|an|1} hour {a|per} day',
    '{work|working} from your {phone|mobile|smartphone}',
    '{paid|payment|pay|salary|payout|payouts|withdraw|withdrawals} in {usdt|usdc|crypto|cryptocurrency|bitcoin|tether}',
    // pt es de fr nl it
    '{minutos|minuti|minuten} {por|al|per|pro|al giorno|am} {dia|giorno|dag|tag}',
    '{minutes|minute} par jour',
    '{em|en|in} usdt',
    '{minute|de minute} pe zi',
    '{oras|minuto} kada araw',
    // id: work done from home with only a phone, minutes a day
    '{hanya|cukup|hanya dengan|cukup dengan} {menggunakan|modal|pakai|bermodal} {hp|handphone|ponsel|smartphone}',
    'menit {per|setiap|sehari|tiap} {hari|}',
    '{پرداخت به تتر|پرداخت با تتر}',
    // ja zh
    '{1日|一日}{数分|10分|15分|20分|30分}',
    '{每天|每日}{几分钟|10分钟|20分钟|30分钟}',
  ],
  // The job whose recruit pays first (set30 p-id-01: "pembayaran biaya akomodasi tes ... Rp 650.000 melalui
  // koordinator kami via WhatsApp" from a gmail 'HRD PT Sinar Mas'; India's, Nigeria's and Indonesia's fake-recruitment
  // warnings: registration, training, uniform, laptop or visa "processing" fees, "refundable after selection"). No
  // employer charges a candidate; read beside a messenger and a mailbox nobody answers for (money-route.ts judgeJob).
  jobfee: [
    '{registration|training|onboarding|processing|interview|application|uniform|equipment|security|joining|medical test|test} fee',
    '{refundable|fully refundable} {deposit|fee|after selection|after joining|after the interview}',
    'fee {is|will be} refunded {after|once|with your first}',
    // The fake-cheque job (set25 p-en-14, "Remote Administrative & Payroll Assistant" from outlook.com with a gmail
    // Reply-To: "Equipment will be provided via a company check sent to you before your start date"; the FTC's fake
    // check scams): the cheque bounces after the recruit has paid the "vendor" for the equipment.
    '{equipment|laptop|supplies} will be provided {via|with|through|by} {a|the} {company check|company cheque|check|cheque}',
    'provided {via|with|through|by} a {company check|company cheque|certified check|cashier check}',
    '{equipment|laptop|supplies} {will be|is} {purchased|bought} with {a|the} {company check|check|cheque}',
    '{a|the} {company check|company cheque|check|cheque} {to purchase|to buy|for} {equipment|your equipment|the equipment|supplies|a laptop}',
    '{biaya|pembayaran biaya} {akomodasi|pendaftaran|administrasi|pelatihan|training|seragam|tes|test|interview|medical|transportasi|registrasi}',
    '{dapat dikembalikan|akan dikembalikan|dikembalikan setelah} {setelah|lulus|anda lulus|diterima|bekerja|}',
    '{taxa de inscricao|taxa de treinamento|taxa de cadastro|taxa do uniforme|taxa de entrevista}',
    '{cuota de inscripcion|tarifa de inscripcion|pago de inscripcion|costo del curso|cuota de capacitacion}',
    '{kayit ucreti|egitim ucreti|basvuru ucreti|depozito ucreti}',
    '{регистрационный взнос|оплатить обучение|оплата обучения|страховой взнос|залог за оборудование}',
    '{реєстраційний внесок|оплатити навчання|оплата навчання|страховий внесок}',
    '{登録料|研修費|保証金を}',
    '{报名费|培训费|押金}',
  ],
  // The investment-group scam (the stock "VIP group" moved to WhatsApp or LINE: the US SEC and FINRA investor alerts
  // on "pump and dump" groups, Taiwan's 165 anti-fraud line on 飆股 groups, Thailand's SEC on กลุ่มหุ้น VIP, Japan's FSA
  // on SNS investment fraud): a private group picking stocks and a return no licensed adviser may promise.
  returns: [
    '{vip|private|exclusive|free} {stock|stocks|share|shares|investment|investing|trading|crypto|forex|options} {group|groups|club|community|channel}',
    'guaranteed {returns|return|profit|profits|income|monthly returns|weekly returns|daily returns|payouts}',
    // Not a percent a month alone: a fund's newsletter reports its average monthly return so.
    // pt es de fr it (the matcher folds accents)
    'grupo vip de {acoes|acciones|investimentos|inversiones|inversion|trading|criptomoedas|criptomonedas}',
    '{rentabilidad|rentabilidade|retorno|retornos|ganancias|lucro|lucros} {garantizada|garantizado|garantizados|garantizadas|garantida|garantido|garantidos|garantidas}',
    '{garantierte|garantierter} {rendite|renditen|gewinn|gewinne|ertrag}',
    '{rendement|rendements|profits} {garanti|garantis}',
    '{rendimento|rendimenti} {garantito|garantiti}',
    // ru uk tr id (set30 p-ru-01: "Доходность гарантирована договором ... напишите мне в Telegram" from mail.ru; set25
    // p-ru-01's "закрытой программе пассивного дохода"; Turkey's SPK and Indonesia's OJK warnings on such groups)
    '{доходность|доход|прибыль} {гарантирована|гарантирован|гарантируется|гарантируем}',
    '{гарантированный|гарантированная|гарантированного} {доход|доходность|прибыль|дохода}',
    '{дохідність|дохід|прибуток} {гарантована|гарантований|гарантується}',
    '{гарантований|гарантована|гарантованого} {дохід|прибуток|дохідність}',
    '{программа|программе|программу|программы} пассивн',
    '{програма|програмі|програму|програми} пасивн',
    '{garantili|garanti} {kazanc|getiri|kar|gelir}',
    '{kazanc|getiri|kar} garantisi',
    '{keuntungan|profit|imbal hasil|return} {dijamin|pasti|terjamin|tetap setiap bulan}',
    // th zh ja
    '{กลุ่มหุ้นvip|กลุ่มหุ้นวีไอพี|ผลตอบแทนการันตี|การันตีผลตอบแทน|การันตีกำไร|กำไรการันตี}',
    '{飆股群|飙股群|牛股群|荐股群|薦股群|免費飆股|免费飙股|領取飆股|领取飙股|保證獲利|保证收益|穩賺|稳赚}',
    '{投資グループ|株式グループ|株グループ|月利|確実に儲か|必ず儲か}',
  ],
  // A warning about the investment-group scam (a regulator's, a bank's notice) names the group and the messenger too.
  caution: [
    '{beware|be wary|be careful|watch out} of',
    '{scam|scams|scammer|scammers|fraud|frauds|fraudster|fraudsters|fraudulent}',
    '{estafa|estafas|golpe|golpes|fraude|fraudes|betrug|betruger|arnaque|arnaques|truffa|truffe}',
    '{มิจฉาชีพ|หลอกลวง|ระวัง|詐騙|诈骗|詐欺|骗局|騙局|注意喚起}',
    // ru uk tr id (a bank's or regulator's warning about the same groups and fee-charging "recruiters")
    '{мошенник|мошенники|мошенничеств|будьте осторожны|шахрай|шахраї|шахрайств|будьте обережні}',
    '{dolandirici|dolandiricilik|dolandiricilar|penipuan|penipu|waspada|hati-hati}',
  ],
  messenger: [
    '{on|via|through|over|by|at|using} {whatsapp|telegram|signal|wechat|viber}',
    // LINE, where Thai, Taiwanese and Japanese groups gather: its ID, "add LINE" in Thai and Chinese
    '{line id|lineid|line@|add line|add our line}',
    '{แอดไลน์|ไลน์ไอดี|ทักไลน์|加line|加入line|加賴|加赖}',
    '{whatsapp|telegram} {number|chat|group|id|contact|hr|recruiter}',
    // pt es de fr nl it ('via' and 'per' are English's too)
    '{pelo|por|uber|auf|sur|par|op|su|tramite} {whatsapp|telegram}',
    // ro tl fa ("pe Telegram", "sa aming Telegram", "در تلگرام")
    '{pe|prin} {whatsapp|telegram}',
    '{sa|sa aming} {whatsapp|telegram}',
    // id ("hubungi admin kami melalui WhatsApp", "lewat Telegram")
    '{melalui|lewat|ke} {whatsapp|telegram}',
    // ru uk tr ("напишите мне в Telegram", "пишіть у Telegram", "WhatsApp üzerinden")
    '{в|через|у|до} {telegram|whatsapp|телеграм|телеграмм|ватсап|вотсап|вайбер|viber}',
    '{whatsapp|telegram} {uzerinden|hattimiz|hattindan|grubumuz|grubuna}',
    // The interview held by text chat (set25 p-en-14: "interviews are held by text chat this week"): no employer
    // interviews so; the chat is where the fake cheque comes.
    '{interview|interviews} {will be|is|are} {held|conducted} {by|via|over|on} {text chat|chat|text|instant message|google chat|hangouts|signal}',
    '{text chat|online chat|instant messaging|chat} interview',
    "{telegram'dan|whatsapp'tan|telegramdan|whatsapptan}",
    '{در تلگرام|در واتساپ|تلگرام پیام}',
    // ja zh
    '{lineで|lineに|lineの|ラインで|ライン追加|テレグラムで}',
    '{加微信|加whatsapp|加telegram|微信联系}',
  ],
  // A payee's new bank account: the supplier-side ("vendor email compromise") and invoice-redirection script (FBI IC3
  // PSA I-050422 on BEC; UK Finance "Take Five" and Action Fraud on invoice redirection; the Dutch Betaalvereniging
  // and the German BKA on "Rechnungsmanipulation"): "we changed our bank", "our account is under audit", "please remit
  // to the following account instead". Not bank details alone: every invoice footer lists them.
  rebank: [
    '{changed|switched|updated|moved|migrated|amended} {our|its|their} {receiving bank|bank|banks|bankers|banking provider|banking partner|bank account|bank accounts|bank details|banking details|account details|remittance details|payment details|beneficiary details|collection account|collections account}',
    '{have|has} changed {banks|bank}',
    // set30 p-en-14, in the supplier's real thread: "we have moved our operating account after our annual audit, so the
    // ACH details on file are no longer valid. Going forward please remit to ...".
    '{moved|changed|switched} our {operating|business|company|main|receiving|collection} account',
    '{details|ach details|bank details|account details|wire details|banking details} on file {are|is} no longer {valid|active|in use|current}',
    // "we have moved our account to Starling": the bank named, not the word (UK Finance's invoice-redirection examples).
    '{moved|switched|transferred|migrated} {our|its|their} {account|accounts|business account|business accounts|banking|business banking} to',
    // set40 p-en-11, the supplier's hijacked thread: "we have moved our business banking from Barclays to Starling
    // following an internal audit, and the old account will be closed at the end of this month".
    '{moved|switched|transferred|migrated} {our|its|their} {account|accounts|business account|business accounts|banking|business banking|bank account|bank accounts} from',
    '{old|previous|former|existing|current} {bank account|account} will be {closed|deactivated|discontinued}',
    '{new|updated|revised|amended|changed} {bank|banking|remittance|payment|beneficiary} {details|information|instructions|coordinates}',
    'new {bank account|account number|sort code|iban|swift code|beneficiary account|receiving account}',
    '{account|bank account|accounts|bank accounts} {is|are} {currently|} under {audit|review|investigation|maintenance}',
    'change {in|of|to} {our|the} {bank|banking|remittance|payment} {details|information|account|instructions}',
    '{old|previous|former|usual|existing} {bank account|account|bank details} {is|are|will be} no longer',
    // Real-estate and escrow wire fraud (FBI IC3 and NAR warnings): the closing funds to "updated wiring instructions".
    '{updated|new|revised|amended|changed|alternate} {wire|wiring|payment} instructions',
    '{alternate|alternative} {bank account|trust account|escrow account|receiving account}',
    // The rental bond and holding deposit (set22, AU: the leasing agent's mailbox taken over, the thread replied to):
    // "our trust account has changed this month due to our annual audit".
    '{our|the} {trust|escrow|bank|receiving|business|company|rental} account {has changed|has been changed|was changed|has been updated|is changing}',
    // de fr es pt nl it
    '{neue|geanderte} {bankverbindung|iban|kontoverbindung}',
    '{unsere|die} bankverbindung hat sich geandert',
    '{nouvelles|nouvelle} coordonnees bancaires',
    '{nouveau rib|nouvel iban|changement de banque|changement de rib|changement de coordonnees bancaires}',
    '{nuevos datos bancarios|nueva cuenta bancaria|nuevo iban|cambio de cuenta bancaria|cambio de datos bancarios}',
    '{novos dados bancarios|nova conta bancaria|novo iban|alteracao dos dados bancarios|mudanca de dados bancarios}',
    '{nieuwe|gewijzigde} {bankgegevens|rekeninggegevens|iban|bankrekening|rekeningnummer}',
    '{nuove coordinate bancarie|nuovo iban|nuovo conto corrente|variazione delle coordinate bancarie}',
    // Vendor email compromise as set13 showed it, and as the same wave is worded across Europe (the Dutch
    // Betaalvereniging's, the German BKA's, the Italian Polizia Postale's and CERT Polska's warnings on invoice
    // redirection): "our company banking details have changed", "the old account is now closed", "a new account for
    // receiving payments" (it: "nuovo conto di appoggio"), "we switched banks" in each language.
    '{our|my} {company|business|} {bank|banking|bank account|account} details have {changed|been changed|been updated}',
    '{moved|switched|changed} to a new bank',
    '{old|previous|former|existing} {bank account|account} {is now|has been} {closed|deactivated}',
    '{wir haben|haben wir} {unsere bankverbindung|unser konto|die bank} {geandert|gewechselt}',
    // set43 p-de-03, the supplier's real mailbox in the real thread: "dass sich unsere Bankverbindung aufgrund einer
    // Umstellung bei unserer Hausbank geändert hat", subject "Änderung unserer Bankverbindung". Ours, not "Ihrer": a
    // bank's or a shop's "Änderung Ihrer Bankverbindung" is the reader's own account.
    '{anderung|umstellung|wechsel} unserer {bankverbindung|kontoverbindung|bankdaten|iban}',
    '{umstellung|wechsel|wechsels|anderung} bei unserer {hausbank|bank}',
    '{nous avons change de banque|notre compte bancaire a change|notre ancien compte est cloture}',
    '{hemos cambiado de banco|nuestra cuenta anterior ha sido cerrada|nuestra cuenta bancaria ha cambiado}',
    '{mudamos de banco|nossa conta anterior foi encerrada|nossa conta bancaria mudou}',
    '{we zijn overgestapt naar een andere bank|ons oude rekeningnummer is opgeheven}',
    '{nuovo conto di appoggio|nuovo conto dedicato|aggiornamento coordinate bancarie|aggiornamento delle coordinate bancarie}',
    // set45 p-it-01, a supplier's real Aruba mailbox: "il conto corrente precedentemente indicato per i pagamenti è
    // temporaneamente bloccato … sul nuovo conto: IBAN LT47 …": the account on file frozen, in each language.
    '{conto corrente|conto} precedentemente {indicato|comunicato|utilizzato}',
    '{e temporaneamente|e momentaneamente|e stato temporaneamente|e stato momentaneamente} bloccato',
    '{variazione|modifica} {coordinate bancarie|delle coordinate bancarie|iban|dell iban}',
    '{est temporairement|est momentanement|a ete temporairement} {bloque|suspendu|gele}',
    '{esta temporalmente|ha sido temporalmente} {bloqueada|suspendida|congelada}',
    '{esta temporariamente|foi temporariamente} {bloqueada|suspensa|congelada}',
    '{ist vorubergehend|wurde vorubergehend} {gesperrt|eingefroren}',
    '{nowy numer|zmiana numeru|zmianie ulegl numer} {konta|rachunku}',
    '{nove cislo uctu|zmena bankovniho spojeni|zmena cisla uctu}',
    '{uj bankszamlaszam|megvaltozott a bankszamlaszamunk|bankszamlaszam valtozas}',
    '{noul cont bancar|noul iban|schimbarea contului bancar}',
    // ja zh
    '{振込先口座の変更|振込先の変更|口座が変更|新しい口座}',
    // set32 p-ja-01 (a look-alike supplier domain, DMARC pass): 「お振込先口座を下記の通り変更させていただく」
    '{お振込先口座|振込先口座|お振込先|振込先}を{下記|以下}の{通り|とおり}変更',
    '{更改收款账户|新的收款账户|银行账户变更}',
    // The reply-chain hijack in the languages the tables above leave out (issue #16, set34 p-el-01: a Greek supplier's
    // real mailbox, its real thread: «λόγω ελέγχου από τη φορολογική αρχή ο λογαριασμός μας … είναι προσωρινά
    // δεσμευμένος … η εξόφληση … να γίνει στον νέο λογαριασμό»): the account frozen or under audit, the new account
    // or IBAN, the bank changed. el ru uk tr ar ko vi id sv da fi (folded: Greek without accents, Cyrillic ё as е).
    '{προσωρινα δεσμευμενος|προσωρινα δεσμευμενο|ειναι δεσμευμενος|εχει δεσμευτει|νεος τραπεζικος λογαριασμος|νεο τραπεζικο λογαριασμο|νεο iban|νεα τραπεζικα στοιχεια|αλλαγη τραπεζικου λογαριασμου|αλλαξαμε τραπεζα|αλλαξε ο τραπεζικος}',
    '{новые банковские реквизиты|новые реквизиты|изменились реквизиты|изменение реквизитов|смена реквизитов|новый расчетный счет|счет временно заблокирован|счет заблокирован}',
    '{нові банківські реквізити|нові реквізити|змінилися реквізити|зміна реквізитів|новий розрахунковий рахунок|рахунок тимчасово заблоковано}',
    '{yeni iban|yeni banka hesab|banka hesap bilgilerimiz degis|hesap bilgilerimiz degis|hesabimiz gecici olarak bloke}',
    // tr: "IBAN değişikliği", "hesap numaramız değişmiştir", "banka değişikliği" (the supplier's letter as Turkish
    // banks' and USOM's invoice-redirection warnings word it).
    '{iban degisikligi|iban numaramiz degis|hesap numaramiz degis|banka degisikligi|banka hesabimiz degis}',
    '{حساب بنكي جديد|الحساب البنكي الجديد|رقم الآيبان الجديد|تغيير الحساب البنكي|تم تغيير حسابنا|حسابنا مجمد}',
    '{새로운 계좌|계좌가 변경|계좌 변경|입금 계좌 변경}',
    '{thay doi tai khoan|doi tai khoan ngan hang}',
    '{perubahan rekening|nomor rekening baru|rekening kami sedang diaudit}',
    '{nytt bankkonto|nytt kontonummer|ny iban|bytt bank|andrade bankuppgifter|nye bankoplysninger|nyt kontonummer|ny bankkonto|uusi tilinumero|uusi pankkitili|tilinumeromme on muuttunut|vaihtaneet pankkia}',
  ],
  remit: [
    '{all|any|remit|pay|make|send|wire|transfer} {future|upcoming|subsequent|further|pending|outstanding} {payments|payment|invoices|remittances|transfers}',
    '{account|details|bank} instead',
    '{update|amend|change} {your|the} {records|vendor records|vendor master|supplier records|payment records|vendor file|supplier file}',
    // "Please update our supplier record with the details below and use these for invoices INV-30418 …" (set40 p-en-11)
    '{update|amend|change} our {supplier|vendor|payee} {record|records|details|file|account}',
    '{use|using} {these|the new|the following} {details|bank details|account details} for {invoices|invoice|all|future|the next}',
    '{to|into|in} {our|the} {new|alternate|alternative|updated|different} {account|bank account|trust account|escrow account|receiving account}',
    // Indian English vendor email compromise (set16): "kindly remit to the below account going forward".
    '{account|bank account|account details|bank details|account number} {going forward|henceforth|hereafter|from now on}',
    '{going forward|from now on|henceforth}{,|} {please|kindly|} {remit|pay|send payments|send payment|make payments}',
    // The old details disowned beside the new (set22): "use the details below and NOT any details from older paperwork".
    '{not|do not use|disregard} any {details|bank details} from {older|old|previous|earlier} {paperwork|invoices|documents|emails}',
    // de fr es pt nl it
    '{kunftige|zukunftige|alle weiteren} {zahlungen|uberweisungen|rechnungen}',
    '{paiements futurs|futurs paiements|prochains paiements|reglements futurs}',
    '{pagos futuros|futuros pagos|proximos pagos}',
    '{pagamentos futuros|futuros pagamentos|proximos pagamentos}',
    '{toekomstige betalingen|voortaan}',
    '{pagamenti futuri|futuri pagamenti|prossimi pagamenti}',
    // The same wave across Europe (see rebank): pay to the new account, update the supplier file.
    '{all|any} outstanding and future {payments|invoices|remittances}',
    '{auf das|an das|auf unser} {neue|folgende} {konto|bankkonto}',
    // "überweisen Sie … ab sofort auf folgendes Konto" (set43 p-de-03): from now on, not an invoice footer's plain
    // "Bitte überweisen Sie den Betrag auf folgendes Konto", which names the account on file.
    '{ab sofort|kunftig|zukunftig|ab jetzt} {nur noch|} auf {folgendes|nachstehendes|untenstehendes|unser neues|das neue} {konto|bankkonto}',
    '{ihre|die} stammdaten {aktualisieren|anzupassen|anpassen|zu aktualisieren}',
    '{sur|vers} {le|notre} nouveau compte',
    '{mettre a jour|mettez a jour} {vos fichiers|votre fichier fournisseurs|votre fichier fournisseur|nos coordonnees}',
    '{a|en} {la|nuestra} nueva cuenta',
    '{para|na} {a|nossa} nova conta',
    'naar {het|ons} nieuwe {rekeningnummer|iban|bankrekeningnummer}',
    '{sul|al|nel} nuovo conto',
    'dovranno essere {effettuati|eseguiti|disposti|accreditati} {temporaneamente|esclusivamente|}',
    'na {nowy|nowe|podany nizej} {rachunek|numer konta|numer rachunku|konto}',
    'na {nove|nize uvedene} {cislo uctu|ucet}',
    '{az uj|az alabbi} {szamlaszamra|bankszamlaszamra}',
    'in noul {cont|iban}',
    // ja zh
    '{今後のお支払い|今後のお振込|以下の口座へ|下記口座へ}',
    '新口座{へ|への|に}{お振込|振込|お支払}',
    '{今后的付款|以后的付款|以下账户}',
    // el ru uk tr ar ko vi id sv da fi (see rebank)
    '{στον νεο λογαριασμο|στο νεο iban|στον παρακατω λογαριασμο|μελλοντικες πληρωμες|μελλοντικες καταθεσεις}',
    '{на новый счет|на новые реквизиты|по новым реквизитам|все будущие платежи|будущие платежи}',
    '{на новий рахунок|за новими реквізитами|на нові реквізити|усі майбутні платежі|майбутні платежі}',
    '{yeni hesaba|asagidaki hesaba|gelecekteki odemeler|sonraki odemeler}',
    '{الحساب الجديد|الدفعات المستقبلية|جميع المدفوعات القادمة}',
    '{새 계좌로|아래 계좌로|향후 결제}',
    '{vao tai khoan moi|cac khoan thanh toan tiep theo}',
    '{ke rekening baru|pembayaran selanjutnya|pembayaran berikutnya}',
    '{till det nya kontot|framtida betalningar|til den nye konto|fremtidige betalinger|uudelle tilille|tulevat maksut}',
  ],
  // The one check that catches a changed account, ruled out in the same letter (set13: "Please reply by email only,
  // our phones are being diverted this week"; "Per motivi di riservatezza Vi chiediamo di non contattare l'ufficio
  // tramite il centralino"; UK Finance and the BKA: fraudsters ask the payer not to call). Read only beside rebank and
  // remit (money-route.ts judgeBank): alone, "reply by email" is every out-of-office.
  nocall: [
    '{reply|respond|contact us|communicate} {by|via} {email|e-mail} only',
    '{only|solely} {by|via} {email|e-mail}',
    '{our|the} {phones|phone lines|lines|phone} {are|is} {being diverted|diverted|down|not working|unavailable|out of order}',
    "{please|kindly} {do not|don't} {call|phone|ring}",
    // The agent "in inspections all afternoon", the director "in meetings": only e-mail reaches them (set22).
    '{email|e-mail} is the {best|only|easiest|quickest} way to {reach|contact|get hold of} me',
    '{do not|please do not} {contact|call} {the|our} {office|switchboard|accounts team|accounts department}',
    // de fr es pt nl it pl
    '{nur|ausschliesslich|ausschließlich} per {e-mail|mail}',
    '{telefonisch nicht erreichbar|bitte nicht anrufen|nicht telefonisch}',
    '{uniquement|seulement|exclusivement} par {e-mail|mail|courriel}',
    '{ne pas appeler|ne pas nous appeler|pas joignables par telephone|injoignables par telephone}',
    '{solo|unicamente|exclusivamente} por {correo|e-mail|email}',
    '{no llame|no nos llame|no contacte por telefono|no llamen}',
    '{somente|apenas|exclusivamente} por {e-mail|email}',
    '{nao ligue|nao nos ligue|nao entre em contato por telefone}',
    '{alleen|uitsluitend} per {e-mail|mail}',
    '{niet bellen|telefonisch niet bereikbaar}',
    '{solo|esclusivamente|unicamente} {via|per|tramite} {e-mail|email|mail}',
    '{non contattare|non chiamare|non telefonare}',
    // The office "not reachable by phone these days" (set28 p-it-11, a condominium administrator's new IBAN from
    // libero.it with a Reply-To elsewhere: "lo studio non è raggiungibile telefonicamente per il trasloco degli uffici").
    '{non e|non sara|non siamo|non saremo} {raggiungibile|raggiungibili} {telefonicamente|al telefono|per telefono}',
    "{not|cannot be|can not be|won't be|will not be} {reachable|reached|available|contactable} by {phone|telephone}",
    // "phone lines are diverted at the moment - email is best" (set40 p-en-11); "in questi giorni sono spesso fuori
    // ufficio" beside "rispondete a questa e-mail" (set45 p-it-01): the office out of reach, only the mail answered.
    '{phone lines|phones|telephone lines} {are|is} {being diverted|diverted|down|unavailable}',
    '{email|e-mail} is {best|the best|easiest}',
    '{sono|saro|siamo|saremo} spesso fuori {ufficio|sede}',
    '{unreachable|not reachable} by {phone|telephone}',
    '{no estamos|no estara|no estaremos} {localizables|disponibles|localizable|disponible} por telefono',
    '{indisponivel|indisponiveis|sem acesso} {por telefone|ao telefone}',
    '{nie jestesmy|nie bedziemy} {dostepni|osiagalni} telefonicznie',
    '{tylko|wylacznie} {mailowo|droga mailowa|przez e-mail}',
    '{nie dzwon|prosimy nie dzwonic|nie kontaktuj sie telefonicznie}',
    // ja zh
    '{メールでのみ|お電話はご遠慮|電話でのお問い合わせはご遠慮|お電話でのお問い合わせはご遠慮}',
    // 「事務所移転作業中のため、お電話がつながりにくくなっております。ご連絡はメールにてお願いいたします」
    '{お電話が|電話が}{つながりにくく|繋がりにくく|つながらない|つながりません}',
    '{ご連絡はメールにて|メールにてご連絡ください}',
    '{仅通过邮件|请勿致电|请不要打电话}',
  ],
  // The supplier's own change of bank told with the check every bank advises, on a number the payer already holds
  // (set21: "Please do NOT update your records based on this email alone ... call our accounts team on the number you
  // already have on file"): a fraudster's letter that said so would send the payer to the real supplier. Not any
  // number to call: the fraudster's "call us on +64 3 555 0199 to confirm" gives his own. Read only beside rebank and
  // remit (money-route.ts judgeBank).
  known: [
    '{on|using|via|at} {the|a} {phone number|telephone number|number|contact number} {you already have|you already hold|you have on file|already on file|you already know|on your file}',
    '{records|details|bank details|payment details} based on this {email|e-mail|letter} {alone|only}',
    '{an|a} independently {verified|sourced|known} {phone number|telephone number|number}',
    // de fr es pt nl it
    'unter der {ihnen|dir} bekannten {nummer|telefonnummer|rufnummer}',
    '{au numero|au numero de telephone} que vous {connaissez|avez deja|possedez deja}',
    // The number on the payer's own papers, the supplier's invoices ("appelez-nous au numéro figurant sur nos
    // factures"); not "our usual number", which the letter may mean as its own (set13-families.test.ts).
    '{au numero figurant sur nos factures|au numero indique sur nos factures|au numero de nos factures}',
    '{al numero que figura en nuestras facturas|al numero indicado en nuestras facturas}',
    '{pelo numero que consta das nossas faturas|para o numero que consta das nossas faturas|pelo numero indicado nas nossas faturas}',
    '{op het nummer op onze facturen|het nummer dat op onze facturen staat}',
    '{al numero indicato nelle nostre fatture|al numero riportato nelle nostre fatture}',
    '{the number on our invoices|the number printed on our invoices|the number shown on our invoices}',
    '{al numero|al telefono} que ya {tiene|tienes|conoce|conoces}',
    '{para o numero|pelo numero|no numero} que {ja tem|ja conhece|voce ja tem}',
    'op het {nummer|telefoonnummer} dat u al {heeft|kent}',
    '{al numero|al recapito} che {gia conosce|conosce gia|ha gia|avete gia}',
    // ja (set32 g-ja-01, a genuine branch change: 「貴社お手元の弊社代表電話（既存の取引書類に記載の番号）にて…ご確認のお電話を」)
    '{お手元の|既存の取引書類に記載の|ご登録済みの}{弊社代表電話|代表電話|電話番号|お電話番号}',
    'ご確認のお電話',
  ],
};
