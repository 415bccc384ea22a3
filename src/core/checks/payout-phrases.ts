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
  | 'never'; //  the sender's own warning that it never asks for bank details so (a genuine notice's footer)

export const PAYOUT_FAMILIES: readonly PayoutFamily[] = ['payout', 'details', 'forfeit', 'never'];

export const PAYOUT_PHRASES: Readonly<Record<PayoutFamily, readonly string[]>> = {
  payout: [
    '{tax|council tax|energy|overpayment|contribution|pension|benefit|deposit} refund',
    '{eligible|entitled} {to|for} a refund',
    '{refund|reimbursement|payment|supplement|compensation} of {£|$|€|r$|usd|eur|gbp}',
    // pt es fr de it nl pl tr (accents folded)
    '{reembolso|restituicao|devolucao|reembolsos} {de|das|do|no valor|disponivel}',
    '{direito a|tem direito|tiene derecho a} {um|una|un} {reembolso|devolucion|restituicao}',
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
    '{逾期未|将被取消|將被取消|视为放弃|視為放棄|自动作废|自動作廢}',
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
};
