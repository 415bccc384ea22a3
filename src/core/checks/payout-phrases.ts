/**
 * The wording of the payout-for-bank-details script (issue #16, challenge set 26): money said to be waiting for the
 * reader from an agency, a utility or a fund (a tax or contribution refund, a pension supplement, a returned deposit,
 * a compensation), which the reader is to collect by entering or confirming a bank card or account, before a date
 * after which it is forfeited. Sources: HMRC's "tax refund" phishing examples (GOV.UK "Examples of HMRC related
 * phishing emails"), the Russian Social Fund's warnings on "перерасчёт пенсии" mail, Portugal's Segurança Social and
 * Autoridade Tributária alerts on "reembolso ... confirme o IBAN", Thailand's PEA/MEA warnings on the "คืนเงินประกัน
 * การใช้ไฟฟ้า" LINE kit, Japan's 国税庁 and 消費者庁 alerts on 還付金 mail, Spain's Agencia Tributaria and Germany's BZSt
 * alerts. Written and matched as lure-phrases.ts describes (accents folded); every script is here together, because
 * the table waits in the money-route chunk (payout-details.ts asks for it only for a message with somewhere to go that
 * names money and a bank or card).
 */

export type PayoutFamily =
  | 'payout' // money waiting for the reader: a refund, a supplement, a returned deposit, a compensation
  | 'details' // the reader's bank card or account to be entered or confirmed, to receive it
  | 'forfeit' // otherwise it is cancelled, archived, annulled or kept: the deadline's threat
  | 'never' //  the sender's own warning that it never asks for bank details so (a genuine notice's footer)
  | 'sold' //   the buyer has paid for the reader's listing (the marketplace payout kit, below)
  | 'release' // … and the money is the reader's "to receive" or "to release" …
  | 'claim' //   … once the reader confirms the sale, the receipt or their details on the page
  | 'failed'; // the payment said to have failed already ("we could not transfer your refund"): the details re-asked

export const PAYOUT_FAMILIES: readonly PayoutFamily[] = [
  'payout',
  'details',
  'forfeit',
  'never',
  'sold',
  'release',
  'claim',
  'failed',
];

export const PAYOUT_PHRASES: Readonly<Record<PayoutFamily, readonly string[]>> = {
  payout: [
    '{tax|council tax|energy|overpayment|contribution|pension|benefit|deposit} refund',
    '{eligible|entitled} {to|for} a refund',
    '{refund|reimbursement|payment|supplement|compensation} of {£|$|€|r$|usd|eur|gbp}',
    // pt es fr de it nl pl tr (accents folded)
    '{reembolso|restituicao|devolucao|reembolsos} {de|das|do|no valor|disponivel}',
    '{direito a|tem direito|tiene derecho a} {um|una|un} {reembolso|devolucion|restituicao}',
    // set34 (PT IRS refund on a hacked WordPress page): "apurámos um reembolso a seu favor … Para receber o reembolso".
    '{reembolso|restituicao|devolucion} a {seu|su} favor',
    '{para receber|para recibir|pour recevoir|per ricevere} {o|el|le|il|votre|vostro} {reembolso|remboursement|rimborso}',
    '{devolucion|reembolso} {de la fianza|del deposito|de impuestos|de la renta|disponible}',
    '{remboursement|trop-percu} {de|d|disponible|en attente}',
    '{steuerruckerstattung|ruckerstattung|erstattung|ruckzahlung|gutschrift} {von|in hohe|uber|ihrer}',
    '{rimborso|restituzione} {di|del|fiscale|irpef|disponibile}',
    '{teruggave|terugbetaling|restitutie} {van|belasting|beschikbaar}',
    '{zwrot|nadplata|nadplaty} {podatku|kaucji|skladek|w wysokosci}',
    '{iade|geri odeme} {tutari|hakkiniz}',
    // vi id
    '{hoan tien|hoan thue|tien hoan|hoan tra tien}',
    '{pengembalian dana|pengembalian pajak|restitusi pajak|pengembalian deposit}',
    // ru uk
    '{доплата|доплату|компенсация|компенсацию|возврат средств|возврат налога|выплата|выплату}',
    '{доплата|доплату|компенсація|компенсацію|повернення коштів|повернення податку|виплата|виплату}',
    // th
    '{คืนเงินประกัน|เงินประกันคืน|รับเงินคืน|เงินคืนภาษี|เงินชดเชย|เงินเยียวยา}',
    // ja zh ko
    '{還付金|払い戻し|返金|給付金|未払い年金}',
    '{退税|退費|退费|退款|补贴|補助金|补助金|退還|退还}',
    '{환급금|환급|지원금|보상금}',
    // ar el
    '{استرداد|استرجاع|تعويض|مبلغ مسترد}',
    '{επιστροφή φόρου|επιστροφή χρημάτων|επιστροφή εισφορών|αποζημίωση}',
  ],
  details: [
    '{confirm|verify|update|enter|provide|submit} your {bank|card|banking|payment} {details|information|account}',
    '{confirm|verify|update|enter|provide} your {iban|account number|sort code}',
    // pt es fr de it nl pl tr (accents folded)
    '{confirmar|confirme|atualizar|atualize|indicar|indique|validar|valide} o {seu|} {iban|nib|numero de conta}',
    '{confirmar|confirme|atualizar|introduza|indique} os {seus|} dados {bancarios|do cartao}',
    // set34: "valide os seus dados … validação do IBAN", "confirme seus dados bancários" (pt-BR drops the article).
    '{confirme|confirmar|atualize|valide|validar} {seus|os seus} dados',
    '{validacao|validar|valide|confirmacao|confirmar|confirme} {do|o|de|seu|o seu} iban',
    '{confirmar|confirme|actualizar|actualice|introducir|introduzca|verificar|verifique} {sus|tus|los} datos {bancarios|de la tarjeta|de su tarjeta}',
    '{confirmar|confirme|actualizar|actualice|verificar|verifique} {su|tu} {iban|numero de cuenta|cuenta bancaria}',
    '{confirmer|mettre a jour|saisir|renseigner|verifier} {vos|votre} {coordonnees bancaires|iban|rib|donnees bancaires}',
    '{bestatigen|aktualisieren|hinterlegen|verifizieren|eingeben} sie {ihre|ihr} {bankverbindung|iban|bankdaten|kontodaten|kreditkartendaten}',
    '{ihre|ihr} {bankverbindung|iban|bankdaten|kontodaten} {bestatigen|aktualisieren|hinterlegen|verifizieren|eingeben}',
    '{confermare|conferma|aggiornare|aggiorna|inserire|inserisci|verificare|verifica} {il tuo|il suo|i tuoi|i suoi} {iban|dati bancari|dati della carta}',
    '{bevestig|bevestigen|controleer|actualiseer|vul} {uw|je} {iban|rekeningnummer|bankgegevens}',
    '{potwierdz|potwierdzic|zaktualizuj|podaj|podac|wprowadz} {numer rachunku|dane karty|dane bankowe|numer konta}',
    '{iban|banka hesap|kart} {bilgilerinizi|numaranizi} {dogrulayin|guncelleyin|girin|onaylayin}',
    // vi id
    '{xac nhan|cap nhat|nhap|cung cap} thong tin {tai khoan ngan hang|the ngan hang|the}',
    '{konfirmasi|verifikasi|perbarui|masukkan|isi} {data|nomor|informasi} {rekening|kartu}',
    // ru uk
    '{подтвердить|подтвердите|обновить|указать|укажите|ввести|введите} {реквизиты|данные банковской карты|данные карты|номер карты|банковские реквизиты}',
    '{підтвердити|підтвердіть|оновити|вказати|вкажіть|ввести|введіть} {реквізити|дані банківської картки|дані картки|номер картки}',
    // th
    '{กรอกข้อมูลบัญชีธนาคาร|กรอกข้อมูลบัญชี|ยืนยันบัญชีธนาคาร|ยืนยันข้อมูลบัญชี|กรอกเลขบัญชี|ผูกบัญชีธนาคาร}',
    // ja zh ko
    '{口座情報|振込先口座|受取口座|口座番号|カード情報}{を|の|}{ご|}{入力|登録|確認|更新}',
    '{填写|填寫|确认|確認|绑定|綁定|更新|提供}{银行卡|銀行卡|银行账户|銀行帳戶|收款账户|收款帳戶|银行帐户}',
    // The salary-subsidy kit from a company's own taken-over mailbox (set34 p-zh-01: 「扫描附件中的二维码…填写个人信息及
    // 工资卡信息」; China's cyber police warnings on 「工资补贴申领」 and 「个税补贴」 QR mail): the payroll card's details.
    '{工资卡|工資卡|薪资卡|薪資卡|银行卡|銀行卡}{信息|資料|资料|号码|號碼|账号|帳號}',
    // … or bound, filled in, registered on the page (set45 p-zh-01's 「扫码 → 填写个人信息 → 绑定工资卡 → 提交审核」).
    '{绑定|綁定|填写|填寫|登记|登記|提交|更新|确认|確認}{工资卡|工資卡|薪资卡|薪資卡}',
    '{給与振込口座|給与口座|給与受取口座}{を|の|}{ご|}{入力|登録|確認|更新}',
    '{급여계좌|급여 계좌|급여통장}{를|을|}{입력|확인|등록}',
    '{계좌정보|계좌번호|카드정보|환급계좌}{를|을|}{입력|확인|등록}',
    // ar el
    '{تأكيد|تحديث|إدخال|ادخال} {بيانات|معلومات} {حسابك البنكي|الحساب البنكي|البطاقة|بطاقتك}',
    '{επιβεβαιώστε|ενημερώστε|καταχωρίστε} {το iban|τα στοιχεία της κάρτας|τα τραπεζικά στοιχεία}',
  ],
  forfeit: [
    '{refund|payment|claim|payout} will be {cancelled|canceled|forfeited|void|lost|withdrawn}',
    '{otherwise|failure to do so|failing this|if not}',
    // pt es fr de it nl pl tr
    '{caso contrario|sera arquivado|sera anulado|sera cancelado|perdera o direito}',
    '{de lo contrario|sera anulado|sera cancelado|perdera el derecho}',
    '{sinon|a defaut|sera annule|sera perdu}',
    '{andernfalls|ansonsten|verfallt|verfallt ihr anspruch|wird storniert}',
    '{in caso contrario|altrimenti|sara annullato|verra annullato|decade}',
    '{anders|vervalt|komt te vervallen}',
    '{w przeciwnym razie|zostanie anulowany|przepadnie}',
    '{aksi takdirde|iptal edilecektir|iptal edilir}',
    // vi id
    '{se bi huy|neu khong thuc hien}',
    '{akan dibatalkan|akan hangus}',
    // ru uk
    '{будет аннулирована|будет аннулирован|будет отменена|будет отменен|не будут подтверждены|в противном случае}',
    '{буде анульовано|буде скасовано|в іншому разі|інакше}',
    // th
    '{หากไม่ดำเนินการ|จะถูกยกเลิก|จะถูกโอนเข้า|สละสิทธิ์}',
    // ja zh ko
    '{期限を過ぎ|受け取れなくな|無効とな|失効}',
    '{逾期未|将被取消|將被取消|视为放弃|視為放棄|自动作废|自動作廢|视为自动放弃|視為自動放棄|逾期视为|逾期視為}',
    '{소멸|취소됩니다|자동 취소}',
    // ar el
    '{سيتم إلغاء|وإلا}',
    '{θα ακυρωθεί|διαφορετικά}',
  ],
  never: [
    'we will never ask',
    '{never|not} ask you {for|to}',
    '{nunca|jamais|nunca le} {pedimos|pediremos|solicitamos|solicitaremos|pedira|pedimos}',
    '{nie fragen|niemals nach|wir werden sie nie}',
    '{ne vous demanderons jamais|ne demande jamais}',
    '{non chiediamo mai|non chiederemo mai}',
    '{nooit om|vragen nooit}',
    '{nigdy nie prosimy|nigdy nie poprosimy}',
    '{никогда не запрашивает|никогда не просим|никогда не запрашиваем|никогда не попросим}',
    '{ніколи не запитуємо|ніколи не просимо}',
    '{ไม่มีนโยบาย|ไม่เคยขอ}',
    '{お尋ねすることはありません|求めることはありません|お願いすることはありません|依頼することはありません}',
    '{不會要求|不会要求|絕不會|绝不会}',
    '{요구하지 않습니다|요청하지 않습니다}',
  ],
  // The marketplace payout kit (issue #16, set34: OLX Pay and OLX Доставка, leboncoin's "paiement sécurisé",
  // Kleinanzeigen's "Sicher bezahlen", and a "buyer's" message relayed by Vinted itself): the buyer "has paid", the
  // money is the seller's to receive or release, once the seller confirms the sale or their card on the linked page.
  // Sources: the platforms' own safety pages (OLX, leboncoin, Kleinanzeigen, Vinted: "we never ask you to confirm a
  // payment through a link"), Which? and Verbraucherzentrale on the fake payment-confirmation page. A real sale notice
  // says "you sold it, ship it": the money follows the delivery, no confirmation page is asked for.
  sold: [
    '{the buyer|your buyer|buyer} has {paid|already paid|completed the payment|made the payment|made payment|sent the payment}',
    '{the buyer|your buyer} paid {for|through|via|the}',
    "{i've|i have|i’ve} {already|} paid {for|through|via|by|using|the}",
    '{already|just} paid for {the|your|it}',
    '{your|the} {item|listing|ad|advert|order} has been paid',
    // The buyer named between (set26 p-en-01: "Your buyer, Kendra M., has completed payment for your listing").
    '{has completed|completed|has made|made|has sent|sent} {payment|the payment|full payment} for your {listing|item|ad|advert}',
    // fr pt es de it nl pl cs ro tr (accents folded)
    "{l'acheteur|l’acheteur|l acheteur} a {regle|paye|effectue le paiement|deja paye|deja regle}",
    '{votre annonce|votre article} a ete {reglee|regle|payee|paye}',
    '{o comprador|a compradora} {realizou o pagamento|efetuou o pagamento|fez o pagamento|pagou|ja pagou}',
    '{seu anuncio|o seu anuncio|seu produto} foi pago',
    '{el comprador|la compradora} {ha pagado|ya ha pagado|ya pago|realizo el pago|ha realizado el pago|ha efectuado el pago}',
    '{tu articulo|su articulo|tu anuncio} ha sido pagado',
    '{kaufer|kauferin} hat {bereits|schon|} {bezahlt|gezahlt|die zahlung|den betrag|den kaufpreis}',
    "{l'acquirente|l’acquirente|il compratore|l acquirente} ha {pagato|gia pagato|effettuato il pagamento}",
    'de koper heeft {betaald|al betaald|de betaling}',
    'kupujacy {oplacil|zaplacil|dokonal platnosci|juz zaplacil}',
    'kupujici {zaplatil|uhradil}',
    'cumparatorul a {platit|achitat|efectuat plata}',
    'alici {odemeyi yapti|odeme yapti|odemeyi gerceklestirdi}',
    // ru uk el ja zh ko
    '{покупатель оплатил|покупатель произвел оплату|ваше объявление оплачено|ваш товар оплачен}',
    '{покупець оплатив|покупець сплатив|покупець здійснив оплату|ваше оголошення оплачено|ваш товар оплачено}',
    '{ο αγοραστης πληρωσε|ο αγοραστης εξοφλησε|ο αγοραστης ολοκληρωσε την πληρωμη}',
    '{購入者が支払いを完了|購入者様がお支払い|买家已付款|買家已付款|买家已完成付款|買家已完成付款|구매자가 결제를 완료|구매자가 결제}',
    // set26 p-zh-02: 「您刊登的商品…已由買家完成付款，款項…目前由平台代管中」.
    '{已由買家完成付款|已由买家完成付款|已由買家付款|已由买家付款}',
  ],
  release: [
    '{to|in order to} {receive|release|collect|claim|get|unlock} {the|your} {money|funds|payment|payout|proceeds}',
    '{release|unlock} the {money|funds|payment}',
    // set26 p-en-01: "The funds are being held in a protected account until you confirm … Confirm and receive your
    // funds" (not the hold itself: a real escrow holds the money until the buyer confirms receipt).
    '{confirm|accept|verify} and {receive|collect|claim|release} {the|your} {money|funds|payment|payout}',
    // fr pt es de it nl pl cs ro tr
    "{afin de|pour} {recevoir|debloquer|percevoir} {les fonds|le paiement|l argent|l’argent|l'argent|votre paiement|le montant|vos fonds}",
    '{para|a fim de} {liberar|receber|resgatar|desbloquear} o {valor|pagamento|dinheiro|montante}',
    '{para|a fin de} {recibir|liberar|cobrar|desbloquear} el {dinero|pago|importe}',
    'um {das geld|die zahlung|den betrag|den kaufpreis} {zu erhalten|freizuschalten|freizugeben|zu empfangen}',
    "{per ricevere|per sbloccare|per riscuotere} {il pagamento|i soldi|il denaro|l importo|l’importo|l'importo|la somma}",
    'om {het geld|de betaling|het bedrag} te {ontvangen|ontgrendelen}',
    '{aby|zeby} {otrzymac|odebrac} {srodki|pieniadze|platnosc|wplate}',
    '{abyste obdrzel|pro prijeti} {penize|platby|platbu}',
    'pentru a {primi|incasa} {banii|plata|suma}',
    '{odemeyi|parayi|tutari} almak icin',
    // ru uk el ja zh
    '{чтобы получить|для получения} {деньги|денег|средства|средств|оплату|оплаты|выплату|выплаты}',
    '{щоб отримати|для отримання} {кошти|коштів|гроші|грошей|оплату|оплати|виплату|виплати}',
    '{για να λαβετε|για να παραλαβετε|για να εισπραξετε} {τα χρηματα|την πληρωμη|το ποσο}',
    '{売上金を受け取る|代金を受け取る|领取货款|領取貨款|收取货款|收取貨款}',
    '{款項暫時無法撥入|款项暂时无法拨入|款項無法撥入|款项无法拨入|認證完成後款項|认证完成后款项}',
  ],
  claim: [
    '{confirm|verify|accept|approve} {the sale|the order|the payment|the transaction|receipt of payment|your payout|the payout}',
    '{confirm|verify} {it|this|} on {this|the} {page|link|site}',
    '{confirm|verify} that you are the {seller|owner|account holder}',
    '{add|enter|provide|submit} your {payout|bank|banking|card} {details|information}',
    '{賣家金流簽署認證|賣家金流認證|賣家認證|卖家认证|卖家收款认证|賣家收款認證}',
    // fr pt es de it nl pl (the seller's own data "for receiving the payment")
    '{confirmer|confirmez|valider|validez} {vos coordonnees|la vente|la reception|le paiement|la transaction}',
    '{confirme|confirmar} {o recebimento|a venda|o pagamento|a transacao}',
    'confirmar recebimento',
    '{confirme|confirma|confirmar} {sus datos|tus datos|la venta|el cobro|el pago}',
    '{bestatigen sie|bestatige|bitte bestatigen} {den verkauf|die zahlung|den zahlungseingang|ihre daten|deine daten}',
    '{conferma|confermare|confermi} {la vendita|il pagamento|i tuoi dati|i suoi dati}',
    '{bevestig|bevestigen} {de verkoop|de betaling|je gegevens|uw gegevens}',
    '{potwierdz|potwierdzic} {sprzedaz|platnosc|dane|odbior}',
    // ru uk el: the details "for crediting" («реквізити для зарахування»), the sale confirmed
    '{подтвердите|подтвердить} {реквизиты|данные|продажу|получение}',
    '{реквизиты для зачисления|реквизиты для получения|данные для зачисления}',
    '{підтвердіть|підтвердити} {реквізити|дані|продаж|отримання}',
    '{реквізити для зарахування|реквізити для отримання|дані для зарахування}',
    '{επιβεβαιωστε|επιβεβαιωση} {τα στοιχεια|την πωληση|την πληρωμη}',
  ],
  // The refund "could not be transferred" (issue #16, set34 p-pt-02: „Não foi possível efetuar a transferência porque o
  // IBAN associado ao seu NIF não se encontra validado"; HMRC's and the AT's examples of refund phishing): the payment
  // said to have failed already, so the bank details are "re-validated" on the page. An agency that failed to pay
  // writes a letter or shows it in its portal.
  failed: [
    '{we were|we are|we have been} unable to {process|transfer|send|deposit|credit|pay|complete} {your|the} {refund|payment|reimbursement|transfer}',
    '{your|the} {refund|reimbursement|payment} {could not be|was not|has not been|cannot be} {processed|transferred|sent|credited|paid|deposited}',
    'nao foi possivel {efetuar|realizar|processar|concluir} {a transferencia|o reembolso|o pagamento|a devolucao}',
    '{no ha sido posible|no fue posible|no hemos podido} {realizar|efectuar|procesar|abonar} {la transferencia|el reembolso|la devolucion|el pago}',
    "{nous n'avons pas pu|nous n’avons pas pu|impossible d'effectuer|impossible d’effectuer} {effectuer|proceder au|traiter|verser|le virement|le remboursement|votre remboursement}",
    // de: the amount often between ("wir konnten Ihnen die Rückerstattung von 318 € nicht überweisen").
    '{konnte|konnten} {ihnen|} {die|ihre} {erstattung|ruckerstattung|uberweisung|auszahlung|gutschrift|ruckzahlung}',
    '{erstattung|ruckerstattung|uberweisung|auszahlung|ruckzahlung} konnte nicht',
    'non {e stato possibile|siamo riusciti a} {effettuare|elaborare|accreditare|erogare} {il bonifico|il rimborso|il pagamento}',
    '{konden|kunnen} {de|uw|je} {teruggave|terugbetaling|uitbetaling|overboeking} niet',
    'nie {udalo sie|moglismy} {zrealizowac|przelac|wyplacic} {zwrotu|przelewu|platnosci}',
    '{не удалось перечислить|не удалось зачислить|не удалось выплатить|не удалось осуществить перевод|не вдалося перерахувати|не вдалося зарахувати|не вдалося виплатити}',
    '{振込ができませんでした|お振込みができませんでした|返金ができませんでした|還付ができませんでした|退款失败|退款失敗|退税失败|退稅失敗|无法到账|無法入帳}',
  ],
};
