/**
 * The words of the standalone page (src/hosts/web), in both languages. They live apart from the shared dictionary
 * (en.ts, ja.ts) so that the task pane does not carry them; the host registers them with `addMessages`.
 */
const webEn = {
  // Standalone page (src/hosts/web): paste headers, choose or drop an .eml, try the sample, download the result.
  'web.title': 'Phish Inspector: check a suspicious message',
  'web.heading': 'Check a suspicious message',
  'web.intro':
    'Paste the message’s headers (or the whole message), or choose or drop a saved .eml file. The check runs in this page: nothing you paste or drop is uploaded.',
  'web.paste.label': 'Message headers, or the whole message source',
  'web.paste.hint':
    'Where to find them — Outlook: File › Properties › Internet headers. Outlook on the web and the new Outlook: … › View › View message details. Gmail: ⋮ › Show original. Thunderbird: View › Message Source.',
  'web.check': 'Check',
  'web.sample': 'Try the sample',
  'web.sample.hint': 'A real phishing message that claimed to be from KAGOYA (December 2021).',
  'web.file.choose': 'Choose an .eml file',
  'web.file.drop': 'or drop one anywhere on this page.',
  'web.lang.label': 'Language',
  'web.lang.en': 'English',
  'web.lang.ja': '日本語',
  'web.outlook.summary': 'Use it in Outlook',
  'web.outlook.steps':
    'This server also hosts the Outlook add-in. Trust the development certificate once (npx office-addin-dev-certs install), then in Outlook on the web or the new Outlook open aka.ms/olksideload › My add-ins › Custom Addins › Add a custom add-in › Add from File…, and choose manifest.xml. Open a message and choose Analyze.',
  'web.actions.label': 'Save the result',
  'web.download.report': 'Download report (.json)',
  'web.download.summary': 'Download summary (.txt)',
  'web.notice.empty': 'Paste the message headers first, or choose an .eml file.',
  'web.notice.headers-only':
    'Only headers were given, so the links and wording of the message were not checked. Paste the whole message source, or choose the .eml file, to check them too.',
  'web.notice.not-mail':
    'This does not look like mail headers: no From, Received, Date or Subject line was found. Paste the header block as your mail app shows it (its lines start like "Received:" and "From:"), or the whole message source.',
  'web.notice.not-mail-file':
    '{name} is not a mail file: no header lines were found in it. Choose a message saved as .eml.',
  'web.notice.msg-file':
    '{name} is an Outlook .msg file, which this page cannot read. Paste the message headers instead (in Outlook: File › Properties › Internet headers), or save the message as .eml from Outlook on the web or the new Outlook and choose that.',
  'web.notice.too-large':
    '{name} is larger than {limit} MB: too large to check in this page. Paste its headers instead.',
  'web.notice.file-failed': '{name} could not be read ({error}).',
  'web.notice.sample-failed': 'The sample message could not be loaded ({error}).',
  'web.notice.sample-anonymised':
    'This sample is a real phishing message with the receiving side made anonymous: example.co.jp and 203.0.113.25 stand in for the real recipient and its mail server. The warning about 203.0.113.25 comes from that change, not from the attacker.',
  'web.notice.first-file-only': 'Several files were dropped: only the first, {name}, was checked.',
  // The online look-up (issue #18): its code and other words load only when clicked (hosts/web/online-lookup.ts).
  'web.online.lookup': 'Look up online',
} as const;

export type WebKey = keyof typeof webEn;

const webJa: Record<WebKey, string> = {
  // スタンドアロンページ(src/hosts/web)
  'web.title': 'Phish Inspector: 不審なメールの確認',
  'web.heading': '不審なメールを確認する',
  'web.intro':
    'メールのヘッダー(またはメール全体)を貼り付けるか、保存した .eml ファイルを選ぶかドロップしてください。確認はこのページの中で行います。貼り付けた内容やファイルはどこにもアップロードされません。',
  'web.paste.label': 'メールのヘッダー、またはメールのソース全体',
  'web.paste.hint':
    'ヘッダーの表示方法 — Outlook: [ファイル] › [プロパティ] › [インターネット ヘッダー]。Outlook on the web と新しい Outlook: […] › [表示] › [メッセージの詳細を表示]。Gmail: ⋮ › [メッセージのソースを表示]。Thunderbird: [表示] › [メッセージのソース]。',
  'web.check': '確認する',
  'web.sample': 'サンプルで試す',
  'web.sample.hint': 'KAGOYA を名乗った実際のフィッシングメール(2021 年 12 月)です。',
  'web.file.choose': '.eml ファイルを選ぶ',
  'web.file.drop': 'または、このページのどこかにドロップしてください。',
  'web.lang.label': '言語',
  'web.lang.en': 'English',
  'web.lang.ja': '日本語',
  'web.outlook.summary': 'Outlook で使う',
  'web.outlook.steps':
    'このサーバーは Outlook アドインも配信しています。最初に一度だけ開発用証明書を信頼させ(npx office-addin-dev-certs install)、Outlook on the web または新しい Outlook で aka.ms/olksideload を開いて [個人用アドイン] › [カスタム アドイン] › [カスタム アドインを追加] › [ファイルから追加] で manifest.xml を選びます。メールを開き、[フィッシング確認] を選んでください。',
  'web.actions.label': '結果を保存',
  'web.download.report': 'レポートをダウンロード(.json)',
  'web.download.summary': '概要をダウンロード(.txt)',
  'web.notice.empty': '先にメールのヘッダーを貼り付けるか、.eml ファイルを選んでください。',
  'web.notice.headers-only':
    'ヘッダーだけが貼り付けられたため、本文のリンクと文面は確認していません。確認するには、メールのソース全体を貼り付けるか、.eml ファイルを選んでください。',
  'web.notice.not-mail':
    'メールのヘッダーではないようです(From、Received、Date、Subject などの行が見つかりません)。メールソフトに表示されるヘッダー(「Received:」や「From:」で始まる行)か、メールのソース全体を貼り付けてください。',
  'web.notice.not-mail-file':
    '{name} はメールのファイルではありません(ヘッダーの行が見つかりません)。.eml 形式で保存したメールを選んでください。',
  'web.notice.msg-file':
    '{name} は Outlook の .msg ファイルで、このページでは読み込めません。代わりにヘッダーを貼り付けるか(Outlook: [ファイル] › [プロパティ] › [インターネット ヘッダー])、Outlook on the web または新しい Outlook でメールを .eml として保存して、そのファイルを選んでください。',
  'web.notice.too-large':
    '{name} は {limit} MB を超えているため、このページでは確認できません。ヘッダーを貼り付けてください。',
  'web.notice.file-failed': '{name} を読み込めませんでした({error})。',
  'web.notice.sample-failed': 'サンプルのメールを読み込めませんでした({error})。',
  'web.notice.sample-anonymised':
    'このサンプルは実際のフィッシングメールで、受信した側の情報は匿名にしてあります。example.co.jp と 203.0.113.25 は、本当の受信者とそのメールサーバーの代わりです。203.0.113.25 についての「注意」はこの置き換えによるもので、攻撃者によるものではありません。',
  'web.notice.first-file-only': '複数のファイルがドロップされたため、最初の {name} だけを確認しました。',
  'web.online.lookup': 'オンラインで調べる',
};

export const webMessages = { en: webEn, ja: webJa };
