/**
 * The phrases of the no-link wording written in scripts beyond Latin (Japanese, Chinese, Cyrillic): written and matched as no-link-phrases.ts
 * describes, family by family. A chunk of their own in the browsers (nonlatin-phrases.ts), fetched only for a message
 * with a letter of such a script; every phrase here holds one, which lure-matcher.ts checks as it compiles them.
 */
import type { NoLinkFamily } from './no-link-phrases';

export const NO_LINK_PHRASES_NONLATIN: Readonly<Record<NoLinkFamily, readonly string[]>> = {
  charge: [
    // ja
    'ご請求{金額|額}',
    '{自動更新|更新手続き|決済|お支払い|ご注文}が完了',
    '引き落とし',
    // zh
    '{已|将}{扣款|扣费|续订|续费}',
    '订单已{处理|确认}',
    // ko
    '결제{가|이|}{완료|승인|처리}',
    '{자동|정기}{결제|갱신}',
  ],
  call: [
    // ja
    '{までお電話|へお電話|お電話ください|お電話にて|電話でお問い合わせ}',
    // zh
    '{请致电|请拨打|致电我们|拨打电话}',
    // ko
    '{고객센터|상담센터|콜센터|고객지원센터}{로|에|으로|}{전화|연락|문의}',
  ],
  dispute: [
    // ja
    '{キャンセル|解約|返金}{をご希望|される場合|の場合}',
    // zh
    '{如需取消|如需退款}',
    // ko
    '{본인이|본인}{결제|주문|구매|신청}하지{않|않으}',
    '{취소|환불}{를|을|}{원하시면|원하실|요청}',
  ],
  role: [
    // ja
    '{社長|代表取締役|取締役|専務|常務|会長|理事長|経理|財務部|人事部|総務部}',
    // zh
    '{总经理|董事长|总裁|财务部|财务总监|会计部|人事部}',
  ],
  ask: [
    // ja
    '{ギフトカード|ギフト券|itunesカード|アップルギフト|アマゾンギフト|プリペイドカード}',
    '{買ってきてほしい|購入してほしい|お振込|振り込んで|送金}',
    // zh
    '{礼品卡|购物卡|充值卡|汇款|转账|付款}',
  ],
  opener: [
    // ja
    '{今お時間ありますか|今お時間よろしいですか|至急対応|至急お願い|lineグループ|lineのid|携帯番号を教えて}',
    // zh
    '{在吗|有空吗|你的微信|加我微信|帮我一个忙}',
  ],
  pretext: [
    // ja
    '{内密に|会議中で電話に出られません|会議中のため電話に出られません}',
    // zh
    '{我在开会|正在开会|不方便接电话}',
  ],
  payroll: [
    // ja
    '{給与の振込先|給与振込口座|振込口座の変更}',
    // zh
    '{工资卡变更|工资账户变更|新的工资卡}',
  ],
  scan: [
    // ja
    '{qrコード|二次元コード|二次元バーコード}{を|から|で|}{読み取|読みと|読み込|読込|スキャン}',
    // zh
    '{扫描|扫一扫|扫|掃描|掃一掃|掃}{下方|下面|以下|上方|此|该|這個|下方的|}{二维码|二維碼|qr码|qr碼|qrcode|qr code}',
    // ko
    '{qr코드|qr 코드|큐알코드}{를|을|}{스캔|촬영|인식}',
    // "QR코드를 휴대폰 카메라로 스캔하여": the phone named between the code and the verb (the refund-by-QR lure).
    '{qr코드|qr 코드|큐알코드}{를|을|} {휴대폰|휴대전화|핸드폰|스마트폰} {카메라로|카메라를 이용해|카메라를 이용하여|으로|로} {스캔|촬영|인식}',
    // el th
    // Greek letters are not lower-cased by the matcher: the sentence's capital first word is written too.
    '{σαρώστε|σκανάρετε} {τον|} {κωδικό qr|qr code|qr}',
    'สแกน{qr|คิวอาร์}{โค้ด|code|}',
  ],
  relay: [
    // ja
    '{請求書を送信しました|請求書が届きました|支払いをリクエスト|販売者からのメモ|販売者からのメッセージ}',
    // zh
    '{向您发送了一张发票|向您发送了付款请求|卖家留言|卖家备注}',
  ],
};
