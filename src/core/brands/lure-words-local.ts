/**
 * The words a phishing domain joins to a brand's name, in the languages the table's brands are from, as people write
 * them in domain names: ASCII, accents dropped (`bestaetigung`, `securite`), romanised where the language has
 * another script (Greek `asfaleia`, Russian `vozvrat`, Japanese `honninkakunin`, Korean `hwangeup`), glued or dashed
 * (`nbg-asfaleia.gr`, `inpost-doplaty.pl`, `spk-sicherheitsverfahren.de`, `skat-refusion.dk`, `post-onlinedienst.de`).
 * Data only, read by lookalike-host-words.ts (a chunk the browsers fetch for a message whose sender or link domain
 * holds a brand's name beside other words). English and the most common Spanish, Portuguese, German, French, Italian
 * and Dutch words are lookalike.ts LURE_WORDS, loaded with every message.
 *
 * What stays out, in every language: what brands name their own sites, subsidiaries and products with (parcel,
 * delivery, tracking, express, post, shop, card, insurance: `dhlparcel.nl`, `santander-seguros`, InPost's
 * `szybkiezwroty.pl`, Posti's returns), and words that are a brand's own name somewhere (Finnish `vero`, `tulli`; the
 * Saudi `sadad`). A word counts only beside a brand's name: `sicherheit-online.de` names no brand and stays clean.
 */

/**
 * Words of a sign-in, verification or money page: the account, its security, its unlocking, a payment or refund
 * owed, customs, a fine, a surcharge. Read in sender and link domains alike.
 */
export const PAGE_WORDS: readonly string[] = [
  // English beyond LURE_WORDS: the parcel's surcharge and customs, the account's confirmation.
  'customs duty surcharge confirmation authentication authenticate identity identification procedure overdue ' +
    'outstanding arrears settlement reimbursement compensation secured blocked reactivate reactivation',
  // German: Sicherheitsverfahren, Bestätigung, Rückerstattung, Nachzahlung, Zoll, Entsperrung, Anmeldung.
  'sicherheits verfahren sicherung bestaetigung bestatigung bestaetigen bestatigen aktualisieren erstattung ' +
    'rueckerstattung ruckerstattung nachzahlung nachgebuehr gebuehr gebuehren gebuhr gebuhren zoll zollgebuehr ' +
    'anmeldung anmelden entsperren entsperrung freischaltung sperrung gesperrt pruefung ueberpruefung verifikation ' +
    'legitimation identifizierung mitteilung benachrichtigung warnung rueckzahlung steuer mahnung bussgeld ' +
    'erinnerung ausstehend ' +
    // The account's update or changeover page (`sparkasse-pushtan-aktualisierung.de`, `…-pushtan-umstellung.de`).
    'aktualisierung umstellung aktivierung',
  // French: vérification, confirmation, mise à jour, douane, connexion, déblocage, impôts.
  'verifier confirmer miseajour rembourser payer douane douanes connexion identifiant debloquer deblocage ' +
    'alerte regulariser impots impot taxe suspendu suspension securise',
  // Spanish: verificar, actualizar, devolución, desbloqueo, recargo, impuestos.
  'verificar actualizar actualizacion confirmar confirmacion devolucion reintegro desbloqueo desbloquear bloqueo ' +
    'bloqueado validar validacion clave recargo tasa tasas impuesto impuestos alerta suspendida suspendido ' +
    'reactivar restablecer sesion',
  // Portuguese: verificação, confirmação, desbloqueio, alfândega, senha, estorno.
  'verificacao confirmacao desbloqueio bloqueio alfandega imposto impostos devolucao estorno validacao senha ' +
    'recadastramento recadastro reembolso',
  // Italian: aggiornamento, conferma, sblocco, dogana, sanzione, convalida.
  'verifiche aggiornamento aggiorna conferma confermare pagamento sblocco sbloccare bloccato blocco dogana tassa ' +
    'tasse sanzione accedi avviso notifica convalida identificazione sospeso sospensione rimborsi',
  // Dutch: bevestiging, terugbetaling, douane, inloggen, ontgrendelen, toeslag.
  'verifieren bevestigen bevestiging bijwerken terugbetaling teruggave restitutie betalen inloggen aanmelden ' +
    'invoerrechten toeslag blokkering geblokkeerd deblokkeren ontgrendelen controle melding beveiligd herstel',
  // Polish: dopłata, opłata, płatność, weryfikacja, potwierdzenie, logowanie, odblokowanie, cło.
  'doplata doplaty oplata oplaty platnosc platnosci zaplata weryfikacja potwierdzenie potwierdz aktualizacja ' +
    'bezpieczenstwo logowanie zaloguj odblokuj odblokowanie blokada oclenie podatek mandat zablokowane',
  // Czech: ověření, potvrzení, platba, poplatek, doplatek, přihlášení, účet, clo.
  'overeni potvrzeni aktualizace bezpecnost platba platby poplatek doplatek doplatit vraceni prihlaseni ucet ' +
    'odblokovani celni pokuta',
  // Greek: ασφάλεια, επαλήθευση, επιβεβαίωση, ενημέρωση, πληρωμή, επιστροφή, τελωνείο.
  'asfaleia asfalia epalitheusi epalithefsi epivevaiosi enimerosi pliromi pliromes epistrofi logariasmos ' +
    'syndesi teloneio prostimo xreosi',
  // Turkish: güvenlik, doğrulama, onay, güncelleme, ödeme, iade, hesap, giriş, gümrük.
  'guvenlik dogrulama onay onayla guncelleme guncelle odeme iade hesap giris gumruk vergi ceza borc blokaj ' +
    'sifre bildirim uyari',
  // Romanian: securitate, verificare, confirmare, actualizare, plată, rambursare, vamă, autentificare.
  'securitate verificare confirmare actualizare plata plati rambursare vama autentificare deblocare amenda ' +
    'impozit',
  // Hungarian: biztonság, ellenőrzés, megerősítés, frissítés, fizetés, visszatérítés, vám, bejelentkezés.
  'biztonsag biztonsagi ellenorzes megerosites frissites fizetes visszaterites vamdij potdij bejelentkezes ' +
    'feloldas birsag',
  // Swedish: säkerhet, verifiering, bekräftelse, uppdatering, betalning, återbetalning, avgift, tull.
  'sakerhet verifiering bekraftelse bekrafta uppdatering uppdatera betalning aterbetalning aterbaring avgift ' +
    'tull inloggning',
  // Danish: sikkerhed, bekræftelse, opdatering, refusion, tilbagebetaling, gebyr, told.
  'sikkerhed bekraeftelse bekraeft opdatering opdater refusion tilbagebetaling gebyr told logind verificering ' +
    'godkendelse restskat',
  // Norwegian: sikkerhet, bekreftelse, oppdatering, refusjon, tilbakebetaling, toll.
  'sikkerhet bekreftelse bekreft oppdatering oppdater refusjon tilbakebetaling toll innlogging verifisering',
  // Finnish: turvallisuus, vahvistus, päivitys, maksu, veronpalautus, lisämaksu, tunnistautuminen.
  'turvallisuus tietoturva vahvistus vahvista paivitys paivita maksu maksut veronpalautus lisamaksu ' +
    'kirjautuminen tunnistautuminen tunnistus',
  // Russian: безопасность, проверка, подтверждение, обновление, оплата, возврат, выплата, таможня, штраф.
  'bezopasnost proverka podtverzhdenie obnovlenie oplata platezh vozvrat vyplata kompensatsiya kompensaciya ' +
    'akkaunt vhod vkhod tamozhnya poshlina nalog shtraf razblokirovka blokirovka uvedomlenie',
  // Ukrainian: безпека, перевірка, підтвердження, оновлення, платіж, повернення, виплата, допомога.
  'bezpeka perevirka pidtverdzhennia onovlennia platizh povernennia dopomoga dopomoha mytnytsia podatok ' +
    'kompensatsiia',
  // Arabic: تحديث, تحقق, تأكيد, استرداد, حساب, جمارك, ضريبة, مخالفة.
  'tahdith tahqiq taakid istirdad hisab jamarik daribah mukhalafa mukhalafat',
  // Hebrew: תשלום, מכס, אבטחה, חשבון, אישור, עדכון, קנס.
  'tashlum mekhes avtacha heshbon ishur idkun knas',
  // Indonesian and Malay: keamanan, verifikasi, konfirmasi, pembayaran, tagihan, akun, bea cukai, pajak, denda.
  'keamanan verifikasi konfirmasi pembaruan pembayaran bayar tagihan pengembalian akun masuk cukai pajak denda ' +
    'blokir aktivasi',
  // Vietnamese, as written without tones and glued: bảo mật, xác minh, cập nhật, thanh toán, hoàn tiền, tài khoản.
  'baomat xacminh xacthuc capnhat thanhtoan hoantien taikhoan dangnhap haiquan mokhoa',
  // Thai, romanised: ยืนยัน (confirm), ชำระ (pay), บัญชี (account), คืนเงิน (refund).
  'yuenyan yunyan chamra banchi khuenngoen kuenngern',
  // Japanese romaji: 本人確認, 確認, 更新, 支払い, 返金, 還付, 未払い, 請求, 手続き, 停止, 不在, 再配達.
  'honnin kakunin koshin koushin kousin shiharai siharai henkin kanpu mibarai seikyu seikyuu tetsuzuki ' +
    'tetuzuki teishi teisi fuzai saihaitatsu saihaitatu',
  // Korean, romanised: 보안, 인증, 확인, 환불, 결제, 계정, 관세, 세금, 환급.
  'boan injeung injeong hwagin hwakin hwanbul gyeolje gyejeong gwanse segeum hwangeup hwangup',
]
  .join(' ')
  .split(' ');

/**
 * The names of the banks' sign-in procedures (S-pushTAN, chipTAN, photoTAN, SecureGo): products, so a link's domain
 * counts them only beside a page's word (`sparkasse-pushtan-aktualisierung.de`, set43 p-de-01) — never alone (a bank
 * may name a page of its own `…-pushtan`). Read by lookalike-host-words.ts.
 */
export const PROCEDURE_WORDS: readonly string[] = ['pushtan', 'chiptan', 'phototan', 'smarttan', 'securego'];

/**
 * Words of the sender's own office in those languages — service, help, customer, account, online: a look-alike
 * sender's (`post-onlinedienst.de`), never a phishing page's alone (a brand names its own customer sites so).
 */
export const SENDER_WORDS: readonly string[] = [
  // German, French, Spanish, Portuguese, Italian, Dutch.
  'dienst dienste onlinedienst kundendienst hilfe kundenbereich assistance aide soporte ayuda servicio servicios ' +
    'suporte ajuda servico servicos acesso assistenza supporto servizio servizi clienti klanten ondersteuning hulp',
  // Polish, Czech, Greek, Turkish, Romanian, Hungarian.
  'pomoc obsluga klient podpora sluzby zakaznik ypostirixi exypiretisi destek hizmet musteri asistenta suport ' +
    'servicii ugyfel ugyfelszolgalat tamogatas',
  // Nordic, Russian, Ukrainian, Arabic, Indonesian, Vietnamese, Japanese, Korean.
  'kundtjanst hjalp tjanst kundeservice hjaelp hjelp asiakaspalvelu asiakas tili tuki podderzhka sluzhba kabinet ' +
    'pidtrymka khidma khidmat bantuan layanan pelanggan hotro dichvu khachhang sapoto sapooto kaiin gogaek',
]
  .join(' ')
  .split(' ');

/**
 * Abbreviations a brand itself goes by in its own domains, each with the public source that shows it; read as the
 * brand's three-letter label is (lookalike.ts shortLookalike: a whole token, every other token a lure word, one of
 * them no product's), so the brand's own `spk-<place>.de` sites stay clean.
 */
export const ABBREVIATIONS: readonly { abbreviation: string; brand: string; domain: string; source: string }[] = [
  {
    abbreviation: 'spk',
    brand: 'sparkasse',
    domain: 'sparkasse.de',
    source:
      "Sparkassen's own sites: Sparkasse Ingolstadt Eichstätt at spk-in-ei.de (its privacy page " +
      'https://www.spk-in-ei.de/de/home/toolbar/datenschutz.html, dsb@spk-in-ei.de), Sparkasse Barnim at ' +
      'https://www.spk-barnim.de/de/home.html, Sparkasse Aachen at https://www.spk-aachen.de/blog',
  },
];
