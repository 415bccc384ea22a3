/**
 * The wording of the pretexts content.pretext reads (pretext.ts says what each is for; pretext-judge.ts judges):
 * written and matched as lure-phrases.ts describes (NFKC, accents folded, ASCII phrases from a word start, the others
 * with spaces removed). Every script is here together: the table waits in the "disclaimer" chunk, which every message
 * with a body fetches with its first analysis (need-hints.ts). Written from general knowledge of how each kit is
 * worded in each language (the image-rights and DMCA mail that carries an info-stealer, 2024–2026; the SIM-swap and
 * eSIM "if this wasn't you, cancel" notices; the pig-butchering opener to a "wrong" recipient), no sample copied.
 */

export type PretextFamily =
  | 'copyright' //   an infringement of the reader's use of someone's images, text or mark
  | 'sim' //         the reader's line moved to a new SIM or eSIM, or to another operator
  | 'notyou' //      "if this wasn't you, cancel the request"
  | 'recall' //      a stranger recalls a meeting, or has found the reader's address
  | 'wrong' //       "sorry, wrong person": the mistaken recipient
  | 'invest' //      the conversation moved to investment, trading or crypto
  | 'chat' //        … or to a messenger
  | 'secret' //      the reader's password, work account or bank details asked for (on a page anyone rents)
  | 'never' //        the sender's own "never enter your password here" (Google Forms' footer)
  | 'private' //      a register's own small print: a private directory, not the official register
  | 'pay' //          the fee to transfer, with a deadline
  | 'donate' //       a donation asked for (an appeal, a fundraiser), in any language
  | 'profit' //       the investment's promised profit or plans
  | 'list' //         a list of a show's attendees' or buyers' e-mail addresses
  | 'sale' //         … offered for sale: counts and pricing
  | 'bill' //         an invoice or bill to pay
  | 'cheaper' //      … cheaper if paid another way (a discount)
  | 'locked' //       a shared or sent file said to be protected, secured or encrypted
  | 'mailogin' //    … to be opened by signing in with the reader's own e-mail address or its password
  | 'mark' //        a trademark's or patent's "publication" or entry in a register, offered as a service
  | 'lapse' //       … cancelled, or the mark left open to others' filings, if the fee is not paid
  | 'echo' //        a contact form's own acknowledgement ("your message has been sent, we will reply soon")
  | 'claim' //       tokens, an airdrop or rewards the reader's wallet is "eligible" to claim
  | 'connect' //     … by connecting, syncing or validating the wallet, or typing its recovery phrase
  | 'keysafe' //    the sender's own "never share your recovery phrase, we never ask you to connect your wallet"
  | 'taxback' //     a tax refund, rebate or benefit payment waiting for the reader
  | 'pickbank'; //   … to be deposited by choosing one's bank on a page, or sent by e-Transfer

export const PRETEXT_FAMILIES: readonly PretextFamily[] = [
  'copyright',
  'sim',
  'notyou',
  'recall',
  'wrong',
  'invest',
  'chat',
  'secret',
  'never',
  'private',
  'pay',
  'donate',
  'profit',
  'list',
  'sale',
  'bill',
  'cheaper',
  'locked',
  'mailogin',
  'mark',
  'lapse',
  'echo',
  'claim',
  'connect',
  'keysafe',
  'taxback',
  'pickbank',
];

export const PRETEXT_PHRASES: Readonly<Record<PretextFamily, readonly string[]>> = {
  copyright: [
    '{copyright|trademark|image rights} {infringement|violation|claim|complaint|notice}',
    '{infringing|infringed|infringes} {on|} {my|our|the} {copyright|copyrights|trademark|images|photos|photographs}',
    '{unlicensed|unauthorized|unauthorised} use of {my|our|the} {images|photos|photographs|pictures|content|trademark}',
    'dmca {notice|complaint|takedown}',
    // de fr es it pt nl pl cs tr ro hu (accents folded)
    '{urheberrechtsverletzung|urheberrechtsverletzungen|bildrechtsverletzung|markenrechtsverletzung|verletzung des urheberrechts}',
    '{unerlaubte|unberechtigte|nicht lizenzierte} {nutzung|verwendung} {von|ihrer|meiner|unserer} {lichtbilder|lichtbildern|bilder|bildern|fotos}',
    "{violation|atteinte|infraction} {du|au|aux} {droit d'auteur|droits d'auteur|droit d’auteur|droits d’auteur}",
    'contrefacon de {marque|droits}',
    '{infraccion|violacion|vulneracion} de {los|} derechos de autor',
    "{violazione|violazioni} {del diritto d'autore|dei diritti d'autore|del diritto d’autore|dei diritti d’autore|del copyright}",
    '{violacao|infracao} de direitos autorais',
    '{violacao|infracao} {dos|de} direitos de autor',
    '{inbreuk op|schending van} {het|} auteursrecht',
    'naruszenie praw autorskich',
    'poruseni autorskych prav',
    'telif {hakki|haklari} ihlali',
    'incalcarea drepturilor de autor',
    'szerzoi jogsertes',
    // ru uk el
    '{нарушение авторских прав|нарушении авторских прав|порушення авторських прав|παραβίαση πνευματικών δικαιωμάτων}',
    // ja zh ko vi id th ar he hi
    '{著作権侵害|著作権を侵害|著作権の侵害|商標権侵害|肖像権侵害}',
    '{侵犯版权|侵犯著作权|版权侵权|侵權|著作權侵害|侵犯了我的版权}',
    '{저작권침해|저작권을침해|상표권침해}',
    '{vi pham ban quyen|xam pham ban quyen|pelanggaran hak cipta|melanggar hak cipta}',
    '{ละเมิดลิขสิทธิ์|انتهاك حقوق الطبع|انتهاك حقوق النشر|הפרת זכויות יוצרים|कॉपीराइट उल्लंघन}',
  ],
  sim: [
    '{convert|converting|switch|switching|move|moving|transfer|transferring|port|porting} your {line|number|sim|mobile number} to {esim|a new esim|a new sim|a new device|another network}',
    '{esim|sim swap|sim card replacement|sim replacement|sim change|number port|esim transfer|sim transfer} {request|activation|conversion}',
    '{to|onto} a new {esim|sim card}',
    '{request|requested} {to|a} {swap|replace|port|transfer} your {sim|number|line}',
    // de fr es it pt nl pl tr id vi (accents folded)
    '{sim-tausch|sim-kartenwechsel|esim-aktivierung|rufnummernmitnahme|wechsel zu esim}',
    '{changement|remplacement} de {carte sim|sim|votre carte sim}',
    "{activation|transfert} {de l'esim|de votre ligne|vers esim}",
    '{cambio|duplicado|sustitucion} de {tarjeta sim|sim|su sim|tu sim}',
    '{activacion de esim|portabilidad de su linea|portabilidad de tu numero}',
    '{troca de chip|troca do chip|ativacao de esim|ativacao do esim|portabilidade do seu numero|substituicao do chip}',
    '{sostituzione|cambio} {della sim|sim}',
    '{attivazione esim|portabilita del numero}',
    '{simkaart vervangen|overzetten naar esim|nummerbehoud}',
    '{wymiana karty sim|duplikat karty sim|aktywacja esim|przeniesienie numeru}',
    '{sim kart degisikligi|esim aktivasyonu|numara tasima}',
    '{penggantian kartu sim|ganti kartu sim|aktivasi esim|migrasi ke esim}',
    '{chuyen doi sang esim|doi sim|chuyen doi esim|cap lai sim}',
    // ru uk ja zh ko th ar
    '{замена sim|замену sim|перевыпуск sim|переход на esim|перенос номера|заміна sim|заміну sim|перехід на esim}',
    '{esimへの切り替え|eSIMへの切替|sim再発行|simカードの再発行|simカード再発行|機種変更のお手続き|mnp転出}',
    '{补办sim卡|补卡|换卡申请|转换为esim|esim转换|攜碼|補辦sim卡}',
    '{유심변경|유심교체|esim전환|번호이동}',
    '{เปลี่ยนซิม|ย้ายค่าย|esimใหม่}',
    '{استبدال الشريحة|تفعيل الشريحة الإلكترونية}',
  ],
  notyou: [
    "if you {did not|didn't|didn’t} {make|request|authorise|authorize} {this|the} {request|change}",
    "if {this|it} {wasn't|wasn’t|was not} you",
    "{didn't|didn’t|did not} request this?",
    "if you {did not|didn't|didn’t} {make|request} this",
    '{cancel|stop|block} {this|the|it} {request|change|transfer} {now|immediately|here|}',
    // de fr es it pt nl pl tr id vi (accents folded)
    '{falls|wenn} sie {das|dies} nicht {waren|veranlasst haben|beantragt haben}',
    "si vous n{'|’}{etes|avez} pas {a l'origine|a l’origine|fait cette demande|demande}",
    'si {no fuiste tu|no fue usted|usted no realizo|no realizaste} {esta|esta solicitud|}',
    'se {nao foi voce|voce nao fez|nao reconhece} {esta|essa|}',
    'se non {sei stato tu|hai richiesto|ha richiesto}',
    'als u {dit niet|deze aanvraag niet} {heeft|hebt}',
    '{jesli|jezeli} to nie {ty|pan|pani}',
    'bu {islemi|talebi} siz {yapmadiysaniz|gerceklestirmediyseniz}',
    '{jika|apabila} {bukan anda|anda tidak melakukan}',
    'neu {khong phai|quy khach khong} {quy khach|ban|thuc hien}',
    // ru uk ja zh ko th ar
    '{если это были не вы|если вы не запрашивали|якщо це були не ви|якщо ви не робили}',
    '{お心当たりがない場合|心当たりのない場合|お心当たりのない場合|身に覚えのない場合|ご本人でない場合}',
    '{如非本人操作|如果不是您本人|若非本人|非本人操作}',
    '{본인이아닌경우|본인이요청하지않은}',
    '{หากไม่ใช่คุณ|หากคุณไม่ได้ทำรายการ}',
    '{إذا لم تكن أنت|إذا لم تقم بهذا الطلب}',
  ],
  recall: [
    '{so|really|} {nice|great|lovely|good} {meeting|to meet|chatting with|talking to} you at',
    '{we|i} met {you|} at the',
    '{finally|just} found {the|your} {email|address|number|card}',
    '{the|your} {email|address|number} you gave me',
    '{from|at} the {wine tasting|golf day|golf outing|golf course|networking event|networking dinner|charity gala|gala dinner|cocktail party|yacht party|art exhibition|tennis club|yoga class|investment seminar}',
    // ja zh ko
    '{でご一緒した|でお会いした|でお話しした}',
    '{名刺にあった|名刺のアドレス|頂いた名刺|いただいた名刺}',
    '{上次见面|很高兴认识你|很高興認識你|上次見面}',
    '{만나서반가웠}',
  ],
  wrong: [
    '{sorry|oh sorry|apologies}{,|} {wrong person|wrong number|wrong email|wrong address|i got the wrong|i sent this to the wrong}',
    '{i think|i guess|seems} i {sent this to|emailed|messaged} the wrong {person|address|email}',
    // de fr es pt it (accents folded)
    '{entschuldigung|sorry}{,|} {falsche person|falsche nummer|falscher empfanger}',
    '{desole|pardon}{,|} {mauvaise personne|mauvais numero|erreur de destinataire}',
    '{perdon|disculpa|disculpe}{,|} {persona equivocada|numero equivocado|me equivoque de}',
    '{desculpa|desculpe}{,|} {pessoa errada|numero errado|enviei para a pessoa errada}',
    '{scusa|scusi}{,|} {persona sbagliata|numero sbagliato|ho sbagliato}',
    // ja zh ko vi id ru
    '{間違えて送って|送り先を間違え|宛先を間違え|人違いでした}',
    '{发错了|發錯了|认错人|認錯人}',
    '{잘못보냈|사람을잘못}',
    '{nham nguoi|gui nham|salah orang|salah kirim}',
    '{ошибся адресом|не тому человеку|не туда написала|не туда написал}',
  ],
  invest: [
    '{investment|investing|crypto|cryptocurrency|bitcoin|trading|forex} {opportunity|platform|plan|tips|returns|profits|app}',
    '{gold trading|forex trading|crypto trading|bitcoin trading|options trading}',
    // de fr es pt it (accents folded)
    '{investition|geldanlage|kryptowahrung|goldhandel}',
    '{investissement|crypto-monnaie|cryptomonnaie}',
    '{inversion|inversiones|criptomonedas}',
    '{investimento|investimentos|criptomoedas}',
    // ja zh ko vi id ru
    '{投資の件|投資の話|投資について|仮想通貨|暗号資産|fx取引|金の取引}',
    '{投资|投資|虚拟货币|加密货币|炒股|黄金交易}',
    '{투자|코인}',
    '{dau tu|tien ao|investasi}',
    '{инвестиции|инвестиций|криптовалют}',
  ],
  chat: [
    '{add me|text me|message me|chat} on {whatsapp|telegram|line|wechat|signal}',
    '{my|our} {whatsapp|telegram|line id|wechat|signal} {is|number|id}',
    // ja zh ko vi ru
    '{lineのid|lineを交換|ラインのid|微信号|加我微信|line帳號|카카오톡아이디|카톡아이디|zalo cua|мой телеграм|мой ватсап}',
  ],
  secret: [
    '{sign in|log in|login|logon|signin} with your {institutional|university|school|work|business|corporate|company|office 365|microsoft|outlook|email|e-mail|staff|student} {account|email|e-mail|credentials|login|password}',
    '{enter|confirm|verify|provide|update} your {password|email password|login details|login credentials|bank details|banking details|bank account details}',
    '{your|his|her} {bank details|banking details|bank account details} {for|to|so}',
    // de fr es it pt nl pl (accents folded)
    '{geben sie|bestatigen sie} {ihr passwort|ihr kennwort|ihre zugangsdaten|ihre bankverbindung|ihre bankdaten}',
    '{confirmer|confirmez|saisir|saisissez|renseigner|renseignez|verifier|verifiez} {votre compte|vos identifiants|votre mot de passe|vos coordonnees bancaires|votre rib}',
    '{datos bancarios|tu contrasena|su contrasena|tus credenciales|sus credenciales|numero de cuenta bancaria}',
    '{inicia sesion|inicie sesion} con {tu|su} {cuenta|correo|usuario}',
    '{dati bancari|la tua password|le tue credenziali|i tuoi dati di accesso}',
    '{dados bancarios|sua senha|a sua senha|suas credenciais|as suas credenciais}',
    '{uw wachtwoord|je wachtwoord|uw inloggegevens|je inloggegevens|uw bankgegevens|je bankgegevens}',
    '{twoje haslo|dane logowania|dane bankowe|numer rachunku bankowego}',
    // ja zh ko ru uk hu vi id ar
    '{パスワードを入力|パスワードをご入力|ログイン情報を入力|口座情報を入力|口座情報をご入力|口座番号を入力}',
    '{输入密码|輸入密碼|银行账户信息|銀行帳戶資料|填写银行卡|填寫銀行卡}',
    '{비밀번호를입력|계좌정보를입력|계좌번호를입력}',
    '{введите пароль|укажите пароль|банковские реквизиты|введіть пароль|банківські реквізити}',
    '{jelszavat adja meg|felhasznalonevevel es jelszavaval|bankszamlaszamat}',
    '{nhap mat khau|thong tin tai khoan ngan hang|masukkan kata sandi|nomor rekening bank}',
    '{أدخل كلمة المرور|بيانات الحساب البنكي|رقم الحساب البنكي}',
  ],
  never: [
    "{never|do not|don't|don’t} {submit|enter|share|give} {passwords|your password|bank details}",
    'we will never ask {you|} for your {password|bank details}',
    '{nunca|jamais|niemals|mai} {envie|introduzca|saisissez|communiquez|geben sie|inserire} {contrasenas|mots de passe|passwort|password|su contrasena|votre mot de passe}',
    '{パスワードを送信しないでください|パスワードは入力しないでください|切勿提交密码|切勿提交密碼}',
  ],
  private: [
    '{is|is a} private {publication|directory|register|listing|service} and {is|has} not {affiliated|associated|connected} with',
    '{is not|is in no way} {affiliated|associated|connected} with {the companies registration office|companies house|the official|any government}',
    'by {paying|payment of} this {invoice|offer|amount} you {accept|agree|enter into}',
    // de fr es it pt nl pl (accents folded)
    '{ist ein|ist ein rein} {privates verzeichnis|privates register|privater anbieter|privates unternehmen}',
    'steht in keiner verbindung {zum|zu einem|mit dem} {amtlichen|offiziellen|handelsregister}',
    '{mit zahlung|durch zahlung|mit der zahlung|durch die zahlung} des {betrags|betrages|rechnungsbetrags} kommt {der vertrag|ein vertrag|der auftrag} zustande',
    "{est une publication privee|n'a aucun lien avec le registre|n’a aucun lien avec le registre|le paiement vaut acceptation}",
    '{es una publicacion privada|no tiene relacion con el registro mercantil|el pago implica la aceptacion}',
    '{e una pubblicazione privata|non ha alcun legame con il registro|il pagamento costituisce accettazione}',
    '{e uma publicacao privada|nao tem qualquer ligacao ao registo|o pagamento implica a aceitacao}',
    '{is een private publicatie|heeft geen banden met de kamer van koophandel|staat los van de kamer van koophandel}',
    '{jest prywatnym rejestrem|nie jest powiazany z krs|nie ma zwiazku z krs}',
  ],
  pay: [
    '{payment|pay} within {7|8|10|14|30} days',
    '{total due|amount due|please transfer|payment details|bank transfer to}',
    // de fr es it pt nl pl (accents folded)
    '{zahlungsfrist|bitte uberweisen sie|bitte ueberweisen sie|gesamtbetrag|zahlbar innerhalb}',
    '{montant a payer|a regler sous|virement bancaire}',
    '{importe total|transferencia bancaria|pago en un plazo}',
    '{importo totale|bonifico bancario|pagamento entro}',
    '{valor a pagar|transferencia bancaria|pagamento devera ser efetuado}',
    '{totaal te betalen|gelieve over te maken|betaling binnen}',
    '{kwota do zaplaty|przelew na konto|termin platnosci}',
  ],
  // An appeal for donations (pretext-judge.ts reads it only beside a cryptocurrency wallet: set28 p-ar-16, a Ramadan
  // relief appeal "نستقبل التبرعات حاليًا عبر العملة الرقمية USDT" from gmail; set26 p-uk-01, a drone fundraiser
  // "Реквізити для донату … USDT (TRC20)" from ukr.net; the fake disaster and war appeals the FTC, Action Fraud and
  // Ukraine's cyber police warn of).
  donate: [
    '{donate|donation|donations|donating|fundraiser|fundraising|relief appeal|emergency appeal|give what you can}',
    '{doacao|doacoes|donativo|donativos|donacion|donaciones|faire un don|votre don|vos dons|spende|spenden|donazione|donazioni|donasi|sumbangan|bagis|bagisiniz|bagislarinizi}',
    '{التبرعات|التبرع|تبرعكم|تبرعاتكم|للتبرع|صدقة|كفالة يتيم}',
    '{донат|пожертв|на збір|зібрано|збір коштів|сбор средств|на сбор}',
    '{捐款|捐赠|捐助|寄付|募金}',
  ],
  // What an investment pitch promises beside the platform (pretext-judge.ts: investment pitch; the en_sf list posts
  // "a verified/legit crypto investment platform … you can get your profit and percentages depending on the investment
  // plans", answers to a gmail Reply-To).
  profit: [
    '{get|earn|make|receive|withdraw} {your|} {profit|profits|returns|roi}',
    '{profit|profits|returns|roi} {and percentages|daily|weekly|monthly|guaranteed|of up to|up to}',
    '{investment|trading|mining|staking} {plans|packages}',
    '{guaranteed|fixed|daily|weekly} {returns|profit|profits|roi|interest}',
    '{lucro|lucros|ganancias|rendimiento|rendite|gewinn|rendement|profitto|keuntungan} {garantido|garantizado|garantizadas|garantiert|garanti|garantito|dijamin|diario|diaria|taglich|quotidien}',
    '{прибыль|доходность|дохід|прибуток} {гарантирован|гарантован|ежедневн|щоденн}',
    '{稳赚|保证收益|保證獲利|高收益|日收益}',
  ],
  // The list seller (en_sf tune: "Would you be interested in getting Attendees Email List of SEMICON Southeast Asia
  // 2022? … We do charge for our services, would you like to see counts and pricing details?"): a show's attendees'
  // addresses, harvested or invented, for sale. Not a generic "contact list" (every CRM speaks of one).
  list: [
    '{attendees|attendee|visitors|visitor|exhibitors|exhibitor|delegates|participants|buyers|decision makers|decision-makers} {email|e-mail|mailing|contact} {list|lists|database|data}',
    '{email|e-mail|mailing|contact} {list|lists|database} of {the|} {attendees|exhibitors|visitors|delegates|decision makers}',
  ],
  sale: [
    '{counts|count|pricing|cost} {and|&} {pricing|cost|counts|price|details}',
    'interested in {acquiring|purchasing|buying|getting}',
    'we do charge',
    'would you like to see {counts|the counts|pricing|the pricing}',
  ],
  // An invoice payable to a cryptocurrency wallet, cheaper so or answered at a free mailbox (pretext-judge.ts:
  // cryptoInvoice; set34 p-es-01: a Square invoice's note "Si prefiere abonarla con un 30 % de descuento, puede enviar
  // 690 USDT (red TRC20) a la dirección T… y remitir el justificante a …@proton.me"). The invoice's word in each language.
  bill: [
    '{invoice|invoices|bill|amount due|outstanding balance}',
    '{factura|facturas|fatura|faturas|fattura|fatture|rechnung|facture|factuur|faktura|fakturu|factura fiscala|fatura bedeli}',
    '{счет на оплату|счёт на оплату|рахунок-фактура|τιμολογιο|فاتورة|请款单|发票|發票|請求書|청구서}',
  ],
  cheaper: [
    '{discount|discounted|reduced rate|pay less|cheaper}',
    '{descuento|desconto|rabatt|remise|sconto|korting|rabat|indirim|reducere|kedvezmeny}',
    '{скидк|знижк|εκπτωση|خصم|折扣|优惠|優惠|割引|할인}',
  ],
  // A file shared or sent that is "protected" and opens with the reader's own e-mail sign-in (pretext-judge.ts:
  // lockedFile; set34: a real Dropbox share's note "i file sono protetti: accedere con le credenziali della propria
  // email aziendale", a real WeTransfer's "Het document is beveiligd, open het en log in met uw zakelijke e-mailadres";
  // Microsoft's and Abnormal's write-ups of file-sharing BEC from taken-over mailboxes). A real share opens with the
  // service's own button; nobody's file asks for the reader's mailbox password.
  locked: [
    '{the|this|these|our|my} {document|documents|file|files|folder|pdf|attachment|attachments|invoice|quote|quotation} {is|are|has been|have been} {protected|secured|encrypted|locked|password protected|password-protected}',
    '{secure|secured|protected|encrypted} {document|documents|file|files|pdf|folder} {is|are|has|have|requires|require}',
    '{i file|il file|il documento|i documenti|la cartella|l allegato} {sono|e} {protetti|protetto|protetta|crittografati|crittografato}',
    '{het document|de documenten|het bestand|de bestanden|de map} {is|zijn} {beveiligd|versleuteld|beschermd}',
    '{das dokument|die dokumente|die datei|die dateien|der ordner} {ist|sind} {geschutzt|verschlusselt|gesichert|passwortgeschutzt}',
    '{le document|les documents|le fichier|les fichiers|le dossier} {est|sont} {protege|proteges|protegee|securise|securises|chiffre|chiffres}',
    '{el documento|los documentos|el archivo|los archivos|la carpeta} {esta|estan} {protegido|protegidos|protegida|cifrado|cifrados}',
    '{o documento|os documentos|o arquivo|os arquivos|o ficheiro|os ficheiros|a pasta} {esta|estao} {protegido|protegidos|protegida|criptografado|criptografados}',
    '{dokument|dokumenty|plik|pliki} {jest|sa} {zabezpieczony|zabezpieczone|chroniony|chronione|zaszyfrowany|zaszyfrowane}',
    '{dokument|dokumenty|soubor|soubory} {je|jsou} {chranen|chraneny|zabezpecen|zabezpeceny|zasifrovan|zasifrovany}',
    '{documentul|documentele|fisierul|fisierele} {este|sunt} {protejat|protejate|securizat|securizate|criptat}',
    '{ファイルは保護|保護されたドキュメント|保護されたファイル|文件已加密|文件受保护|文件受保護|文件已加密保护}',
  ],
  mailogin: [
    '{sign in|log in|login|logon} {with|using} your {business|work|company|corporate|office|microsoft|outlook|email|e-mail} {email address|e-mail address|email credentials|e-mail credentials|email password|e-mail password|mailbox password}',
    '{use|enter} your {email|e-mail|business email|work email|company email|mailbox} {credentials|password|login details}',
    '{accedere|accedi|acceda|effettuare l accesso|effettua l accesso} con {le|le tue|le sue} credenziali {della|di} {propria|tua|sua|} {email|e-mail|posta}',
    'credenziali della {propria|tua|sua} {email|e-mail|posta elettronica|casella}',
    '{log in|inloggen|meld je aan|meld u aan|log dan in} met {uw|je} {zakelijke|} {e-mailadres|emailadres|e-mailgegevens|e-mailaccount|e-mail wachtwoord}',
    '{melden sie sich|anmelden|melde dich} mit {ihrer|ihren|deiner|deinen} {geschaftlichen|} {e-mail-adresse|e-mail-zugangsdaten|e-mail zugangsdaten|e-mail-kennwort}',
    '{connectez-vous|identifiez-vous|vous connecter|se connecter} avec {vos identifiants de messagerie|votre adresse e-mail|votre adresse mail|votre adresse email|votre messagerie}',
    '{acceda|accede|ingrese|ingresa} con {su|tu} {correo|email|e-mail|cuenta de correo}',
    '{inicie|inicia} sesion con {su|tu} correo {corporativo|electronico|de empresa|profesional}',
    '{faca login|entre|acesse|inicie sessao} com {seu|o seu|sua|a sua} {e-mail|email|conta de e-mail|conta de email}',
    'zaloguj sie {sluzbowym|swoim} {adresem e-mail|adresem email|kontem e-mail|kontem pocztowym}',
    '{prihlaste se|prihlasit se} {svym|vasim|pomoci} {e-mailem|emailem|skolniho e-mailu|pracovniho e-mailu|e-mailovym uctem}',
    '{autentificati-va|conectati-va} cu {adresa de e-mail|adresa de email|datele contului de e-mail}',
    '{メールアドレスとパスワードでログイン|メールアカウントでログイン|使用邮箱账号登录|使用企业邮箱登录|使用公司邮箱登录}',
  ],
  // A trademark's or patent's "publication" in a register that is no office's, billed to an IBAN (pretext-judge.ts:
  // markFee; set28 p-pt-06: "procedemos à publicação da V/ marca no Registo Europeu de Marcas e Patentes … Decorrido o
  // prazo sem pagamento, a publicação será cancelada e a marca poderá ficar exposta a registos de terceiros"). WIPO's,
  // EUIPO's and the USPTO's warnings on misleading fee requests describe the kit: the applicant's number copied from
  // the official bulletin, a register named like the office's, a fee to a foreign account, a threat. An IP attorney's
  // invoice names the filing and its fees, never the mark left exposed; a renewal's "the registration will lapse" is
  // the office's own rule, so it is not listed.
  mark: [
    '{publication|publishing|registration|recording|listing|entry} of your {trademark|trade mark|mark|patent|design|brand}',
    'publish your {trademark|trade mark|mark|patent}',
    '{international|european|world|global|worldwide} {trademark|trade mark|patent|trademarks and patents|patents and trademarks} {register|registry|publication|database}',
    '{publicacao|registo|registro|inscricao} {da sua|da v/|da vossa|do seu|do v/|do vosso} {marca|patente|desenho}',
    '{procedemos a|procedemos ao|efetuamos a} {publicacao|registo|inscricao} da {v/|sua|vossa} marca',
    '{registo|registro} {europeu|internacional|mundial} de {marcas|patentes|marcas e patentes}',
    '{publicacion|inscripcion|registro} de su {marca|patente}',
    '{registro} {europeo|internacional|mundial} de {marcas|patentes|marcas y patentes}',
    '{publication|enregistrement|inscription} de votre {marque|brevet}',
    'registre {europeen|international|mondial} des {marques|brevets|marques et brevets}',
    '{veroffentlichung|eintragung|registrierung} ihrer {marke|markenanmeldung|patentanmeldung|patents}',
    '{europaisches|internationales} {marken|patent|marken- und patent}register',
    '{pubblicazione|registrazione|iscrizione} del {suo|vostro} {marchio|brevetto}',
    '{publicatie|registratie|inschrijving} van uw {merk|octrooi}',
    '{publikacja|publikacji|rejestracja|rejestracji} {znaku towarowego|patentu|pana znaku|panstwa znaku}',
  ],
  lapse: [
    '{publication|registration|listing|entry} will be {cancelled|canceled|removed|deleted|withdrawn}',
    'exposed to {third-party|third party|others} {registrations|filings|applications|claims}',
    '{a publicacao|o registo|o registro|a inscricao} {sera|vai ser} {cancelada|cancelado|anulada|anulado}',
    '{ficar|fica|ficara} {exposta|exposto} a {registos|registros|pedidos} de terceiros',
    '{la publicacion|la inscripcion|el registro} {sera} {cancelada|cancelado|anulada|anulado}',
    '{quedar|quedara|queda} {expuesta|expuesto} a {registros|solicitudes} de terceros',
    '{la publication|l inscription|l enregistrement} sera {annulee|annule|supprimee|supprime}',
    '{exposee|expose|exposees} {aux|a des} {depots|enregistrements} {de tiers|par des tiers}',
    '{veroffentlichung|eintragung} wird {storniert|geloscht|annulliert|aufgehoben}',
    'wird die {veroffentlichung|eintragung} {storniert|geloscht|annulliert|aufgehoben}',
    'den {anmeldungen|eintragungen} {dritter|durch dritte} {ausgesetzt|schutzlos}',
    '{la pubblicazione|l iscrizione|la registrazione} {sara|verra} {annullata|cancellata}',
    '{esposto|esposta} a {registrazioni|depositi|domande} di terzi',
    '{de publicatie|de inschrijving|de registratie} wordt {geannuleerd|geschrapt|ingetrokken}',
    '{publikacja|rejestracja} {zostanie} {anulowana|usunieta}',
    // The same threat worded as what the fee keeps (set44 p-en-13: "To maintain the publication of your trademark in
    // our Private Trademark Register … payment must be received by the due date"): an office publishes a mark once,
    // in its gazette, and never bills for keeping it published. Not the registration or entry kept (`aufrechterhalten`
    // is the DPMA's and the USPTO's own word for a renewal: "to maintain your registration, file … and pay").
    '{maintain|keep|continue} the {publication|listing} of your {trademark|trade mark|mark|patent}',
    '{mantener|conservar} la publicacion de su {marca|patente}',
    '{manter|conservar} a publicacao da {sua|vossa|v/} {marca|patente}',
    '{maintenir|conserver} la publication de votre {marque|brevet}',
    'die veroffentlichung ihrer {marke|patents} {aufrechtzuerhalten|aufrechterhalten|zu erhalten}',
    '{mantenere|conservare} la pubblicazione del {suo|vostro} {marchio|brevetto}',
  ],
  // A web site's contact-form acknowledgement, which copies the form's name or subject field into its first line:
  // spammers type their lure and link into that field and give the victim's address, so the site's own server sends
  // it (pretext-judge.ts: formEcho; the en_sf tuning half's "❤️ Brenda want to meet you! Click Here: http://… ❤️ su
  // email ha sido enviado correctamente. Le contestaremos lo más pronto posible", through a company's PHPMailer form;
  // the "form spam" and "autoresponder abuse" the WordPress contact-form plugins' documentation describes).
  // The wallet drainer's airdrop or "validation" (pretext-judge.ts: walletClaim; set36 p-en-07: "Wallets that bridged
  // … are eligible for the third LPT distribution … Allocations that are not claimed within 14 days return … Check
  // eligibility & claim … Connect the wallet you used"; the MetaMask, Ledger, Trust Wallet "sync / validate /
  // rectify your wallet" kits and the token-migration ones that Chainabuse, ScamSniffer and the wallets' own support
  // pages warn of). The reward the wallet may claim, in en es pt fr de it nl pl cs tr ro hu id vi (accents folded),
  // ru uk ja zh ko th ar.
  claim: [
    'claim your {airdrop|tokens|token|rewards|reward|allocation|nft|nfts|free tokens|bonus|share}',
    'your {estimated|token|airdrop|} allocation',
    '{allocations|tokens|rewards|airdrops} {that are|} not claimed',
    '{unclaimed|pending} {tokens|rewards|airdrop|allocation|allocations}',
    '{wallet|wallets|your wallet|your address} {is|are} eligible',
    "{you are|you're|you have been} eligible {for|to claim}",
    'check {your|} eligibility',
    '{before|after} the snapshot',
    '{airdrop|token|reward|allocation} {is live|is now live|are live|is ready|are ready|ready to claim|claim is open}',
    '{ready to claim|available to claim|eligible to claim}',
    '{reclama|reclame|reclamar|canjea} {tu|su|tus|sus} {airdrop|tokens|recompensas|asignacion}',
    '{resgate|resgatar|reivindique} {seu|seus|o seu|os seus} {airdrop|tokens|recompensas}',
    '{tu|su|sua|seu} {billetera|cartera|carteira|wallet} {es|e|esta} elegivel',
    '{es elegible|eres elegible|e elegivel|esta elegivel|voce e elegivel}',
    '{reclamez|reclamer|recuperez} {votre|vos} {airdrop|jetons|tokens|recompenses|allocation}',
    '{votre portefeuille est eligible|vous etes eligible}',
    '{fordern sie|beanspruchen sie|sichern sie sich} {ihre|ihren} {airdrop|token|tokens|belohnung|belohnungen|zuteilung}',
    '{ihre wallet ist berechtigt|sie sind berechtigt}',
    '{richiedi|riscatta|reclama} {il tuo|i tuoi} {airdrop|token|premi|ricompense}',
    '{il tuo wallet e idoneo|sei idoneo|risulti idoneo}',
    '{claim je|claim uw|ontvang je|ontvang uw} {airdrop|tokens|beloning|beloningen}',
    '{uw wallet komt in aanmerking|je wallet komt in aanmerking}',
    '{odbierz|odbierz swoj|odbierz swoje} {airdrop|tokeny|nagrode|nagrody}',
    '{vyzvednete si|vyzvedni si|ziskejte} {airdrop|tokeny|odmenu|odmeny}',
    "{airdrop'inizi|tokenlerinizi|odulunuzu} {talep edin|alin}",
    '{revendica|revendicati} {airdrop|tokenurile|recompensa}',
    '{igenyelje|igenyeld} {az airdropot|a tokeneket|a jutalmat}',
    '{klaim|klaim airdrop|klaim token|dompet anda memenuhi syarat}',
    '{nhan airdrop|nhan token|vi cua ban du dieu kien}',
    '{получите|заберите|заявите} {airdrop|аирдроп|токены|награду}',
    '{ваш кошелек|ваш кошелёк|ваш гаманець} {имеет право|має право|подходит}',
    '{エアドロップを受け取|エアドロップの受け取り|トークンを受け取|受け取り対象}',
    '{领取空投|领取代币|領取空投|領取代幣|空投资格|空投資格}',
    '{에어드랍을받|에어드롭을받|토큰을받|에어드랍수령|에어드롭수령}',
    '{รับแอร์ดรอป|รับโทเคน|เคลมแอร์ดรอป}',
    '{احصل على الإيردروب|المطالبة بالتوكنات|استلم الإيردروب|محفظتك مؤهلة}',
  ],
  connect: [
    '{connect|link|sync|synchronize|synchronise|validate|verify|rectify|reactivate|whitelist|authenticate} {your|the|a} {wallet|metamask|trust wallet|web3 wallet|crypto wallet}',
    '{connect|sync|synchronize|synchronise|validate|verify|rectify|reactivate|authenticate} your {ledger|ledger live|ledger device}',
    '{connect|connecting} {wallet|a wallet|your wallet}',
    '{re-validate|revalidate|re-verify|reverify|resync|re-sync|re-connect|reconnect} {your|the} wallet',
    'migrate your {tokens|assets|funds|wallet|holdings}',
    '{enter|type|provide|confirm|import|submit|verify|input} your {12-word|12 word|24-word|24 word|secret|seed|recovery|mnemonic} {phrase|recovery phrase|words}',
    '{import|restore} your wallet',
    '{conecta|conecte|conectar|sincroniza|sincronice|sincronize|valida|valide|verifica|verifique} {tu|su|sua|a sua} {billetera|cartera|carteira|wallet}',
    '{connectez|connecter|synchronisez|validez|verifiez} votre {portefeuille|wallet}',
    '{verbinden sie|verbinde|synchronisieren sie|validieren sie|verifizieren sie} {ihre|deine} wallet',
    '{ihre|deine} wallet {verbinden|synchronisieren|validieren|verifizieren}',
    '{collega|connetti|sincronizza|convalida|verifica} il tuo {wallet|portafoglio}',
    '{verbind|koppel|synchroniseer|valideer|verifieer} {je|uw} wallet',
    '{polacz|podlacz|zsynchronizuj|zweryfikuj} {swoj portfel|portfel}',
    '{pripojte|pripoj|synchronizujte|overte} {svou penezenku|penezenku}',
    '{cuzdaninizi|cuzdanini} {baglayin|baglayiniz|dogrulayin|senkronize edin}',
    '{conectati|conecteaza|sincronizati|validati} portofelul',
    '{csatlakoztassa|csatlakoztasd|szinkronizalja|ellenorizze} {a tarcajat|a walletjet|a penztarcajat}',
    '{hubungkan|sinkronkan|validasi|verifikasi} dompet',
    '{ket noi|dong bo|xac minh|xac thuc} vi',
    '{подключите|синхронизируйте|верифицируйте|подтвердите} {кошелек|кошелёк|свой кошелек|свой кошелёк}',
    '{підключіть|синхронізуйте|верифікуйте|підтвердіть} {гаманець|свій гаманець}',
    '{ウォレットを接続|ウォレットの接続|ウォレットを同期|ウォレットを検証|リカバリーフレーズを入力|シードフレーズを入力}',
    '{连接钱包|連接錢包|连接您的钱包|連接您的錢包|同步钱包|同步錢包|验证钱包|驗證錢包|输入助记词|輸入助記詞}',
    '{지갑을연결|지갑연결|지갑을동기화|지갑인증|복구구문을입력|시드구문을입력}',
    '{เชื่อมต่อกระเป๋า|เชื่อมต่อวอลเล็ต|ยืนยันกระเป๋า}',
    '{اربط محفظتك|قم بربط محفظتك|مزامنة محفظتك|تحقق من محفظتك}',
  ],
  keysafe: [
    "{never|do not|don't|don’t} share your {seed|recovery|secret recovery|mnemonic|secret} phrase",
    'will never ask {you|} {for|to} {your|share your|enter your|connect your} {seed|recovery|secret|wallet|private}',
    '{nunca|jamais|niemals|mai|nooit} {compartas|compartilhe|partagez|teilen sie|condividere|deel} {tu|sua|votre|ihre|la tua|je|uw} {frase|phrase|seed}',
  ],
  // The tax office's refund "sent by e-Transfer" or deposited by picking one's bank (pretext-judge.ts: refundDeposit;
  // set37 p-en-05: "eligible to receive a tax refund of $486.20 … Your refund has been sent via INTERAC e-Transfer.
  // To deposit the funds, select your financial institution"; the CRA's, HMRC's, ATO's and IRS's own scam pages on
  // refunds by text or mail, and the bank-picker pages behind them). The refund, in en fr es pt de it nl.
  taxback: [
    '{tax|income tax|tax return} {refund|rebate|reimbursement}',
    '{gst/hst|gst|hst|carbon|canada carbon} {credit|rebate} {payment|refund|deposit}',
    '{eligible|entitled} to {receive|a} {a|} {tax|} refund',
    "{remboursement|remboursements} {d'impot|d’impot|d'impots|d’impots|de taxes|fiscal}",
    '{devolucion|reembolso} {de impuestos|del irpf|de la renta|fiscal}',
    '{restituicao|reembolso} {do irs|de impostos|do imposto de renda}',
    '{steuererstattung|steuerruckerstattung|steuerrueckerstattung}',
    '{rimborso fiscale|rimborso irpef|rimborso delle tasse}',
    'belastingteruggave',
  ],
  pickbank: [
    '{select|choose|pick} your {financial institution|bank}',
    '{sent|issued|transferred|deposited} {to you|} {via|by|through} {interac|an interac|interac e-transfer}',
    '{selectionnez|choisissez} votre {institution financiere|banque|etablissement financier}',
    '{seleccione|elija|selecciona|elige} su banco',
    '{selecione|escolha} o seu banco',
    '{wahlen sie|wahle} {ihre|deine} bank',
    '{selecteer|kies} {uw|je} bank',
    '{seleziona|scegli} la {tua|sua} banca',
  ],
  echo: [
    '{thank you|thanks} for {contacting us|getting in touch|reaching out to us|your message|your enquiry|your inquiry|your submission}',
    'we have received your {message|enquiry|inquiry|request|submission|e-mail|email}',
    'your {message|enquiry|inquiry|request|submission|e-mail|email} has been {sent|received|submitted|delivered}',
    'we will {get back to you|reply to you|respond to you|contact you|answer you} as soon as possible',
    '{gracias por ponerse en contacto|gracias por contactar|gracias por contactarnos|gracias por su mensaje|hemos recibido su mensaje}',
    '{su|tu} {email|e-mail|mensaje|correo|consulta} ha sido enviad{o|a} {correctamente|con exito}',
    '{le|te} {contestaremos|responderemos} {lo mas pronto posible|lo antes posible|a la mayor brevedad}',
    '{obrigado|obrigada} {por entrar em contato|por entrar em contacto|pelo seu contacto|pelo seu contato|pela sua mensagem}',
    '{a sua|sua} mensagem foi enviada',
    '{recebemos a sua mensagem|recebemos sua mensagem|responderemos o mais breve possivel|responderemos com a maior brevidade}',
    '{vielen dank|danke} fur ihre {nachricht|anfrage|kontaktaufnahme}',
    '{wir haben ihre nachricht erhalten|ihre nachricht wurde erfolgreich versendet|ihre nachricht wurde versendet|ihre nachricht wurde gesendet|ihre anfrage wurde ubermittelt}',
    '{merci de nous avoir contactes|merci pour votre message|nous avons bien recu votre message|votre message a bien ete envoye|nous vous repondrons dans les plus brefs delais}',
    '{grazie per averci contattato|grazie per il tuo messaggio|abbiamo ricevuto il tuo messaggio|il tuo messaggio e stato inviato|ti risponderemo al piu presto}',
    '{bedankt voor uw bericht|bedankt voor je bericht|wij hebben uw bericht ontvangen|uw bericht is verzonden|we nemen zo snel mogelijk contact}',
    '{dziekujemy za kontakt|dziekujemy za wiadomosc|twoja wiadomosc zostala wyslana}',
    '{спасибо за обращение|ваше сообщение отправлено|ваше сообщение успешно отправлено|お問い合わせありがとうございます|お問い合わせを受け付けました}',
  ],
};
