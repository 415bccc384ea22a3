/**
 * The wording of Bitcoin extortion mail ("sextortion": "I hacked your device and recorded you through your camera; pay
 * $1,500 in Bitcoin within 48 hours or the video goes to all your contacts"), one of the commonest scams of its kind
 * and one that carries no link and names no brand. Written and matched as lure-phrases.ts describes (lure-matcher.ts's
 * phraseFinder), in English, Japanese, Chinese, Portuguese, Spanish, German, French, Dutch and Italian.
 *
 * Sources: the script as consumer and police warnings quote it — the FBI IC3's and the FTC's sextortion alerts
 * ("I have access to your device", "recorded you", "send the video to your contacts", "pay in Bitcoin"), the German
 * Verbraucherzentrale and the Dutch Fraudehelpdesk "sextortion" pages, the Japanese 警察庁/IPA warnings on
 * 「アダルトサイト閲覧中の姿を撮影した」ビットコイン要求メール; each language's wording is the ordinary phrasing of the
 * same three claims. No phrase alone decides anything: extortion.ts needs a Bitcoin address, the intrusion claim and one
more.
 */

import type { ExtortionFamily } from './extortion';

export const EXTORTION_PHRASES: Readonly<Record<ExtortionFamily, readonly string[]>> = {
  intrusion: [
    '{i|we} {hacked|have hacked|compromised|have compromised|gained access to|have access to|infected} your {device|devices|computer|phone|account|email|operating system|system}',
    '{installed|placed|planted} {a|my|} {malware|trojan|spyware|virus|rat|software} on your {device|computer|phone|system}',
    '{recorded|filmed|captured} you',
    'through your {webcam|camera|front camera}',
    '{your|the} {webcam|camera} {was|has been} {turned on|activated|recording}',
    '{adult|porn|pornographic|xxx} {site|sites|website|websites|video|videos}',
    // de
    '{ich habe|wir haben} {ihr|dein|ihren|deinen} {gerat|gerät|computer|konto|handy} {gehackt|infiziert}',
    '{sie|dich} {gefilmt|aufgenommen}',
    // fr
    "{j'ai|nous avons} {piraté|pirate|infecté|infecte|accès à} {votre|ton} {appareil|ordinateur|compte|téléphone|telephone}",
    '{filmé|filme|enregistré|enregistre} {à votre insu|par votre webcam|via votre webcam}',
    // es
    '{he hackeado|hackeé|hackee|tengo acceso a} {tu|su} {dispositivo|computadora|ordenador|cuenta|teléfono|telefono}',
    '{te|le} {grabé|grabe|he grabado} {con|a través de} {tu|su} {cámara|camara|webcam}',
    // pt
    '{hackeei|invadi|tenho acesso a|tenho acesso ao} {seu|o seu|teu} {dispositivo|computador|celular|conta|sistema}',
    '{gravei|filmei} {voce|você}',
    // it
    '{ho hackerato|ho accesso al|ho infettato} {il tuo|tuo} {dispositivo|computer|telefono|account}',
    '{ti ho|ti ho gia} {registrato|filmato}',
    // nl
    '{ik heb|wij hebben} {je|uw} {apparaat|computer|telefoon|account} {gehackt|geïnfecteerd|geinfecteerd}',
    '{je|u} {gefilmd|opgenomen} via {je|uw} {webcam|camera}',
    // ja
    '{あなたの|お使いの}{デバイス|端末|パソコン|PC|スマートフォン|スマホ|アカウント}{を|に}{ハッキング|ハック|侵入|乗っ取}',
    '{マルウェア|ウイルス|トロイの木馬|スパイウェア}{を|が}{仕込|インストール|感染}',
    '{カメラ|ウェブカメラ|Webカメラ}{で|を使って|を通じて}{撮影|録画}',
    '{アダルトサイト|アダルト動画|成人向けサイト}',
    // zh
    '{入侵|黑进|控制}了你的{设备|电脑|手机|账户|帐户}',
    '{通过|用}你的{摄像头|相机}{录下|拍下|录制}',
    // (issue #16 item 11) en, the other ways; zh-TW, ko, pt-PT, pl, cs, tr, ro, hu, sv, da, no, fi, vi, id, el, ru,
    // uk, ar, he, hi, th: each language's "I hacked your device / installed malware / recorded you via the camera"
    '{got into|broke into|have access to|gained access to} your {mailbox|inbox|email|account|device|computer|phone}',
    '{your} {computer|device|phone|system|account} {was|has been} {compromised|hacked|infected}',
    '{footage|video|videos|a video|a split-screen video|recordings} of you',
    '{駭入|入侵|駭進|控制}{了|}你的{裝置|設備|電腦|手機|帳戶|帳號}',
    '{鏡頭|攝影機|攝像頭|網路攝影機}{錄下|拍下|錄製}',
    '{木馬|木马}',
    '{기기|컴퓨터|휴대폰|계정|장치|핸드폰}{를|을}해킹',
    '{악성코드|악성 코드|스파이웨어}{를|을|}설치',
    '{카메라|웹캠}{로|으로}{녹화|촬영}',
    '{acedi|acessei|entrei} {ao|no|o} seu {computador|dispositivo|telemovel|email|e-mail}',
    '{filmei|gravei}-{o|a|te}',
    'atraves da sua {camara|camera|webcam}',
    '{zhakowalem|zhakowalam|wlamalem sie do|wlamalam sie do} {twoje|twojego|twoj|twojej|pana|pani}',
    '{nagralem|nagralam} {cie|pana|pania}',
    '{zainstalowalem|zainstalowalam} {zlosliwe|wirusa|trojana|oprogramowanie szpiegujace}',
    '{hacknul|hacknula|napadl|napadla} jsem',
    '{natocil|natocila|nahral|nahrala} jsem {vas|te}',
    '{vas|te} {natocil|nahral}',
    '{cihazinizi|bilgisayarinizi|telefonunuzu|hesabinizi} {hackledim|ele gecirdim}',
    '{truva ati|kotu amacli yazilim}',
    '{sizi|seni} {kameranizla|kamerayla|kameranla} {kaydettim|cektim}',
    'am {spart|virusat} {dispozitivul|calculatorul|telefonul|contul}',
    '{te-am|v-am} {inregistrat|filmat}',
    '{feltortem|megfertoztem} {az eszkozet|a szamitogepet|a telefonjat|az eszkozod}',
    '{felvettem|rogzitettem} {ont|teged|mikozben}',
    '{har hackat|har hacket|har hackat in pa} {din|dit|enheten|datorn|computeren}',
    '{spelade in dig|optog dig|tok opp video av deg|filmet deg|filmade dig}',
    '{hakkeroinut|murtautunut} {laitteesi|tietokoneesi|puhelimesi|tilillesi}',
    '{nauhoitin|kuvasin} sinut',
    '{da hack|hack} {thiet bi|may tinh|dien thoai|tai khoan} cua ban',
    '{quay video|quay lai|ghi hinh} ban',
    '{telah meretas|sudah meretas|meretas} {perangkat|komputer|ponsel|akun} anda',
    '{merekam|memfilmkan} anda',
    '{παραβίασα|χάκαρα|μόλυνα} {τη συσκευή|τον υπολογιστή|το κινητό|τον λογαριασμό}',
    '{σας κατέγραψα|σας βιντεοσκόπησα|σας τράβηξα}',
    '{взломал|взломала|взломали} {ваш|вашу|твой|твою}',
    '{записал|записала|снял|сняла} {вас|тебя}',
    '{зламав|зламала|зламали} {ваш|вашу|твій|твою}',
    '{записав|записала|зняв|зняла} {вас|тебе}',
    '{اخترقت جهازك|لقد اخترقت|قمت باختراق|قمت بتسجيلك|صورتك}',
    '{פרצתי|צילמתי אותך|הקלטתי אותך}',
    '{हैक कर लिया|वीडियो रिकॉर्ड|रिकॉर्ड कर लिया}',
    '{แฮกอุปกรณ์|แฮ็กอุปกรณ์|บันทึกวิดีโอคุณ|ติดตั้งมัลแวร์}',
  ],
  exposure: [
    '{send|forward|share|distribute|release|upload|publish} {the|this|that|your} {video|videos|recording|footage|clip|material|photos} to',
    'to {all|every one of|each of} your {contacts|friends|family|colleagues|relatives|social networks|email contacts}',
    '{send|forward|share} it to {all|} your {contacts|friends|family|colleagues}',
    '{make|will make} {it|the video|everything} public',
    '{everyone|all your contacts|your friends and family} will {see|know}',
    // de
    '{an alle|allen} {ihre|deine} {kontakte|freunde|kollegen|familie}',
    '{veröffentlichen|veroffentlichen|verschicken} das video',
    // fr
    '{à tous|a tous} vos {contacts|amis|collègues|collegues|proches}',
    '{rendre|sera rendue|sera rendu} {public|publique}',
    // es
    'a todos {tus|sus} {contactos|amigos|familiares|colegas}',
    '{publicaré|publicare|enviaré|enviare} el {video|vídeo}',
    // pt
    'para todos os seus {contatos|contactos|amigos|familiares|colegas}',
    '{publicarei|enviarei|divulgarei} o {video|vídeo}',
    // it
    'a tutti i tuoi {contatti|amici|familiari|colleghi}',
    '{pubblicherò|pubblichero|invierò|inviero} il video',
    // nl
    'naar al {je|uw} {contacten|vrienden|familie|collega}',
    // ja
    '{すべての|全ての|全}{連絡先|知人|友人|家族|同僚}{に|へ}{送信|送付|送り|拡散|公開}',
    '{動画|映像|写真}{を|は}{公開|拡散|ばらま}',
    // zh
    '{发送|发给|公开给}你{所有的|的所有|的}{联系人|朋友|家人|同事}',
    // (issue #16 item 11)
    'goes {out|} to {all|every one of|each of|everyone in} your',
    'everyone in your {address book|contact list|contacts}',
    '{傳給|發給|寄給|發送給|公開給}你{所有的|的所有|的}{聯絡人|朋友|家人|同事}',
    '{모든|전체}{연락처|지인}{에|에게|로}',
    '{sera enviado|sera divulgado|sera publicado} a todos',
    'a todos os seus {contactos|contatos}',
    '{mandare|enviare|compartire|subire} el {video|video}',
    'a tus {familiares|amigos|contactos|companeros}',
    '{wszystkim|do wszystkich} {twoim|twoich|pana|pani} {kontaktom|kontaktow|znajomym|znajomych}',
    '{wysle|rozesle|opublikuje} {nagranie|film|wideo}',
    'vsem {vasim|tvym} {kontaktum|pratelum|znamym}',
    '{poslu|rozeslu|zverejnim} {video|nahravku}',
    'tum {kisilerinize|arkadaslariniza|ailenize|rehberinizdeki}',
    'videoyu {gonderecegim|paylasacagim|yayinlayacagim}',
    'tuturor {contactelor|prietenilor}',
    'voi {trimite|publica} {videoclipul|inregistrarea|filmul}',
    '{osszes|minden} {ismerosenek|ismerosodnek|kontaktjanak}',
    '{elkuldom|kozzeteszem} a {videot|felvetelt}',
    '{alla|till alla} dina kontakter',
    'alle {dine kontakter|kontaktene dine|dine venner}',
    '{skickar jag|sender jeg} {videon|videoen}',
    '{kaikille yhteystiedoillesi|kaikille ystavillesi}',
    'lahetan {videon|tallenteen}',
    'tat ca {danh ba|ban be|nguoi than}',
    '{semua kontak anda|seluruh kontak anda}',
    '{όλες τις επαφές σας|σε όλες τις επαφές|θα στείλω το βίντεο}',
    '{всем вашим|всем твоим} {контактам|друзьям|знакомым|коллегам}',
    '{отправлю|разошлю|опубликую} {видео|запись}',
    '{всім вашим|всім твоїм} {контактам|друзям|знайомим}',
    '{надішлю|розішлю|опублікую} {відео|запис}',
    '{جميع جهات اتصالك|سأرسل الفيديو|سأنشر الفيديو}',
    '{לכל אנשי הקשר|אשלח את הסרטון}',
    '{सभी संपर्कों|वीडियो भेज दूंगा}',
    '{รายชื่อติดต่อของคุณ|ส่งวิดีโอ}',
  ],
  demand: [
    '{pay|send|transfer|deposit} {me|} {the|} {amount|sum|$|usd|eur|} {of|in|} {bitcoin|btc}',
    '{in|via|using} {bitcoin|btc} to {my|this|the following} {wallet|address|bitcoin address|btc address}',
    '{my|this|the} {bitcoin|btc} {wallet|address}',
    '{bitcoin|btc} {wallet|address}:',
    '{once|after|as soon as} {i receive|i get|the payment is|payment is} {the payment|payment|received|made|confirmed}',
    "{i will|i ll|i'll} {delete|destroy|erase|remove} {the|this|that|all} {video|videos|recording|footage|evidence|data|files}",
    // de
    '{zahlen|überweisen|uberweisen|senden} sie {den betrag|mir} in bitcoin',
    '{lösche|losche|vernichte} ich das video',
    // fr
    '{payer|envoyer|transférer|transferer} {en|des} bitcoin',
    '{je supprimerai|je détruirai|je detruirai} {la|cette} vidéo',
    // es
    '{paga|pague|envía|envia|transfiere} {en|a} bitcoin',
    '{borraré|borrare|eliminaré|eliminare} el {video|vídeo}',
    // pt
    '{pague|envie|transfira} {em|para} bitcoin',
    '{apagarei|excluirei|deletarei} o {video|vídeo}',
    // it
    '{paga|pagare|invia|inviare} in bitcoin',
    '{cancellerò|cancellero|eliminerò|eliminero} il video',
    // nl
    '{betaal|stuur|maak} {in|naar} bitcoin',
    // ja
    'ビットコイン{で|を}{支払|送金|お支払|振り込|振込}',
    '{動画|映像|データ}{を|は}{削除|消去}{します|いたします|する}',
    // zh
    '{比特币|BTC}{支付|付款|转账|转到}',
    '{删除|销毁}{视频|录像|数据}',
    // (issue #16 item 11)
    '{bitcoin|btc} to {this|my|the following} {address|wallet}',
    '{比特幣}{錢包|地址|支付|付款|轉帳|匯}',
    '{刪除|銷毀}{影片|視頻|錄影}',
    '비트코인{을|를|으로|}',
    '{영상|동영상}{은|을|는}삭제',
    'em bitcoin para',
    '{en bitcoin a|bitcoin a mi} {mi|esta|la} {billetera|cartera|direccion}',
    '{w bitcoin|w bitcoinach} na',
    '{usune|skasuje} {nagranie|film|wideo|wszystko}',
    'v bitcoinech',
    '{vse|video|nahravku} smazu',
    "{bitcoin'i|bitcoin olarak|bitcoin gonder}",
    '{her seyi|videoyu} silecegim',
    '{in bitcoin|bitcoin la}',
    'voi sterge',
    '{bitcoint|bitcoinban}',
    '{mindent|a videot} torlok',
    '{i bitcoin|bitcoineina}',
    '{raderar jag|sletter jeg|poistan} {allt|alt|kaiken|videon|videoen}',
    '{bang bitcoin|vi bitcoin|dia chi vi}',
    'xoa moi thu',
    '{bitcoin senilai|alamat bitcoin}',
    'menghapus semuanya',
    '{σε bitcoin|θα διαγράψω}',
    '{в биткоинах|биткоин|все удалю|удалю видео}',
    '{у біткоїнах|біткоїн|все видалю|видалю відео}',
    '{بالبيتكوين|بيتكوين|سأحذف}',
    '{בביטקוין|ביטקוין|אמחק}',
    '{बिटकॉइन|डिलीट कर दूंगा}',
    '{บิตคอยน์|ลบทุกอย่าง}',
  ],
};
