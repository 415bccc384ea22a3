/**
 * 日本語の文言。キーは en.ts と同じ(型で強制)。訳ではなく、日本語の話者が書くように書く。
 */
import type { SharedKey } from './en';

export const ja: Record<SharedKey, string> = {
  'verdict.likely-phishing': 'フィッシングの可能性が高い',
  'verdict.suspicious': '不審な点あり',
  'verdict.no-red-flags': '危険な兆候は見つかりませんでした',
  'verdict.no-red-flags.caveat': '安全が証明されたわけではありません。確認したのは下記の項目だけです。',
  'verdict.no-clear-sign': 'はっきりしたフィッシングの兆候はありません',
  'verdict.look.one': 'ただし、確認したほうがよい点が 1 つあります(下記)。',
  'verdict.look.many': 'ただし、確認したほうがよい点が {count} つあります(下記)。',

  'section.sender': '差出人',
  'section.origin': '送信元',
  'section.links': 'リンク',
  'section.content': '本文',

  'status.fail': '危険',
  'status.warn': '注意',
  'status.pass': '問題なし',
  'status.info': '情報',

  'author.recipient-system': 'あなたのメールシステムが記録',
  'author.relay': '{relay} の記録による',
  'author.sender': '差出人が自由に書ける値',
  'host.marked.letter': '{ascii}(表示は {marked}。「{letter}」はラテン文字の「{latin}」ではなく{script}です)',
  'host.marked': '{ascii}(表示は {marked}。[ ] 内は普通のラテン文字ではなく{scripts}です)',
  'host.idn': '{shown} の英数字表記は {ascii} です',
  'evidence.in-attachment': '添付ファイル {file} の中のリンク',
  'script.cyrillic': 'キリル文字',
  'script.greek': 'ギリシャ文字',
  'script.armenian': 'アルメニア文字',
  'script.cherokee': 'チェロキー文字',
  'script.latin': '別の文字に似せたラテン文字',
  'script.invisible': '見えない文字',
  'script.other': '別の文字体系の文字',
  'evidence.raw': 'メール上の元の表記',

  'summary.verdict': '判定',
  'summary.from': '差出人(メールの記載どおり)',
  'summary.subject': '件名',
  'summary.date': '日時',
  'summary.origin-ip': '送信元 IP',
  'summary.link-hosts': 'リンク先',
  'summary.findings': '判断の根拠',

  'config.invalid':
    'アドインの設定ファイル(config.json)の「{field}」に問題があります: {problem}。この項目は既定値を使います。IT 担当者に連絡してください。',
  'config.problem.not-object': 'オブジェクトである必要があります',
  'config.problem.not-list': 'リストである必要があります',
  'config.problem.not-text': '文字列である必要があります',
  'config.problem.not-boolean': 'true か false である必要があります',
  'config.problem.bad-address': 'メールアドレスを指定してください',
  'config.problem.bad-domain': 'ドメイン名を指定してください',
  'config.problem.bad-brand': 'ブランドごとに id・names・domains・source が必要です',
  'config.problem.unknown': '未知の設定項目です',

  'story.forged-domain':
    'このメールは {brand} の本物のアドレス {domain} を使っていますが、あなたのメールシステムの確認では {domain} から送られていません。差出人は偽装されています。',
  'story.claims-brand':
    'このメールは {brand} を名乗っていますが、実際の送信元は {brand} とは関係のない {domain} です。',
  'story.claims-brand.no-address': 'このメールは {brand} を名乗っていますが、有効な差出人アドレスがありません。',
  'story.claims-brand.login':
    'このメールは {brand} を名乗っていますが、実際には {domain} のメールアカウントに {ip} からログインして送信されています。',
  'story.claims-brand.login-owner':
    'このメールは {brand} を名乗っていますが、実際には {domain} のメールアカウントに {ip}({owner})からログインして送信されています。',
  'story.lookalike': '差出人の {domain} は {target} に似せた別のドメインです。',
  'story.lookalike.signed-name': '差出人の {domain} は、メールが名乗る「{name}」に見せかけた別のドメインです。',
  'story.link-unrelated': 'リンク先の {host} は {brand} とは無関係です。',
  'story.link-unrelated.recipient':
    'リンク先の {host} は {brand} とは無関係で、URL にはあなたのメールアドレスが含まれています。',
  'story.link-shows-other': 'リンクの表示は {shown} ですが、実際には {host} が開きます。',
  'story.link-disguised': 'リンクは行き先を偽っていて、実際には {host} が開きます。',
  'story.link-recipient': '{host} へのリンクにあなたのメールアドレスが含まれています。',
  'story.link-qr': 'リンクは QR コード(画像 {image})に隠されていて、読み取ると {host} が開きます。',
  'story.forged-helo':
    '{brand} のメールサーバー {helo} を名乗っていますが、送信したコンピューター({ip})には登録された名前がありません。{brand} の本物のサーバーには必ずあります。',
  'story.own-org': 'あなたの組織のメールシステムや IT 担当を装っていますが、実際の送信元は {domain} です。',
  'story.role-free-mail':
    '「{role}」を名乗る人がフリーメール({domain})から送金やギフトカード、頼みごとを求めています。本人に別の方法で確認してください。',
  'story.attachment.program': '添付ファイルはプログラムか、種類を偽ったファイルです。開かないでください。',
  'story.attachment.login': '添付ファイルは偽のログイン画面です。開いたり、パスワードを入力したりしないでください。',
  'story.attachment.page':
    '添付ファイルは、開くと別のサイトを開いたりコードを実行したりする Web ページです。開かないでください。',
  'story.attached-message':
    '添付されたメール {name} は、それ自体がフィッシングメールです。開かず、そのリンクも開かないでください。',
  'story.callback': '請求について {phone} に電話するよう求めていますが、電話しないでください。',
  'story.advance-fee':
    '高額のお金や基金を受け取れると告げ、返信先に {reply} を指定しています。後から手数料を求める前払い詐欺です。返信しないでください。',
  'story.extortion': '脅してビットコインを要求する、大量送信の脅迫詐欺です。支払わず、返信もしないでください。',
  'story.bec-request':
    '作業や支払い、電話番号を求め、返信先は同僚の職場のアドレスではなく {reply} です。本人に別の方法で確かめてください。',
  'story.job-messenger':
    '日払いや1件ごとの報酬で簡単な仕事をうたい、やり取りを WhatsApp や Telegram に移そうとしています。タスク詐欺の手口です。',
  'story.bank-change':
    '新しい銀行口座への支払いを求めています。本物のメールボックスからでも起こる、最も多い支払い詐欺の手口です。以前から知っている番号で相手の会社に電話してください。',
  'story.sign.form': 'メールの中のフォームに情報を入力させようとしています。',
  'story.sign.display-name': '差出人名には {shown} とありますが、実際の送信元は {domain} です。',
  'story.sign.lure': 'フィッシングによくある言い回しで行動を急がせています({families})。',
  'story.sign.reply-to': '返信すると、差出人 {domain} ではなく {reply} に届きます。',
  'story.sign.org-filter': '組織のフィルターはこのメールを迷惑メールなどと判定しています。',
  'story.sign.link-disguised': 'リンクの行き先が偽装されています({host})。',
  'story.check-failed': '確認項目「{check}」をこのメールで実行できなかったため、問題なしとは言えません。',
  'story.advice.phishing-link': 'リンクは開かず、IT 担当者に報告してください。',
  'story.link-attachment': 'リンクは添付ファイル {file} の中にあり、{host} を開きます。',
  'story.advice.phishing-qr': 'スマートフォンでこのコードを読み取らず、IT 担当者に報告してください。',
  'story.advice.phishing': '返信や添付ファイルを開くことはせず、IT 担当者に報告してください。',
  'story.advice.suspicious':
    '対応する前に、以前から知っている連絡先で差出人に確認するか、IT 担当者に相談してください。',
  'story.clean.authenticated': '差出人({domain}、メールサーバーで認証済み)と矛盾する点は見つかりませんでした。',
  'story.clean.unconfirmed': '差出人と矛盾する点は見つかりませんでしたが、メールサーバーは送信者を確認できていません。',
  'story.clean.no-headers': 'メールのヘッダーを取得できなかったため、確認できたのは差出人名・件名・リンクだけです。',
  'story.clean.caveat': 'ただし、内容が安全であることを保証するものではありません。',
  'story.forwarded':
    '{from} からのメールを転送したもので、そのメールにはフィッシングの兆候があります。そのリンクは開かず、返信もしないでください。',

  'report.check-failed': 'このメールでは確認項目「{check}」を実行できなかったため、省略しました: {error}',

  'origin.rdns.unknown': 'なし(逆引きに失敗)',
  'origin.rdns.not-recorded': 'このサーバーは記録しない形式',
  'origin.sender-ip':
    '最初にこのメールを送り出したのは {ip} です(逆引き: {rdns}、名乗った名前:「{helo}」)。{relay} の記録によります。',
  'origin.sender-ip.authenticated':
    '{relay} のメールアカウントにログインした誰かが、{ip} から送信しています(逆引き: {rdns}、名乗った名前:「{helo}」)。{relay} の記録によります。',
  'origin.sender-ip.unknown': 'Received 行からは、最初にこのメールを送り出したマシンを特定できませんでした。',
  'origin.entry-hop': 'このメールは {host} [{ip}](逆引き: {rdns})から、あなたのメールシステム {by} に届きました。',
  'origin.entry-hop.unknown':
    'Received 行からは、このメールがどこからあなたのメールシステムに入ったかを特定できませんでした。',
  'origin.helo-loopback.script':
    '送信元 {ip} は自分を「{helo}」と名乗り、ログインせずに送信しています。メールサーバーではなく、大量送信スクリプトによく見られる特徴です。',
  'origin.helo-loopback.login':
    '送信したプログラムは、{relay} にログインして送る際に自分を「{helo}」と名乗っています。Thunderbird や Apple Mail などのメールソフトの通常の動作で、実在するメールアカウントに誰かがログインして送ったことを意味します。',
  'origin.forged-helo':
    '送信したコンピューター({ip})は {brand} のメールサーバー「{helo}」を名乗っていますが、登録された名前(逆引き)がありません。{brand} の本物のサーバーには必ずあります。名前を借りた偽物です。',
  'origin.no-reverse-dns.entry':
    'あなたのメールシステムにメールを渡したサーバー({ip})には、登録された名前(逆引き)がありません。使い捨ての送信元によくある特徴です。',
  'origin.no-reverse-dns.login':
    'ログインして送信したコンピューター({ip})には、登録された名前(逆引き)がありません({relay} の記録)。家庭用回線やクラウドのマシンではよくあることで、これだけでは重くみません。',
  'origin.no-reverse-dns.client':
    '最初にメールを送ったコンピューター({ip})には、登録された名前(逆引き)がありません({relay} の記録)。',
  'origin.reserved-ip':
    'メールが届くまでの経路の記録に {ip} があります。インターネット上の本物の送信元が持つことのないアドレス(予約・文書用のアドレス)です。',
  'origin.time-skew.hops':
    'メールが届くまでの経路に記録された時刻(Received 行)が、約 {hours} 時間さかのぼっています。記録の一部が偽造された可能性があります。',
  'origin.time-skew.future':
    'メールに書かれた作成日時(Date 行)が、あなたのメールシステムが受け取った時刻より約 {hours} 時間あとになっています。',
  'origin.time-skew.past':
    'メールに書かれた作成日時(Date 行)が、あなたのメールシステムが受け取った時刻より約 {days} 日前になっています。',
  'origin.org-filter.passed':
    '組織の Microsoft 365 フィルターはこのメールを通しました(スパム信頼度 {scl}、分類 {category}、複合認証 {compauth})。新しいフィッシングはフィルターをすり抜けることが多く、安全の保証にはなりません。',
  'origin.org-filter.flagged':
    '組織の Microsoft 365 フィルターはこのメールを迷惑メールなどと判定しています(スパム信頼度 {scl}、分類 {category}、複合認証 {compauth})が、受信トレイに届いています。',
  'origin.headers-missing': 'メールのヘッダーを取得できなかったため、差出人の認証と配送経路は確認していません。',

  'content.body-missing': '本文を読み取れなかったため、リンクと文面は確認していません。',
  'origin.headers-truncated': 'ヘッダーが極端に大きいため先頭部分だけを読み、それ以降は確認していません。',
  'origin.header-lines-skipped': 'ヘッダーの中にヘッダー形式でない行があり、読み飛ばしました。',
  'content.text-truncated': '本文が非常に長いため、言い回しの確認は先頭 {checked} 文字だけで行いました。',
  'content.limit': 'このメールを読む際に上限に達したため({code})、一部を確認していません。',
  'content.body-truncated': '本文が非常に大きいため、先頭部分だけを確認しました。',
  'content.unreadable-parts': 'メールの一部が壊れていて読み取れませんでした({codes})。',
  'links.truncated': 'リンク {total} 件のうち、最初の {checked} 件だけを確認しました。',
  'links.url-truncated':
    'リンクに埋め込まれたブランド名の確認は、各リンクの先頭 {checked} 文字だけで行いました。これより長いリンクが {count} 件あります。',
  'links.unwrap-truncated':
    'リンク保護サービス(Safe Links、URL Defense など)の包みは {checked} 重までしか外していません。これより深く包まれたリンクが {count} 件あり、最終的な行き先は確認していません。',
  'links.recipients-truncated':
    'リンクに受信者のアドレスが含まれていないかの確認は、最初の {checked} 件のアドレスだけで行いました。このメールにはさらに多くの宛先があります。',
  'content.subject-truncated': '件名が非常に長いため、言い回しの確認は先頭 {checked} 文字だけで行いました。',
  'origin.received-truncated.tokens':
    'Received 行は 1 行につき先頭の {checked} 語(コメントを含む)だけを読みました。これを超える行が {count} 行あります。',
  'origin.received-truncated.comment':
    'Received 行のコメントは先頭の {checked} 文字だけを読みました。これより長いコメントを含む行が {count} 行あります。',
  'origin.hops-truncated':
    'Received 行の経路が非常に長いため、メールがどこから入ったかの判断には、あなたのメールシステム内のサーバーのうち最初の {checked} 台だけを使いました。',
  'origin.auth-results-truncated.size':
    'あなたのメールシステムの認証結果(Authentication-Results)は先頭の {checked} 文字だけを読みました。これより長いヘッダーが {count} 件あります。',
  'origin.auth-results-truncated.results':
    'あなたのメールシステムの認証結果(Authentication-Results)は、ヘッダー 1 件につき最初の {checked} 項目だけを読みました。これより多い項目を含むヘッダーが {count} 件あります。',
  'origin.org-filter-truncated.size':
    '組織の Microsoft 365 フィルターのヘッダーは先頭の {checked} 文字だけを読みました。残りは確認していません。',
  'origin.org-filter-truncated.pairs':
    '組織の Microsoft 365 フィルターのヘッダーは最初の {checked} 項目だけを読みました。残りの項目は確認していません。',
  'sender.address-list-truncated':
    '{header} フィールドが非常に長いため、先頭の {checked} 文字に含まれるアドレスだけを読みました。',
  'origin.date-truncated':
    'Date フィールドが異常に長いため、送信日時として先頭の {checked} 文字(12 語まで)だけを読みました。',
  'sender.claim-truncated.name':
    '{header} の表示名が非常に長いため、ブランド名の確認は先頭の {checked} 文字だけで行いました。',
  'sender.claim-truncated.hits':
    '{header} の表示名にはブランド名が {checked} 回を超えて現れるため、名乗っているブランドの判断にはそのうち {checked} 件だけを使いました。',
  'sender.claim-truncated.subject-tag':
    '件名の先頭に Re: や Fwd:、[タグ] が {checked} 文字を超えて続くため、その後ろにあるブランド名のタグは確認していません。',

  'sender.brand-mismatch':
    '差出人は「{claimed}」を名乗っていますが、アドレス {address} のドメイン {domain} は {brand} のものではありません。',
  'sender.brand-mismatch.no-address': '差出人は「{claimed}」を名乗っていますが、有効な差出人アドレスがありません。',
  'sender.brand-mismatch.unverified':
    '差出人は「{claimed}」を名乗っていますが、アドレス {address} のドメイン {domain} は、当方が把握している {brand} のドメインにありません(公式に確認できていない一覧のため、注意として表示しています)。',
  'sender.brand-mismatch.free-mail':
    '差出人は「{claimed}」を名乗っていますが、アドレス {address} は誰でも作れるフリーメール({domain})です。{brand} がそこから送ることはありません。',
  'sender.brand-mismatch.internal':
    '差出人名は「{claimed}」ですが、このメールはあなたの組織の中({domain})から送られています。組織内のシステムが製品名を名乗っているものです。',
  'sender.brand-mismatch.pass':
    '差出人は {brand} を名乗り、アドレスのドメイン {domain} もあなたのメールシステムが DMARC で確認済みです。',
  'sender.role-free-mail':
    '表示名は役職「{role}」を名乗っていますが、アドレスは誰でも作れるフリーメール({domain})です。',
  'sender.role-free-mail.ask':
    '表示名は役職「{role}」を名乗り、フリーメール({domain})から支払い・ギフトカード・至急の依頼をしています。社長・経理を装う詐欺の手口です。本人に電話か対面で確かめてください。',
  'sender.own-org-impersonation':
    'このメールは {named} を挙げてあなたの組織のメールシステムを装っていますが、別の組織の {domain} から送られています。社内の情報システム部門はそこからは送りません。',
  'sender.own-org-impersonation.department':
    '差出人「{named}」は組織名のない部署名で、社内の部署のように(業務アカウントへのサインイン、メールボックス)書いていますが、別の組織の {domain} から送られています。',
  'sender.own-org-impersonation.notice':
    'このメールは {named} としてあなたのメールシステムを名乗っていますが、あなたのメール提供元ではない別の組織の {domain} から送られています。',
  'sender.spoofed-domain':
    '差出人アドレスは {brand} の本物のドメイン {domain} を使っていますが、あなたのメールシステムの認証では {domain} から送られたものではありません。差出人は偽装されています。',
  'sender.spoofed-domain.own':
    '差出人アドレスはあなたの組織のドメイン {domain} を使っていますが、あなたのメールシステムの認証では {domain} から送られたものではありません。差出人は偽装されています。',
  'sender.display-name-address': '差出人の表示名には「{shown}」とありますが、実際の送信元は {domain} です。',
  'sender.display-name-address.local-part':
    '差出人アドレスの @ より前は「{shown}」とドメインのように書かれていますが、本当のドメインは @ の後ろの {domain} です。',
  'sender.reply-to': '返信すると、差出人 {domain} とは別の組織の {reply} に届きます。',
  'sender.reply-to.free-mail': '返信すると、差出人 {domain} ではなく、誰でも作れるフリーメールの {reply} に届きます。',
  'sender.reply-to.lookalike':
    '返信すると、差出人 {domain} ではなく、ブランドや貴組織に見せかけたドメインの {reply} に届きます。',
  'sender.reply-lookalike':
    '返信先 {reply} は差出人のドメイン {domain} を 1 文字変えた偽物で、返信はその取得者に届きます。電話で差出人に確かめてください。',
  'sender.return-path.same':
    'エラーメールの返送先(Return-Path){address} は差出人と同じドメインです。送信者が自由に設定できるため、何の証明にもなりません。',
  'sender.return-path.other':
    'エラーメールの返送先(Return-Path)は {address} です。送信者が自由に設定でき、配信サービスは独自のものを使うことも多いため、判断材料にはなりません。',
  'sender.message-id.same':
    'Message-ID は差出人と同じ {domain} です。送信側のソフトが付けるものなので、何の証明にもなりません。',
  'sender.message-id.other': 'Message-ID は {domain} です。送信側のソフトが付けるものなので、何の証明にもなりません。',
  'sender.message-id.missing': 'このメールには識別番号(Message-ID)がありません。普通のメールソフトなら必ず付けます。',
  'sender.message-id.malformed':
    'メールの識別番号(Message-ID。差出人のメールソフトが付けるもの)の形式が不正です(「{value}」)。自作の送信プログラムによく見られます。',
  'sender.authentication.none':
    'あなたのメールシステムは、本当の差出人を確かめられませんでした。信頼できる差出人の確認結果(SPF、DKIM、DMARC)が残っていません。',
  'sender.authentication.pass':
    'あなたのメールシステムが差出人ドメイン {domain} を確認しました(DMARC {dmarc}、SPF {spf}:{spfDomain}、DKIM {dkim}:{dkimDomain})。',
  'sender.authentication.fail':
    'あなたのメールシステムは、このメールが本当に {domain} から来たことを確認できませんでした(差出人の確認結果: DMARC {dmarc}、SPF {spf}:{spfDomain}、DKIM {dkim}:{dkimDomain})。',
  'sender.authentication.partial':
    'あなたのメールシステムの認証結果: SPF {spf}({spfDomain})、DKIM {dkim}({dkimDomain})、DMARC {dmarc}({domain})。',
  'sender.authentication.not-brand':
    'SPF {spf}({spfDomain})、DKIM {dkim}({dkimDomain})、DMARC {dmarc}。これは {domain} のサーバーから送られたことを示すだけで、{brand} からのメールである証明にはなりません。',
  'sender.signoff-brand':
    '末尾の署名では{brand}を名乗っていますが、送信元は{brand}のものではない {domain} で、リンクも別の場所へ向かいます。{brand}のサービスは、自分で入力したサイトやアプリから開いてください。',
  'sender.lookalike-domain': '差出人ドメイン {domain} は {target} に似せて作られています({technique})。',
  'sender.lookalike-domain.signed-name':
    '差出人ドメイン {domain} は、形の似た文字(m の代わりに rn、o の代わりに 0、l の代わりに 1 や I)を通してのみ、このメールが名乗る「{name}」と読めます。その組織になりすますために取得されたドメインです。支払いや口座の変更は電話で本人に確かめてください。',
  'sender.lookalike.homoglyph': '形の似た文字',
  'sender.lookalike.digit-swap': '文字を数字に置き換え',
  'sender.lookalike.extra-words': '本物の名前に語を追加',
  'sender.lookalike.typo': '1 文字だけ違う',
  'sender.lookalike.tld-swap': '名前が同じでドメインの末尾が違う',
  'sender.lookalike.planted': '本物のドメインの後ろに別のドメイン',

  'links.host-mismatch.brand':
    'リンク先は {hosts} で、{brand} のものではありません。{brand} 自身のメールは自社のサイトにリンクします。',
  'links.host-mismatch': 'リンク先は {hosts} で、差出人 {sender} とは別の組織です。',
  'links.host-mismatch.brand-unverified':
    'リンク先は {hosts} で、当方が把握している {brand} のドメインではありません(公式に確認できていない一覧のため、注意として表示しています)。',
  'links.brand-in-path':
    'リンクは {host} へ向かいますが、{brand} に見せかけるためにアドレスの途中に「{planted}」を入れています。本当の行き先は {host} です。',
  'links.brand-in-path.government':
    'リンクは {host} へ向かいますが、官公庁のアドレス「{planted}」で始まり、その役所のサイトに見せかけています。本当の行き先は {host} です。',
  'links.lookalike-host':
    'リンク先 {host} は、{brand} の名前にログインやファイル共有を思わせる語を付けたドメインで、{brand} のものではありません。そこでサインインしないでください。',
  'links.text-mismatch': 'リンクの表示は {shown} ですが、実際には {host} が開きます。',
  'links.recipient-in-url':
    '{host} へのリンクにあなたのアドレス {address} が埋め込まれています。偽のログイン画面があなたの名前を表示するための手口です。',
  'links.obfuscated-host.userinfo':
    'リンクは「{userinfo}@」で始まりそのサイトに見せかけていますが、実際には {host} が開きます。',
  'links.obfuscated-host.confusable': 'リンク先 {host} の名前は、形の似た別の文字で書かれています。',
  'links.obfuscated-host.ip': 'リンク先がサイト名ではなく IP アドレス({host})です。',
  'links.obfuscated-host.shortener': 'リンクが短縮 URL サービス {host} を経由しており、行き先が隠されています。',
  'links.obfuscated-host.script-url':
    'リンクはサイトを開くのではなく、スクリプトや埋め込みページ({host}:)を実行します。',
  'links.throwaway-host': 'リンク先 {host}({service})は、誰でもすぐ作れる無料のサイト・ストレージ・フォームです。',
  'links.qr-code.login':
    '画像 {image} の QR コードは、差出人のサイトではない {host} のログインページにつながります。スマートフォンで読み取ると、メールのリンク確認を通りません。',
  'links.rented-page':
    'このメールは文書を開くよう求めていますが、リンク先は {host}({service})で、ファイル共有サービスでも差出人のサイトでもない、誰でもすぐ作れるページです。乗っ取られたメールアカウントから送られる典型的な手口です。そこでサインインしないでください。',
  'links.rented-page.account':
    'このメールはアカウントの操作や支払いを求めており、リンク先は {host}({service})という誰でもすぐ作れるページです。銀行・店・配送業者・メールサービスがサインインや支払いのページをそこに置くことはありません。そこでサインインや支払いをしないでください。',
  'links.rented-page.file':
    'リンク先の {service} は、ファイル共有サービス {host} にファイルとして置かれたウェブページです。本物の共有で渡されるのは PDF・Word・Excel などの文書で、ウェブページではありません。そこに置かれたサインインページはサービスの信用を借りた偽物です。そこでサインインしないでください。',
  'links.rented-page.esign':
    '電子署名サービスから届いたと書かれていますが、文書のリンクは {host} の {service} のページを開きます。誰でも数分で作れるページで、署名サービスが送る文書はそこにはありません。このようなページには偽のサインイン画面へのボタンがあるだけです。そこからサインインしないでください。',
  'links.hacked-site':
    'リンクは、送信者と関係のない Web サイト {host} の {folder} フォルダー内のページを開きます。乗っ取られたサイトにフィッシングページが仕込まれる場所で、サイトが訪問者向けのページを置く場所ではありません。ここでログインしないでください。',
  'links.hacked-site.address':
    'リンクは、送信者と関係のない Web サイト {host} の {folder} フォルダー内のページを開き、あなたのメールアドレスを含んでいます。乗っ取られたサイトに仕込まれたフィッシングページが、あなたを名指しで迎える手口です。ここでログインしないでください。',
  'links.hacked-site.share':
    'リンクは、あなたの組織でも送信者の組織でもない組織の Microsoft 365 にある {service} のページ({host})を、文書として開かせようとしています。このようなページには別の場所へのボタンしかなく、乗っ取られたメールアカウントが偽のログイン画面へ誘導するために送ります。そこからログインしないでください。',
  'links.hacked-site.share-payment':
    'リンクは、{service} のページ({host})を支払い関係の文書として開かせようとしています。送金通知や支払伝票、注文書は経理システムが出力するファイルで、ノートブックではありません。このようなページには別の場所へのボタンしかなく、実在する会社の乗っ取られたメールアカウントが偽のログイン画面へ誘導するために送ります。そこからログインせず、文書そのものを送信者に電話で確認してください。',
  'links.install-file':
    'リンクは {host} から {file} をダウンロードさせます。開くとあなたの権限で動く Windows のプログラムまたはスクリプトです。マルウェアは「更新」や請求書ビューアー、文書を装ってこのように送られます。この送信者に頼んだものでなければ開かないでください。',
  'links.install-file.android':
    'リンクは {host} から {file} をダウンロードさせます。アプリストアの外からインストールする Android アプリです。偽の銀行・宅配・料金・税金アプリは、認証コードやお金を盗むためにこのように送られます。本物は Google Play にあります。インストールしないでください。',
  'links.fake-attachment':
    'リンク「{file}」は添付ファイルのように見えますが、開くのは {host} のウェブページで、送信者のものでもファイル共有サービスのものでもありません。偽の添付ファイルはサインインページへ誘導します。パスワードを入力しないでください。',
  'links.qr-prompt':
    'QRコードを読み取るよう求めていますが、メール内のQRコードはここでは読み取れず、行き先を確かめられません。読み取ったスマートフォンは会社の保護の外にあります。別の方法でメールを確かめるまで読み取らないでください。',
  'links.qr-code':
    '画像 {image} の QR コードは、差出人のサイトではない {host} につながります。画像に隠れたリンクは、メールのリンク確認の目に入りません。',
  'links.qr-code.address':
    '画像 {image} の QR コードは、差出人のサイトではない {host} に、あなたのアドレス入りのリンクでつながります。あなたの名前で迎えるために作られたページで、スマートフォンで読み取ると、メールのリンク確認を通りません。読み取らないでください。',
  'links.qr-code.own': '画像 {image} の QR コードは、差出人自身のサイト {host} につながります。',
  'links.attachment-link.login':
    '添付ファイル {file} のボタンは、差出人のサイトではない {host} のログインページを開きます。',
  'links.attachment-link.address':
    '添付ファイル {file} のボタンは、差出人のサイトではない {host} を、あなたのアドレス入りのリンクで開きます。あなたの名前で迎えるために作られたページです。',
  'links.qr-unread.too-large':
    '画像 {image} は大きすぎるため、QR コードを読んでいません(該当 {count} 件)。中のリンクは確認していません。',
  'links.qr-unread.unreadable':
    '画像 {image} を読めなかったため、QR コードを確認していません(該当 {count} 件)。中のリンクは確認していません。',
  'links.qr-unread.too-many': 'QR コードは最初の画像だけを読みました。{image} 以降の {count} 件は読んでいません。',
  'links.qr-unread.pdf-encrypted': 'PDF {image} は暗号化されていて、中のリンクを確認していません(該当 {count} 件)。',
  'links.qr-unread.pdf-cut': 'PDF {image} は先頭の 1 MB だけリンクを確認しました(該当 {count} 件)。',
  'links.qr-unread.pdf-unreadable':
    '添付ファイル {image} を PDF として読めず、中のリンクを確認していません(該当 {count} 件)。',
  'links.qr-unread.pdf-too-many': 'PDF は最初の数件だけを読み、{image} 以降の {count} 件は読んでいません。',
  'sender.no-registrable-domain':
    '差出人アドレスの「{domain}」は登録できるドメインではなく、責任を持つ組織がありません。',
  'sender.hosting-platform': '差出人アドレスは {domain} で、{platform} の下に誰でもすぐ作れる無料の名前です。',
  'sender.machine-local-part':
    '差出人のメールボックス名「{local}」は、大量登録されたアカウントのような機械的な文字列です。',
  'sender.incoherent-identity':
    '差出人アドレス、メールの識別番号(Message-ID)、リンクが、互いに無関係な {count} つの組織に分かれています({domains})。',

  // content.lure の {families} は種類の id をカンマでつないだもの(`deletion,upgrade`)。表示側で content.family.<id> に置き換える。
  'content.address-greeting':
    '名前ではなくメールアドレス {address} で呼びかけています。本物のサービスはあなたの名前を知っています。',
  'content.address-greeting.subject':
    '件名にあなたのアドレス {address} が入っています。名前も知らない相手に一斉送信するときの書き方です。',
  'content.callback':
    '請求済み・更新済みと告げ、取り消しの窓口として電話番号 {phone} だけを示し、送信者のサイトへのリンクがありません。電話すると遠隔操作や「返金」の手続きに誘導されます。かけないでください。',
  'content.callback.relayed':
    'このメールは決済・電子署名サービスから実際に送られていますが、電話番号 {phone} は請求書や支払いリクエスト、署名依頼の文書を送った人物が書いたメモの中にあります。「請求された、取り消すには電話を」は相手の手口で、サービスの案内ではありません。電話も支払いもせず、自分でサインインしてアカウントを確かめてください。',
  'content.callback.cutoff':
    '電気・ガス・水道を止めると脅して電話番号 {phone} だけを示していますが、電力会社などが使うはずのない差出人から送られています。その番号の「担当者」は支払いやスマートフォンの遠隔操作を求めてきます。電話せず、請求書に載っている番号で契約先に確かめてください。',
  'content.callback.threat':
    '債権回収、ライセンス監査、訴訟や逮捕をほのめかし、解決の窓口として番号 {phone} だけを示していますが、回収業者・監査人・裁判所が使うはずのない差出人から送られています。応じた相手は支払いや遠隔操作を求めてきます。電話も連絡もせず、自分で調べた番号で債権者や機関に確かめてください。',
  'content.bec-request':
    'ビジネスメール詐欺の書き出し(「今お時間ありますか」、急ぎの作業、電話番号の要求)で、返信先は責任の所在がない {reply} です。返信する前に、本人に別の方法で確かめてください。',
  'content.bec-request.payment':
    '支払い・ギフトカード・口座情報を求め、返信先は責任の所在がない {reply} です。ビジネスメール詐欺の手口です。本人に別の方法で確かめ、支払わないでください。',
  'content.bec-request.payroll':
    '給与の振込先を新しい口座に変えるよう求め、返信先は責任の所在がない {reply} です。給与振込先の詐取の手口です。本人に直接または社内アドレスで確かめ、このメールだけで変更しないでください。',
  'content.job-messenger':
    '日払いや1件ごとの報酬で簡単な仕事をうたい、やり取りを WhatsApp や Telegram に移そうとしています(送信元 {domain})。タスク詐欺の手口で、最初に少額が支払われた後、お金を払って受ける「タスク」が続きます。その連絡先には連絡しないでください。',
  'content.job-messenger.returns':
    '投資グループの「保証された利益」をうたい、やり取りを WhatsApp や Telegram などのメッセンジャーに移そうとしています(送信元 {domain})。投資グループ詐欺の手口で、少額の「利益」を見せた後、より大きな入金を求めます。利益を保証する正規の業者はいません。その連絡先には連絡しないでください。',
  'content.job-messenger.fee':
    '仕事の採用をうたいながら、面接・試験・研修・備品の費用を先に払うよう求め(「後で返金」)、やり取りを WhatsApp や Telegram に移そうとしています(送信元 {domain})。偽の求人の手口です。応募者に費用を請求する雇用主はいません。支払わず、その連絡先にも連絡しないでください。',
  'content.payout-details':
    '返金や給付があるとして、受け取りのため口座やカードの情報を求めています。役所は登録済みの口座に払います。自分で開いた公式サイトで確かめてください。',
  'content.payout-details.forfeit':
    '返金や給付があるとして、リンク先で口座やカードの情報を求め、期限までにしないと受け取れないとしています。還付金詐欺の手口です。何も入力しないでください。',
  'content.payout-details.sale':
    '購入者が代金を支払ったとして、リンク先で取引の確認やカード・口座情報の入力をすれば受け取れるとしています。フリマ・売買サイトを装った受取詐欺の手口で、そのページはカード情報を盗みます。本物の販売通知は発送を求めるだけです。やり取りはアプリの中だけで行ってください。',
  'content.payout-details.failed':
    '返金や給付の振込ができなかったとして、受け取りのためリンク先で口座やカードの情報を入力・確認するよう求めています。還付金詐欺の手口です。役所は登録済みの口座に払います。何も入力せず、自分で開いた公式サイトで確かめてください。',
  'content.domain-slam':
    'ドメイン {domain} の更新請求を装い、小さな文字で「請求書ではない」としています。別会社が移管や無意味な登録を売る手口です。支払わないでください。',
  'content.faceless-authority':
    'カード・銀行・税金・罰金・給与の通知ですが、送信者は名乗っていません。名前は「{name}」という役割だけで、{domain} という一般的な単語だけでできたドメインから送られています。実在の銀行やカード会社、公的機関は自分の名前と自分のドメインで送ります。リンクは使わず、手元のアプリやカード、既知のサイトから確認してください。',
  'content.rental-deposit':
    '内見できない物件の保証金を先に求め、鍵を郵送するというフリーメールの相手です。賃貸の保証金詐欺です。内見前に支払わないでください。',
  'content.pretext.copyright':
    '画像や商標を無断使用したという主張で、「証拠」が誰でも借りられるページやファイルにあります。こうした主張はマルウェアやログインページを運びます。開かないでください。本物の申し立ては調べられるホスティング会社や代理店から届きます。',
  'content.pretext.sim-swap':
    'あなたの番号を新しいSIMやeSIMに移すという通知で、取り消しは責任者のいないリンクからです。取り消しページがアカウントを奪います。通信会社の公式番号に電話してください。',
  'content.pretext.wrong-person':
    'フリーメールの見知らぬ人が、会ったことやアドレスを見つけたことを持ち出し、投資やメッセージアプリの話に進めています。投資ロマンス詐欺の入口です。返信しないでください。',
  'content.pretext.rented-ask':
    '誰でもすぐに借りられるフォームやページで、パスワード、仕事のアカウント、銀行口座情報を求めています。まともな組織はそうして集めません。入力しないでください。',
  'content.pretext.register-offer':
    '「登録簿」への掲載料の請求ですが、小さな注記で公的な登記ではない私的な名簿だと認めています。支払うと無価値な契約が成立します。支払わないでください。公的な登記所はこのような書き方をしません。',
  'content.pretext.mark-fee':
    '商標や特許を「登録簿」に「公告」「掲載」する料金を銀行振込で求め、払わなければ取り消される、他人に出願されるおそれがあると脅しています。WIPO、EUIPO、USPTO、特許庁などの公的機関はこのような請求をしません。支払わず、弁理士か機関の公式サイトで確認してください。',
  'content.pretext.form-echo':
    'Webサイトのお問い合わせフォームの自動返信ですが、サイト自身の文面より前に別の組織へのリンクがあります。第三者があなたのアドレスでフォームにリンクを書き込み、サイトのサーバーが送ったものです。リンクを開かないでください。サイトが書いたものではありません。',
  'content.pretext.authority-domain':
    '一般的な単語だけでできたドメイン（{domain}）からの、脅しを伴う水道・電気・税金・学校・回線の通知で、実在の組織名がありません。公的機関や学校、事業者は自分のドメインから送ります。支払いやサインインは手元の請求書や既知のサイトからのみ行ってください。',
  'content.pretext.crypto-donation':
    '寄付を呼びかけながら、送金先が暗号資産のウォレットしかなく、責任の所在がないメールボックスから送られています。暗号資産での送金は追跡も取り消しもできず、実在が確かめられる慈善団体はこのように集めません。送金せず、寄付は自分で開いた団体の公式サイトから行ってください。',
  'content.pretext.investment-pitch':
    '見知らぬ相手が投資・暗号資産のプラットフォームと利益をうたい、返信先はフリーメールの {reply} です。投資詐欺の手口で、「プラットフォーム」は出金しようとするまで利益を表示し続けます。返信しないでください。',
  'content.pretext.investment-club':
    '金融機関が約束できない利益（1日あたり何％、利益保証、メンバーの平均収益など）をうたい、LINEなどのグループ、著名人や専門家の「無料の銘柄情報」、AI自動売買、または出金前の入金へ誘っています。投資グループ詐欺の手口で、アプリ上の利益は出金しようとすると次々に入金を求められます。参加も入金もせず、金融庁の登録業者かどうかを確かめてください。',
  'content.pretext.police-summons':
    '警察や検察を名乗り、児童ポルノや性犯罪の容疑での「出頭要請」を、フリーメールから送るか、フリーメールへの返信を求めています。偽の出頭要請詐欺で、事件を終わらせるための「罰金」が目的です。警察は自分のドメインから送り、出頭は郵送か直接で求めます。返信や支払いをせず、警察の正式な番号に相談してください。',
  'content.pretext.fake-lawsuit':
    '「民事訴訟を起こされた」とし、期日までに電話すれば取り下げられる、さもなければ給与の差し押さえや家族・勤務先への連絡があると告げています。架空請求の手口です。裁判所の書類は郵便で届き、コールセンターが取り下げを受け付けることはありません。電話も支払いもしないでください。',
  'content.pretext.prize-fee':
    '宝くじや懸賞に当選したとして、支払いの前に手数料や税金を求めています。前払い金詐欺の手口です。本物の宝くじが当選者からお金を取ることはありません。支払いやカード情報の入力をしないでください。',
  'content.pretext.job-fee':
    '採用の通知で、ビザや許可証、手続きの費用を応募者に支払わせようとしています（「初任給で返金」など）。偽求人詐欺の手口です。本物の雇用主や人材会社が応募者に費用を請求することはありません。支払わず、会社の公式サイトで確認してください。',
  'content.pretext.directory-form':
    '企業名簿や登録簿の「掲載情報の確認・更新」として、署名して返送する用紙を求めています。署名は小さな文字で書かれた複数年の有料掲載の申込みになります。情報の更新に署名は要りません。署名・返送しないでください。',
  'content.pretext.list-offer':
    '展示会の来場者や購買担当者のメールアドレスのリストを売り込んでいます。こうしたリストは収集されたものか作り物で、購入は個人情報保護の法令に反します。返信しないでください。',
  'content.pretext.crypto-invoice':
    '請求書のメモで、割引をうたうなどして暗号資産のウォレットへの支払いを求め、控えをフリーメールに送るよう求めています。請求書は本物らしく見せるためのもので、送ったお金は取り戻せません。その方法で払わず、既に知っている電話番号で相手に確かめてください。',
  'content.pretext.wallet-claim':
    'ウォレットの接続やリカバリーフレーズの入力でトークンを「受け取れる」とする、取引所でもウォレットでもない送信者のメールです。署名ひとつで中身を奪われます。接続も署名もしないでください。',
  'content.pretext.refund-deposit':
    '税金の還付金があるとして、ページで銀行を選んで受け取るよう求めています。税務当局は登録済みの口座に振り込み、銀行を選ばせるメールは送りません。リンク先はネットバンキングの情報を盗むページです。自分で開いた税務当局のサイトで確かめてください。',
  'content.pretext.locked-file':
    'ファイルが保護されているとして、メールアドレスやそのパスワードでサインインして開くよう求めています。本物の共有はサービス自身のボタンで開き、メールのパスワードを求めることはありません。リンク先はアカウントを盗むページです。サインインせず、別の方法で送信者に確かめてください。',
  'content.bank-change':
    '支払先の銀行口座が変わったとして、新しい口座への支払いを求めています。送信元のアドレスが本物でも、そのメールボックスが詐欺師に乗っ取られていることがあり、これは最も多い支払い詐欺の手口です。支払う前に、このメールに書かれた番号ではなく、以前から知っている番号で相手の会社に電話し、変更を確かめてください。',
  'content.bank-change.no-call':
    '支払先の銀行口座が変わったとして新しい口座への支払いを求め、さらに電話での確認をしないよう求めています。本物の取引先はこうした変更を電話で確かめるよう求めるもので、確認の電話を封じるのはメールボックスを乗っ取った詐欺師の手口です。支払わず、このメールに書かれた番号ではなく、以前から知っている番号で相手の会社に電話してください。',
  'content.foreign-iban':
    '新しい口座 {iban} は送信者 ({home}) とは別の国 ({country}) の口座です。だまし取られる支払いは国外の口座に送られます。支払う前に、以前から知っている番号で相手の会社に電話してください。',
  'content.extortion':
    '端末に侵入した・撮影したと脅し、ビットコインを要求しています(脅迫の手口 {count} 点)。同じ文面が大量に送られており、相手は何も持っていません。支払わず、返信もしないでください。',
  'content.advance-fee':
    '前払い詐欺の筋書き(高額の金額・あなたが受け取れるお金・その受け取り方・口外しないこと・個人情報の要求のうち {count} つ)がそろっています。手数料は返信の後で求められます。',
  'content.advance-fee.reply':
    '前払い詐欺の筋書き(高額の金額・あなたが受け取れるお金・その受け取り方・口外しないこと・個人情報の要求のうち {count} つ)がそろい、返信先は責任の所在がない {reply} です。返信しないでください。',
  'content.disguised-text.name': '差出人名「{reading}」は、フィルターを逃れるため文字が偽装されています({how})。',
  'content.disguised-text.subject': '件名「{reading}」は、フィルターを逃れるため文字が偽装されています({how})。',
  'content.disguise.hidden': '見えない文字',
  'content.disguise.styled': '装飾文字',
  'content.disguise.spaced': '1 文字ずつの空白',
  'content.disguise.mixed-script': 'キリル・ギリシャ文字',
  'content.forwarded':
    '組織内の人が {from} からのメールを転送しています。下記の警告(リンクと文言)は転送した人ではなく、転送されたメールのものです。そのリンクは開かず、返信もしないでください。',
  'content.attached-message.phishing':
    '添付されたメール {name}({from} から)は、それ自体がフィッシングメールです。{said} このメールもそのリンクも開かないでください。',
  'content.attached-message.suspicious':
    '添付されたメール {name}({from} から)には、それ自体にフィッシングの兆候があります。{said} 対応する前に、差出人に別の方法で確認してください。',
  'content.attached-message.returned':
    '添付されたメール {name} は、この通知で返送されたあなたの組織自身のメール({from} から)です。その兆候は IT 向けに示すもので、このメールの判定には数えていません。{said}',
  'content.attached-message.clean':
    '添付されたメール {name}({from} から)も一通のメールとして確認しました。危険な兆候は見つかりませんでした。',
  'content.attached-message.unread':
    '添付されたメール {name} はここではメールとして読めないため、確認していません(Outlook の .msg 形式、壊れたもの、または確認する数を超えたもの)。心当たりがある場合だけ開いてください。',
  'content.attached-message.see-evidence': 'その兆候は下に示します。',
  'content.lure': 'フィッシングメールによくある文言が {count} 種類そろっています({families})。',
  'content.lure.notice': '無関係の送信者からのメールアカウントの通知({families})で、ボタンは別のサイトに移動します。',
  'content.family.deletion': 'アカウント停止・削除の予告',
  'content.family.verify': 'ログインや登録情報の確認の要求',
  'content.family.security': '不正ログイン・不正利用の通知',
  'content.family.upgrade': 'アップグレード・移行・メンテナンス',
  'content.family.mailbox': 'メールボックスの容量不足・受信保留',
  'content.family.payment': '支払い・カード情報の不備',
  'content.family.urgency': '期限を切った催促',
  'content.family.delivery': '荷物の不在・配達失敗',
  'content.family.prize': '当選・ポイント・返金',
  'content.family.fee': '手数料・関税・罰金・税金の請求',
  'content.family.fileshare': '共有文書・電子署名・FAX',
  'content.family.invoice': '送金明細・振込先の変更',
  'content.family.survey': '特典つきアンケート',
  'content.family.casino': 'カジノのボーナス',
  'content.family.investment': '元本保証・高利回りの投資',
  'content.family.windfall': '遺産・寄付の受け取り',
  'content.family.crypto': 'ウォレット認証・シードフレーズ',
  'content.family.job': '在宅でできる簡単な高収入の仕事、またはメッセージアプリでの連絡',
  'content.form':
    'メール本文に入力フォームがあります({count} 件)。入力した内容は下記の送信先にそのまま送られます。アンケートで使われることもありますが、フィッシングの常とう手段です。',
  'content.form.password':
    'メール本文にパスワードの入力欄があります。正規のサービスがメールの中でパスワードを入力させることはありません。入力すると送信者に渡ります。',
  // checks/attachments.ts
  'content.risky-attachment.program':
    '添付ファイル {name} はプログラム({type})です。開くとパソコン上で実行されます。開かないでください。',
  'content.risky-attachment.disguised':
    '添付ファイル {name} の名前は、種類を偽装しています(二重の拡張子、または逆向きの文字)。',
  'content.risky-attachment.member':
    '添付ファイル {name} は圧縮ファイルで、開くとプログラムが動くファイル {member} が入っています。開かないでください。',
  'content.risky-attachment.member-page':
    '添付ファイル {name} はフィルターを避けて Web ページ {member} だけを収めた圧縮ファイルで、偽サイトを開きます。開かないでください。',
  'content.risky-attachment.unlisted':
    '添付ファイル {name} は圧縮ファイルまたはディスクイメージ({type})で、中身を確認できませんでした。プログラムが入っているおそれがあります。',
  'content.risky-attachment.form':
    '添付ファイル {name} はパスワード入力欄のある Web ページです。開くと偽のログイン画面が表示され、入力した内容は送信者に渡ります。',
  'content.risky-attachment.form-data':
    '添付ファイル {name} は、入力した内容を {host} に送るフォームのある Web ページです。開くと偽の入力画面が表示され、入力した個人情報は送信者に渡ります。',
  'content.risky-attachment.redirect':
    '添付ファイル {name} は、開いた瞬間に別のサイトを開くか、隠したコードを実行する Web ページです。',
  'content.risky-attachment.script': '添付ファイル {name} は、開くとスクリプトが動く Web ページです。',
  'content.risky-attachment.links':
    '添付ファイル {name} は他のサイトへのリンク({count} 件)を含む Web ページです。ファイルとして送られた Web ページは、偽のログイン画面を見せる常とう手段です。',
  'content.risky-attachment.partial': '添付ファイル {name} は全体を読めなかったため、残りの部分は確認していません。',
  'content.risky-attachment.skipped': '添付ファイル {count} 件のうち、最初の {checked} 件だけを確認しました。',
  'content.risky-attachment.protected':
    '添付ファイル {name} はパスワード付きの圧縮ファイルで、そのパスワードが同じメールに書かれています。この鍵はあなたには何も隠さず、中身を調べるメールのフィルターから隠すだけです。開かないでください。',

  // 作業ウィンドウ(src/ui, src/hosts/outlook)
  'ui.title': 'Phish Inspector',
  'ui.loading': 'このメールを確認しています…',
  'ui.subject-label': '確認したメールの件名:',
  'ui.details.summary': 'IT 担当者向けの詳細',
  'ui.details.hint': '問題のなかった項目と、各項目の技術的な根拠(メールのヘッダー、メールが届くまでの経路)です。',
  'ui.checklist.clear': '差出人、経路、リンク、文面のどれにも、怪しい点は見つかりませんでした。',
  'ui.no-subject': '(件名なし)',
  'ui.section.empty': 'この項目で指摘する点はありません。',
  'ui.evidence.toggle': '根拠({count} 件)',
  'ui.evidence.link': 'リンク',
  'ui.evidence.written-as': 'メール上の表記',
  'ui.relay-unknown': '名前のない中継サーバー',
  'ui.hops.toggle': '配送経路(Received 行 {count} 件)',
  'ui.hops.caption': '古い順: 最初の送信元から、受け渡したサーバーを順に示します。',
  'ui.hops.from': '送信元',
  'ui.hops.by': '受信したサーバー',
  'ui.hops.delay': '経過時間',
  'ui.hops.role.origin': '最初の送信元',
  'ui.hops.role.relay': '中継',
  'ui.hops.role.entry': 'あなたのメールシステムの入口',
  'ui.hops.role.internal': 'あなたのメールシステム内',
  'ui.hops.authenticated': 'ログインして送信',
  'ui.hops.tls': '暗号化あり',
  'ui.delay.seconds': '{n} 秒',
  'ui.delay.minutes': '{n} 分',
  'ui.delay.hours': '{n} 時間',
  'ui.delay.days': '{n} 日',
  'ui.notice.no-item': '確認するメールを選択してください。',
  'ui.notice.not-outlook':
    'このページは Outlook の中で使います。Outlook でメールを開き、リボンの [フィッシング確認] を選んでください。',
  'ui.notice.office-missing':
    'Outlook のアドイン用ライブラリ(office.js)を読み込めなかったため、メールを読み取れません。ネットワークの接続を確かめるか、appsforoffice.microsoft.com への接続が遮断されていないか情報システム部門に確認してください。',
  'ui.notice.headers-unsupported':
    'お使いの Outlook では、アドインがメールのヘッダーを取得できません(Mailbox 要件セット 1.8 が必要です)。差出人・件名・リンクは確認しましたが、差出人の認証と配送経路は確認していません。',
  'ui.notice.headers-empty':
    'Outlook からこのメールのヘッダーを取得できませんでした。送信済みアイテムのメール、自分宛てに送ったメール、社内のメールの一部ではこうなります。差出人・件名・リンクは確認しましたが、差出人の認証と配送経路は確認していません。',
  'ui.notice.headers-failed':
    'Outlook からこのメールのヘッダーを取得できませんでした({error})。差出人・件名・リンクは確認しましたが、差出人の認証と配送経路は確認していません。',
  'ui.notice.body-failed':
    'Outlook からこのメールの本文を取得できなかったため({error})、リンクと文面は確認していません。',
  'ui.notice.analysis-failed':
    '確認を最後まで実行できませんでした({error})。もう一度お試しください。何度も失敗する場合は、このメールを情報システム部門に転送してください。',
  'ui.notice.checks-missing':
    'チェックの一部を読み込めなかったため、この判定はフィッシングの兆候を見落としている可能性があります。もう一度確認してください。繰り返す場合はネットワークがアドインのファイルを遮断している可能性があります。判断に迷う場合はこのメールを情報システム部門に転送してください。',
  'ui.notice.actions-failed':
    '「IT 担当に報告」と「概要をコピー」を準備できませんでした({error})。上の確認結果はすべて表示されています。もう一度お試しいただくか、作業ウィンドウを閉じて開き直してください。',
  'ui.retry': 'もう一度確認',
  'ui.online.lookup': 'オンラインで調べる',
  'ui.help': 'ヘルプ: 結果の見方',
  'ui.privacy': 'このメールはお使いのパソコン上で確認しました。メールの内容はどこにも送信していません。',

  'ui.report.actions-label': 'このメールへの対応',
  'ui.report.button': 'IT 担当に報告',
  'ui.report.confirm-question':
    'このメールを IT 担当({address})に報告しますか? このメールを添付した下書きが開きます。「送信」を押すまで何も送信されません。',
  'ui.report.confirm': '下書きを開く',
  'ui.report.cancel': 'キャンセル',
  'ui.report.cancelled': '報告を取りやめました。何も送信していません。',
  'ui.report.opening': '下書きを開いています…',
  'ui.report.opened':
    '{address} 宛ての下書きを、このメールを添付して開きました。内容を確かめて「送信」を押してください。',
  'ui.report.no-address':
    '報告先の IT 担当のアドレスがまだ設定されていません。IT 担当に連絡してください。それまでは「概要をコピー」で確認結果をコピーできます。',
  'ui.report.no-address.user':
    '報告先のアドレスがまだ設定されていません。IT 担当から聞いた報告用のアドレスを入力してください。',
  'ui.report.unsupported':
    'このバージョンの Outlook では報告用の下書きを開けません(スマートフォン版や古いバージョンの Outlook は対応していません)。「概要をコピー」で確認結果をコピーし、パソコンまたは Web 版の Outlook から、このメールを添付ファイルとして {address} に転送してください。',
  'ui.report.failed':
    '下書きを開けませんでした({error})。「概要をコピー」で確認結果をコピーし、このメールを添付ファイルとして {address} に転送してください。',
  'ui.report.address.label': '報告先(IT 担当)のメールアドレス',
  'ui.report.address.change': '報告先を設定',
  'ui.report.address.save': '保存',
  'ui.report.address.saved': '保存しました。報告は {address} 宛てに送られます。',
  'ui.report.address.cleared':
    'ご自分で設定したアドレスを削除しました。報告は管理者が設定したアドレス宛てに送られます。',
  'ui.report.address.cleared-none':
    'ご自分で設定したアドレスを削除しました。現在、報告先のアドレスは設定されていません。',
  'ui.report.address.invalid': 'メールアドレスの形式になっていません。確認してもう一度入力してください。',
  'ui.report.address.locked': '報告先のアドレスは管理者が設定しているため、ここでは変更できません。',
  'ui.report.address.failed': 'アドレスを保存できませんでした({error})。',
  'ui.false-alarm.button': 'この結果はおかしい',
  'ui.false-alarm.label': 'この結果が間違っていると IT 担当に伝える',
  'ui.false-alarm.question':
    'この結果が間違っていると IT 担当({address})に伝えますか? このメールを添付し、「誤検知の可能性」と書いた下書きが開きます。IT 担当が設定を直せます。「送信」を押すまで何も送信されません。',
  'ui.false-alarm.question-save':
    '「誤検知の可能性」と書いた概要を保存して、IT 担当に送りますか? IT 担当が設定を直せます。',
  'ui.false-alarm.save': '概要を保存',
  'ui.false-alarm.saved': '保存しました。このファイルを IT 担当に送ってください。',
  'ui.false-alarm.opened':
    '{address} 宛ての下書きが開きました。「誤検知の可能性」と書き、このメールを添付しています。内容を確認して「送信」を押してください。',
  'ui.copy.button': '概要をコピー',
  'ui.copy.done': '概要をコピーしました。問い合わせ票やメールに貼り付けてください。',
  'ui.copy.fallback':
    'ここではコピーが許可されていません。下に概要を選択した状態で表示しました。Ctrl+C(Mac では ⌘C)でコピーしてください。',
  'ui.copy.fallback-label': '確認結果の概要',

  'report.false-alarm.subject': '[誤検知の可能性として報告]',
  'report.false-alarm.intro':
    '誤検知の可能性として報告します。Phish Inspector の判定が間違っていると思います。下記の結果を確認し、間違いであれば設定(自組織のドメイン、追加のブランド、信頼する送信者)を直してください。',
  'report.body.intro':
    '添付のメールを受け取りましたが、リンクを開いたり返信したりはしていません。Phish Inspector の確認結果は次のとおりです。',
  'report.body.shortened': 'メールに収めるため概要を途中までにしています。元のメールはそのまま添付しています。',
  'report.original-name': '報告するメール',
  'report.no-item-id': 'Outlook からこのメールの ID を取得できなかったため、添付できません',
  'report.no-answer': 'Outlook から応答がありません',
  'report.config-unreadable':
    'アドインの設定ファイル(config.json)を読み込めませんでした({error})。既定の設定を使います。IT 担当に連絡してください。',

  'origin.sender-ip.owner':
    '最初にこのメールを送り出したのは {ip} です({owner}、逆引き: {rdns}、名乗った名前:「{helo}」)。{relay} の記録によります。',
  'origin.sender-ip.authenticated.owner':
    '{relay} のメールアカウントにログインした誰かが、{ip} から送信しています({owner}、逆引き: {rdns}、名乗った名前:「{helo}」)。{relay} の記録によります。',
  'origin.entry-hop.owner':
    'このメールは {host} [{ip}]({owner}、逆引き: {rdns})から、あなたのメールシステム {by} に届きました。',
  'origin.sender-network': '最初の送信元 {ip} は {owner} のネットワークです。',
  'origin.sender-network.hosting':
    '最初の送信元 {ip} は、誰でもサーバーを借りられる {provider} のネットワークにあります({owner})。企業やメールサービスもこうしたネットワークから送信するため、これだけでは判断できません。',
  'origin.sender-network.rented-login':
    'このメールは {brand} を名乗っていますが、送信したのは、家庭や会社の回線ではなく {provider} の貸しサーバー {ip}({owner})から {relay} のメールアカウントにログインした誰かです。盗まれたメールアカウントを使うフィッシングの手口です。メールアプリによっては提供元のクラウド経由でログインするものもあるため、ほかの兆候とあわせて判断してください。',
  'ip.kind.private': '内部ネットワークのプライベートアドレス',
  'ip.kind.loopback': 'ループバックアドレス(そのマシン自身)',
  'ip.kind.link-local': 'ひとつのローカルネットワーク内だけで使うリンクローカルアドレス',
  'ip.kind.documentation': 'インターネット上には存在しない文書・例示用のアドレス',
  'ip.kind.reserved': 'インターネット上の送信元にはあり得ない予約済みのアドレス',
  'ip.not-listed': 'IP アドレスのネットワーク情報に該当なし',
  'ip.attribution': 'IP アドレスのネットワーク情報: {source}({date} 時点)',
  'ip.table-missing':
    'IP アドレスのネットワーク情報を読み込めませんでした({reason})。IP アドレスの持ち主は表示しません。',
  'ip.unavailable': 'IP アドレスのネットワーク情報を読み込めなかったため、IP アドレスの持ち主は表示していません。',
};
