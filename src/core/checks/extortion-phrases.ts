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
  ],
};
