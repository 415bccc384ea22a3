/**
 * The words of the online look-up (issue #18: RDAP, only when the reader asks), in both languages. They live apart
 * from the shared dictionary (en.ts, ja.ts) so the task pane's start-up carries none of them: a host registers them
 * with `addMessages` when it offers the look-up (the CLI with `--online`, the page's lazy look-up chunk).
 */
const onlineEn = {
  // config.json's `online.rdapBase` (core/online/config.ts)
  'online.config.bad-url': 'it must be an https:// address',
  'section.online': 'Looked up online',
  'online.domain-age.new':
    '{domain} was registered {days} days ago ({date}), and {basis} rests on it: phishing domains are often only days old.',
  'online.domain-age.young':
    '{domain} was registered {days} days ago ({date}): a new domain. Phishing domains are often only days old; new businesses have new domains too.',
  'online.domain-age': '{domain} was registered on {date}, {days} days ago.',
  'online.story.new-domain':
    'Looked up online ({at}): {domain}, which this message rests on, was registered only {days} days ago ({date}).',
  'online.domain-age.unknown': 'The registry of {domain} does not say when it was registered.',
  'online.domain-age.basis.brand': 'the claim to be {brand}',
  'online.domain-age.basis.login': 'a login form',
  'online.domain-age.basis.own-org': "a notice in our own organisation's name",
  'online.domain-registrar': '{domain} is registered through {registrar}.',
  'online.ip-owner': 'The registry says {ip} belongs to the network {network} ({handle}, {country}).',
  'online.ip-owner.table':
    'The registry says {ip} belongs to the network {network} ({handle}, {country}); the offline table says {owner}.',
  'online.unavailable.timeout': '{item} could not be looked up: {server} did not answer in time.',
  'online.unavailable.rate-limited': '{item} could not be looked up: {server} asked us to wait (too many requests).',
  'online.unavailable.not-found': '{server} has no record of {item}.',
  'online.unavailable.no-rdap':
    '{item} could not be looked up: its registry offers no RDAP service (many country domains have none).',
  'online.unavailable.malformed': '{item} could not be looked up: {server} sent an answer that is not RDAP.',
  'online.unavailable.too-large': '{item} could not be looked up: the answer of {server} was too large to read.',
  'online.unavailable.failed': '{item} could not be looked up: {server} could not be reached ({error}).',
  'online.unavailable.cancelled': 'The look-up of {item} was cancelled.',
  'online.unavailable.no-bootstrap':
    "{item} could not be looked up: IANA's list of registries ({server}) could not be read ({error}).",
  // What is sent, and why each item is in the list (the consent and the CLI's announcement)
  'online.role.from': 'From',
  'online.role.reply-to': 'Reply-To',
  'online.role.return-path': 'Return-Path',
  'online.role.link': 'link',
  'online.role.origin-ip': 'originating IP',
  'online.role.entry-ip': 'entry IP',
  'online.not-sent.no-rdap': 'its registry offers no RDAP service',
  'online.not-sent.no-bootstrap': "IANA's list of registries could not be read: {error}",
  // The page's look-up (hosts/web/online-lookup.ts): the consent, shown before the first look-up, and its progress
  'online.consent.title': 'Look up public registration data?',
  'online.consent.text':
    'To see how old the domains of this message are and who holds its IP addresses, Phish Inspector sends only the items below, each to the server named: no message text, no e-mail addresses, no full links. Those servers see your IP address, as any website does.',
  'online.consent.send': 'Send and look up',
  'online.consent.cancel': 'Cancel',
  'online.sent': 'Sent, each to the server named:',
  'online.looking-up': 'Looking up {count} items…',
  'online.stop': 'Stop',
  'online.nothing': 'Nothing to look up: no public domain or IP address outside your own organisation.',
  'online.not-set-up':
    'Phish Inspector may connect only to its own server here. To look things up online, the admin sets an RDAP proxy on that server (online.rdapBase in config.json) or builds it with PHISH_RDAP_CONNECT.',
  'online.off': 'Online look-ups are turned off by your organisation.',
  'online.bootstrap-note':
    "To find each registry, Phish Inspector first read IANA's public list from {server}: nothing from the message was in that request.",
  'online.item': '{item} ({roles}) → {server}',
  'online.item.not-sent': '{item} ({roles}): not sent ({reason})',
  'online.answered-at': 'answered at {time}',
  'online.failed': 'The look-up could not run: {error}',
  'online.not-permitted': 'Nothing was sent: Thunderbird was not given permission to reach those servers.',
  'online.error.browser': 'no answer the browser may read: the server sends no CORS headers, or could not be reached',
  'online.privacy':
    'Checked on this computer. Looked up online at your request: only the items listed under "Looked up online" were sent, each to the server named.',
};

export type OnlineKey = keyof typeof onlineEn;

const onlineJa: Record<OnlineKey, string> = {
  'online.config.bad-url': 'https:// で始まるアドレスにしてください',
  'section.online': 'オンラインで調べた結果',
  'online.domain-age.new':
    '{domain} は {days} 日前({date})に登録されたドメインで、{basis}の根拠になっています。フィッシング用のドメインは登録から数日しか経っていないことがよくあります。',
  'online.domain-age.young':
    '{domain} は {days} 日前({date})に登録された新しいドメインです。フィッシング用のドメインは登録から数日のことがよくありますが、新しい事業のドメインも新しいものです。',
  'online.domain-age': '{domain} は {date}({days} 日前)に登録されました。',
  'online.story.new-domain':
    'オンラインで確認({at}):このメールが頼りにしている {domain} は、わずか {days} 日前({date})に登録されたドメインです。',
  'online.domain-age.unknown': '{domain} の登録機関は、登録日を公開していません。',
  'online.domain-age.basis.brand': '「{brand}」を名乗る主張',
  'online.domain-age.basis.login': 'ログインフォーム',
  'online.domain-age.basis.own-org': '自分の組織の名前で届いた通知',
  'online.domain-registrar': '{domain} は {registrar} を通じて登録されています。',
  'online.ip-owner': '登録機関によると、{ip} はネットワーク {network}({handle}、{country})のものです。',
  'online.ip-owner.table':
    '登録機関によると、{ip} はネットワーク {network}({handle}、{country})のものです。オフラインの表では {owner} です。',
  'online.unavailable.timeout': '{item} を調べられませんでした。{server} が時間内に応答しませんでした。',
  'online.unavailable.rate-limited':
    '{item} を調べられませんでした。{server} から、しばらく待つよう求められました(問い合わせが多すぎます)。',
  'online.unavailable.not-found': '{server} には {item} の登録情報がありません。',
  'online.unavailable.no-rdap':
    '{item} を調べられませんでした。その登録機関は RDAP(登録情報の公開サービス)を提供していません(国別ドメインの多くは提供していません)。',
  'online.unavailable.malformed': '{item} を調べられませんでした。{server} の応答が RDAP の形式ではありません。',
  'online.unavailable.too-large': '{item} を調べられませんでした。{server} の応答が大きすぎて読めません。',
  'online.unavailable.failed': '{item} を調べられませんでした。{server} に接続できませんでした({error})。',
  'online.unavailable.cancelled': '{item} の問い合わせは取り消されました。',
  'online.unavailable.no-bootstrap':
    '{item} を調べられませんでした。IANA の登録機関一覧({server})を読めませんでした({error})。',
  'online.role.from': 'From',
  'online.role.reply-to': 'Reply-To',
  'online.role.return-path': 'Return-Path',
  'online.role.link': 'リンク',
  'online.role.origin-ip': '送信元の IP',
  'online.role.entry-ip': '受信口の IP',
  'online.not-sent.no-rdap': 'その登録機関は RDAP を提供していません',
  'online.not-sent.no-bootstrap': 'IANA の登録機関一覧を読めませんでした: {error}',
  'online.consent.title': '公開されている登録情報を調べますか?',
  'online.consent.text':
    'このメールのドメインがいつ登録されたか、IP アドレスが誰のものかを調べるため、下の項目だけを、それぞれ示したサーバーに送ります。本文、メールアドレス、リンクの全体は送りません。どのウェブサイトとも同じく、送り先のサーバーにはあなたの IP アドレスが見えます。',
  'online.consent.send': '送信して調べる',
  'online.consent.cancel': 'キャンセル',
  'online.sent': '次のものを、それぞれ示したサーバーに送りました:',
  'online.looking-up': '{count} 件を調べています…',
  'online.stop': '中止',
  'online.nothing': '調べるものがありません(自組織以外の公開ドメインや IP アドレスがありません)。',
  'online.not-set-up':
    'ここでの Phish Inspector は自分のサーバーにしか接続できません。オンラインで調べるには、管理者がそのサーバーに RDAP プロキシを用意するか(config.json の online.rdapBase)、PHISH_RDAP_CONNECT を指定してビルドします。',
  'online.off': 'オンラインでの問い合わせは、組織の設定で無効になっています。',
  'online.bootstrap-note':
    '登録機関を探すため、先に IANA の公開一覧を {server} から読み込みました。その要求にメールの内容は含まれていません。',
  'online.item': '{item}({roles})→ {server}',
  'online.item.not-sent': '{item}({roles}): 送りません({reason})',
  'online.answered-at': '{time} 時点の応答',
  'online.failed': '問い合わせを実行できませんでした: {error}',
  'online.not-permitted': '何も送っていません。Thunderbird に、これらのサーバーへの接続が許可されませんでした。',
  'online.error.browser':
    'ブラウザーが読める応答がありません。サーバーが CORS ヘッダーを返さないか、接続できませんでした',
  'online.privacy':
    'このコンピューターで確認しました。ご依頼によりオンラインで問い合わせ、「オンラインで調べた結果」に示した項目だけを、それぞれ示したサーバーに送りました。',
};

export const onlineMessages = { en: onlineEn, ja: onlineJa };
