/**
 * The lure lexicon: the pressures a phishing script puts on its reader, grouped in families, in Japanese and
 * English. content.ts fires only when two or more families meet in one message (SpamAssassin's ACCT_PHISHING_MANY
 * idea): counting families, not words, is what keeps ordinary mail out.
 *
 * How a phrase is written:
 * - As a person would type it; content.ts normalises both sides the same way (NFKC, ASCII lower-case, zero-width
 *   characters dropped). A phrase with any non-ASCII character is matched with all whitespace removed, because
 *   Japanese lures are broken by line wraps and inserted spaces (「不正利用監視シス テム」, 「自動退会処 理」).
 *   An ASCII phrase is matched on single-spaced text and must start at a word boundary.
 * - `{a|b|}` expands to each alternative (an empty one means "nothing here"): 「アカウント{を|が|は|}停止」.
 *   Keep expansions small: every variant is a phrase.
 *
 * The trap is ordinary business Japanese: 確認, 更新, 期限, 削除, 停止, 第三者 are in half the invoices, meeting
 * notices and privacy footers of the country. Never list them bare: tie them to the object phishing threatens
 * (アカウント, ID, カード, メールボックス) or to the threat's wording (「確認できない場合」).
 */

export type LureFamily =
  | 'deletion' //  the account will be (or was) stopped, locked, restricted or deleted
  | 'verify' //    confirm / re-enter / prove your account details
  | 'security' //  unusual sign-in, someone else used your account or card
  | 'upgrade' //   upgrade, migrate, maintenance of the account or server
  | 'mailbox' //   mailbox full, messages held back
  | 'payment' //   the payment failed, the card details must be updated
  | 'urgency' //   a deadline, or a consequence if you do not act
  | 'delivery' //  a parcel could not be delivered
  | 'prize'; //    you won, points to collect, a refund waits

/** Families in the order findings list them. */
export const LURE_FAMILIES: readonly LureFamily[] = [
  'deletion',
  'verify',
  'security',
  'upgrade',
  'mailbox',
  'payment',
  'urgency',
  'delivery',
  'prize',
];

const ACCOUNT_JA = '{アカウント|id|カード|口座|メールアドレス|メールボックス|会員資格|メンバーシップ}';
const ACCOUNT_EN = '{account|mailbox|email account|email|password|card}';

export const LURE_PHRASES: Readonly<Record<LureFamily, readonly string[]>> = {
  deletion: [
    // 「あなたのアカウントは停止されました」「削除のフラグが付けられています」(KAGOYA)「アカウントの使用を制限します」
    `${ACCOUNT_JA}{を|が|は|の|}{自動的に|}{停止|凍結|削除|閉鎖|無効|ロック|一時保留|利用制限|使用制限|終了|取り消|取消|抹消|キャンセル}`,
    // Tied to what is stopped: 「サービスを停止させていただきます」 is every maintenance notice.
    '{アカウント|カード|口座}{の|}{ご|}{利用|使用}{を|が|は|の|}{一時|}{制限|停止}',
    '{まもなく|間もなく}{停止|削除|無効|ロック|凍結}',
    '{登録|ご登録}{は|が}{キャンセル|取り消|取消|抹消}',
    '制限措置',
    // Not bare 「利用制限」: maintenance and terms-of-service notices warn of 「一部機能の利用制限」.
    '{ご利用|使用}{を|が|は|}{制限させていただ|制限します|制限いたします|制限しました|制限されて|一部制限|制限が継続}',
    '凍結され',
    '削除のフラグ',
    '削除対象',
    '自動的に削除',
    '削除させていただ',
    'ロックされ',
    'ロックさせていただ',
    '永久ロック',
    'サービスは無効',
    '使用不可',
    '自動退会',
    '退会処理',
    '強制退会',
    '自動的に解約',
    'お取引を{お止め|停止|制限}',
    `${ACCOUNT_EN} {has been|will be|is being|is|was} {suspended|disabled|deactivated|locked|closed|terminated|deleted|blocked|restricted|limited|on hold}`,
    '{suspend|deactivate|disable|lock|close|terminate|delete|restrict|limit} your {account|mailbox|email}',
    'flagged for deletion',
    'temporarily suspended',
    'permanently deleted',
    'account suspension',
    'account deactivation',
    'account closure',
  ],
  verify: [
    // 「ご利用確認のお願い」「アカウント情報をご確認ください」「情報を更新してください」「所有権の証明」
    'ご利用確認',
    'ご利用の確認',
    '利用状況をご確認',
    '{アカウント|お客様情報|お客さま情報|会員情報|登録情報|個人情報|アカウント情報|カード情報|カード番号情報}{を|の|}{ご|}{確認|再確認}',
    // Not 「本人確認書類」: HR and banks ask for ID documents by a deadline in ordinary mail.
    '本人確認{を|が|の手続|のため|手続|のお願い|をお願い}',
    '身元を確認',
    '所有権の証明',
    '情報{を|の}{更新して|更新する|更新をお願い|時間内に更新|更新できませんでした}',
    '{アカウント|情報}を更新できません',
    '情報再確認',
    '{再登録して|パスワードの再登録}',
    // The call to log in: 「ログインはこちら」「一度ログインしてください」.
    // Not bare 「ログインして」: every maintenance notice says 「終了後、再度ログインしてください」.
    '{ログイン|サインイン}{はこちら|操作をお願い|をお願い|して確認|してご確認|して情報|して認証}',
    '{一度|こちらから|下記より|以下より}{ログイン|サインイン}',
    'click here to {log in|login|sign in|verify}',
    '{log in|login|log into|sign in} {to|into} your account',
    '再認証',
    '再アクティブ',
    '{verify|confirm|validate|reconfirm|re-confirm|update|authenticate} your {account|identity|information|details|mailbox|email account|login|credentials|personal information}',
    "{verify|confirm} it's you",
    're-enter your',
    'reactivate your',
    're-activate your',
    'account verification',
    'identity verification',
  ],
  security: [
    // 「異常なログインが検出されました」「第三者によって使用されている」「新しいデバイスからのサインイン」
    '不正アクセス',
    '不正ログイン',
    '不正{利用|使用}',
    '不正な{ログイン|アクセス|利用|取引}',
    '{異常|不審}な{ログイン|サインイン|アクセス|活動|アクティビティ|取引}',
    '{異常|不審}ログイン',
    // Not 「第三者に」: every privacy footer says 「第三者に提供することはありません」.
    '第三者{による|によって|の}{不正|ログイン|使用|利用|悪用}',
    '第三者によって',
    '悪意のある第三者',
    '{新しい|別の|他の|不明な}{デバイス|端末}{から|で}',
    '海外からの{ログイン|アクセス|サインイン}',
    '接続地域:国外',
    'ログインのお知らせ',
    '{ログイン|サインイン}が検出',
    '{ログイン|サインイン}を検出',
    '複数回間違',
    '誰かが{あなた|お客様|お客さま}の',
    '{unusual|suspicious|unauthorized|unrecognized|irregular|unknown} {sign-in|sign in|signin|login|log-in|activity|access|transaction|device}',
    // Not bare "someone tried to": software errors say "Someone tried to claim this device".
    'someone {tried|has tried|attempted|is trying} to {sign in|log in|login|access|use your}',
    'new sign-in',
    'security alert',
    'login attempt',
    'sign-in attempt',
  ],
  upgrade: [
    // 「サービスをアップグレードしてください」「サーバーのメンテナンスを実施」「新しいサーバーへ移行」
    // Not bare 「アップグレード」: SaaS upsells say 「アップグレードはこちら」 next to 「ログインはこちら」.
    'アップグレード{してください|して下さい|が必要|する必要|を完了|を実施|を行って|をお願い|されます}',
    'メンテナンス',
    '{サーバー|サーバ|システム|アカウント|メールボックス|メール}{の|へ|を|}移行',
    'システム{を|の|}更新',
    '{upgrade|migrate} your {account|mailbox|email}',
    '{mailbox|account|email|server|webmail} {upgrade|migration}',
    '{server|system|scheduled|mailbox} maintenance',
  ],
  mailbox: [
    // 「メールボックスの容量が上限を超えました」「保留中のメッセージ」
    '容量{が|を|の|}{超え|超過|いっぱい|上限|不足|制限|オーバー}',
    '保留中の{メッセージ|メール}',
    '{未配信|配信されていない|受信されていない}{の|}{メッセージ|メール}',
    'メールが保留',
    'mailbox is {full|almost full|over}',
    '{mailbox|storage|email} quota',
    'exceeded {your|the} {storage|quota|mailbox}',
    '{pending|held|undelivered|blocked} messages',
    'messages {on hold|have been held|are pending|were held}',
    'mailbox storage',
  ],
  payment: [
    // 「お支払い方法に問題があります」「お支払い方法の情報を更新」「決済が承認されませんでした」
    '{お|}支払{い|}方法{に|の}{問題|情報を更新|更新|再登録}',
    '{お|}支払{い|}方法を{更新|変更}して',
    '{お|}支払{い|}方法が{承認されな|承認されませ|ご利用いただけな}',
    '{お|}支払{い|}{が|に}{確認できません|失敗|問題|遅れ}',
    '決済{が|に}{失敗|できません|できませんでした|承認されません|エラー}',
    '{カード|クレジットカード}{が|は}{利用できません|ご利用いただけません|承認されません|拒否|期限切れ}',
    '{カード|クレジットカード}の{有効期限が切れ|期限切れ}',
    '{カード|お支払い|支払い|請求先}情報{を|の}{更新|再登録|入力|変更}',
    '請求先住所',
    '未払い',
    '未納',
    '滞納',
    '年会費のお支払い',
    '会費のお支払い方法',
    'payment {failed|was declined|declined|was unsuccessful|could not be processed|is overdue|method has expired}',
    'unable to process your payment',
    'update your {payment|billing|card}',
    '{billing|payment} {information|details|problem|issue}',
    'card has expired',
    '{overdue|outstanding|unpaid} {invoice|balance|payment}',
  ],
  urgency: [
    // 「24時間以内にご確認がない場合」「ご回答をいただけない場合」「至急」
    '{12|24|48|72}時間{以内|内}',
    '数日以内',
    // Not 「時間内に」: 「営業時間内にご連絡ください」.
    '至急',
    '早急に',
    '直ちに',
    'ただちに',
    '本日中に',
    '期限内に',
    'できるだけ早く',
    '緊急の{ご|}連絡',
    '緊急{通知|連絡|のお知らせ}',
    // The consequence if you do not act. Not 「確認できない場合」「ログインできない場合」: help text says 「ログインできない場合は
    // ヘルプデスクまで」; not 「更新されない場合」: contract renewals say it.
    '{ご確認|ご回答|回答|ご証明|ご返答}{が|を|}{ない|いただけない|いただかなかった|されない}場合',
    '{ログイン|サインイン}{しない|されない|いただけない|いただかない|がない}場合',
    '情報を{更新|変更|登録}{しない|されない|いただけない}場合',
    '{再登録|お手続き|手続き}{が|を|}{ない|されない|いただけない|いただかない}場合',
    'アクションが必要',
    'within {12|24|48|72} {hours|hrs|hour}',
    'within {12|24|48|72}hours',
    '{urgent|immediate|required} action',
    'action required',
    'act now',
    'respond immediately',
    'final {notice|warning|reminder}',
    'last warning',
    'failure to {verify|update|confirm|comply|do so|respond|validate}',
    'expires today',
  ],
  delivery: [
    // 「お荷物をお届けにあがりましたが不在のため持ち帰りました」
    '不在のため',
    // Failure only: 「お荷物のお届け予定」 is every real carrier's notice, often with 「本日中にお届け」.
    'お荷物{を|の|は|}{持ち帰|お持ち帰|保管して}',
    '{配達|配送|お届け}{できません|できませんでした|出来ません}',
    '再配達',
    '{宛先|住所}不明',
    '{your|the} {parcel|package|shipment} {could not|cannot|was not|is on hold|is waiting}',
    'delivery attempt',
    'redelivery',
    'schedule {a|your} delivery',
    '{customs|redelivery} fee',
    '{unpaid|outstanding|pending} {shipping|customs|delivery} fee',
  ],
  prize: [
    // 「3000円分ポイント必ずもらえる」「還付金のお知らせ」「ご当選」
    // Not bare 当選: campaigns say 「抽選で100名様に当選」.
    '{ご当選|当選しました|当選されました|当選のお知らせ|当選者に選ばれ|当選金}',
    '賞金',
    '還付金',
    '返金{手続|のお知らせ|処理|を受け}',
    '必ずもらえる',
    // Not "you won": "you won't".
    'you {have won|are a winner}',
    "you've won",
    'claim your {prize|reward|refund|gift}',
    'tax refund',
    '{pending|eligible for a|issue a} refund',
    'gift card',
    'lottery',
  ],
};
