/**
 * The words of the command line (src/cli), in both languages. They live apart from the shared dictionary
 * (en.ts, ja.ts) so that the task pane does not carry them; the host registers them with `addMessages`.
 */
const cliEn = {
  // CLI (src/cli): usage, errors that say what to do, headings. {source} is a path (mbox: path#n).
  'cli.usage':
    'Usage: phish-inspector [--json] [--lang en|ja] [--config <file>] [--online] [--jobs <n>] <path>...\n' +
    '\n' +
    'Checks each message and prints a verdict with the evidence behind it.\n' +
    '  <path>           a saved message (.eml), an mbox file, or a folder (its .eml files, recursively)\n' +
    '  -                standard input: one message or an mbox piped in\n' +
    '  --json           one JSON object per message per line\n' +
    '  --lang en|ja     language of the report (default: en)\n' +
    "  --config <file>  the Outlook add-in's config.json (own domains, trusted authserv-ids, extra brands)\n" +
    '  --online         also look up public registration data (RDAP): how old the domains are, who holds the IPs.\n' +
    '                   Sends only registrable domains and the origin and entry IPs, each to its registry (or the\n' +
    "                   config's online.rdapBase), and says what and to whom first. Never without this option.\n" +
    '  --jobs <n>       messages analysed at once, each on a core of its own (default: one per idle core; 1: one thread)\n' +
    '  --version        show the version\n' +
    '  -h, --help       show this help\n' +
    '\n' +
    'Exit status: 0 every message analysed, 1 some file could not be analysed, 2 usage error.',
  'cli.error.prefix': 'phish-inspector: {error}',
  'cli.error.unknown-option': 'unknown option {option}',
  'cli.error.missing-value': '{option} needs a value',
  'cli.error.bad-lang': '--lang must be en or ja, not "{lang}"',
  'cli.error.bad-jobs': '--jobs must be a whole number from 1 to 64, not "{jobs}"',
  'cli.error.no-path': 'no file or folder given',
  'cli.error.not-found': '{source}: no such file or folder. Check the path and try again.',
  'cli.error.unreadable': '{source}: cannot be read ({reason}). Check that it exists and that you may read it.',
  'cli.error.not-a-file':
    '{source}: is neither a file nor a folder. Give a saved message (.eml), an mbox file, or a folder.',
  'cli.error.empty': '{source}: the file is empty. Save the message again from your mail client (as .eml) and retry.',
  'cli.error.not-mail':
    '{source}: does not look like an email message. Give a saved message (.eml), an mbox file, or a folder of .eml files.',
  'cli.error.too-large':
    '{source}: the message is larger than {limit} MB and was skipped. Save it without its attachments and retry.',
  'cli.error.no-messages': '{source}: the folder holds no .eml files. Point at the folder the messages were saved to.',
  'cli.error.failed':
    '{source}: could not be analysed ({reason}). Please report this to the maintainers with the file.',
  'cli.error.stdin-empty': 'standard input (-) is empty. Pipe a message in, e.g. phish-inspector - < message.eml',
  'cli.error.config-not-found': '{file}: no such configuration file. Check the path given to --config.',
  'cli.error.config-unreadable': '{file}: the configuration cannot be read ({reason}). Check that you may read it.',
  'cli.error.config-invalid':
    '{file}: not a valid configuration ({reason}). Fix it (see config.example.json) and retry.',
  'cli.config.too-large': 'larger than 256 KB',
  'cli.config.problem': '{file}: "{field}": {problem}. Its default is used.',
  'cli.version': 'phish-inspector {version}',
  'cli.verdict': 'Verdict: {verdict}',
  'cli.relay-unknown': 'an unnamed relay',
  'cli.progress': '{source}: {count} messages read',
  'cli.online.bootstrap':
    "Reading IANA's list of RDAP servers ({server}) to route the look-up: nothing from the messages is in it.",
  'cli.online.sending': '{source}: online look-up: sending only these, each to the server named:',
  'cli.online.item': '  {item} ({roles}) → {server}',
  'cli.online.not-sent': '  {item} ({roles}): not sent ({reason})',
  'cli.online.nothing': '{source}: online look-up: nothing to look up (no public domain or IP outside your own).',
  'cli.online.off':
    'online look-ups are turned off in {file} (online.allowed is false). Ask the admin, or run without --online.',
  'cli.online.at': 'answered at {time}',
} as const;

export type CliKey = keyof typeof cliEn;

const cliJa: Record<CliKey, string> = {
  // CLI(src/cli)
  'cli.usage':
    '使い方: phish-inspector [--json] [--lang en|ja] [--config <ファイル>] [--online] [--jobs <n>] <パス>...\n' +
    '\n' +
    'メールを1通ずつ調べ、判定とその根拠を表示します。\n' +
    '  <パス>               保存したメール(.eml)、mbox ファイル、またはフォルダー(中の .eml をすべて)\n' +
    '  -                    標準入力: パイプで渡した1通のメールまたは mbox\n' +
    '  --json               1通ごとに JSON を1行で出力\n' +
    '  --lang en|ja         表示する言語(既定: en)\n' +
    '  --config <ファイル>  Outlook アドインの config.json(自組織のドメイン、信頼する authserv-id、追加ブランド)\n' +
    '  --online             公開されている登録情報(RDAP)も調べる: ドメインの登録日、IP の持ち主。\n' +
    '                       送るのは登録ドメインと送信元・受信口の IP だけで、それぞれの登録機関(または設定の\n' +
    '                       online.rdapBase)に送ります。送る前に、何をどこへ送るかを表示します。指定しない限り送りません。\n' +
    '  --jobs <n>           同時に調べるメールの数(1通ずつ別のコアで。既定: 空いているコアの数、1: 1スレッド)\n' +
    '  --version            バージョンを表示\n' +
    '  -h, --help           この説明を表示\n' +
    '\n' +
    '終了ステータス: 0 すべて調べた、1 調べられなかったファイルがある、2 使い方の誤り。',
  'cli.error.prefix': 'phish-inspector: {error}',
  'cli.error.unknown-option': '{option} というオプションはありません',
  'cli.error.missing-value': '{option} には値が必要です',
  'cli.error.bad-lang': '--lang には en か ja を指定してください("{lang}" は使えません)',
  'cli.error.bad-jobs': '--jobs には 1 から 64 までの整数を指定してください("{jobs}" は使えません)',
  'cli.error.no-path': 'ファイルかフォルダーを指定してください',
  'cli.error.not-found': '{source}: ファイルもフォルダーも見つかりません。パスを確かめてください。',
  'cli.error.unreadable': '{source}: 読み込めません({reason})。存在するか、読む権限があるかを確かめてください。',
  'cli.error.not-a-file':
    '{source}: ファイルでもフォルダーでもありません。保存したメール(.eml)、mbox ファイル、フォルダーのいずれかを指定してください。',
  'cli.error.empty': '{source}: ファイルが空です。メールソフトからもう一度 .eml として保存してください。',
  'cli.error.not-mail':
    '{source}: メールではないようです。保存したメール(.eml)、mbox ファイル、.eml の入ったフォルダーのいずれかを指定してください。',
  'cli.error.too-large': '{source}: {limit} MB を超えるため調べていません。添付ファイルを除いて保存し直してください。',
  'cli.error.no-messages': '{source}: .eml ファイルがありません。メールを保存したフォルダーを指定してください。',
  'cli.error.failed': '{source}: 調べられませんでした({reason})。このファイルを添えて開発者に報告してください。',
  'cli.error.stdin-empty': '標準入力(-)が空です。例: phish-inspector - < message.eml のようにメールを渡してください。',
  'cli.error.config-not-found': '{file}: 設定ファイルが見つかりません。--config に渡したパスを確かめてください。',
  'cli.error.config-unreadable': '{file}: 設定ファイルを読み込めません({reason})。読む権限があるかを確かめてください。',
  'cli.error.config-invalid':
    '{file}: 設定ファイルとして正しくありません({reason})。config.example.json を見て直してください。',
  'cli.config.too-large': '256 KB を超えています',
  'cli.config.problem': '{file}: 「{field}」: {problem}。この項目は既定値を使います。',
  'cli.version': 'phish-inspector {version}',
  'cli.verdict': '判定: {verdict}',
  'cli.relay-unknown': '名前のない中継サーバー',
  'cli.progress': '{source}: {count} 通を読み込み',
  'cli.online.bootstrap':
    '問い合わせ先を決めるため、IANA の RDAP サーバー一覧({server})を読み込みます。メールの内容は含まれません。',
  'cli.online.sending': '{source}: オンラインの問い合わせ: 次のものだけを、それぞれ示したサーバーに送ります:',
  'cli.online.item': '  {item}({roles})→ {server}',
  'cli.online.not-sent': '  {item}({roles}): 送りません({reason})',
  'cli.online.nothing':
    '{source}: オンラインの問い合わせ: 調べるものがありません(自組織以外の公開ドメインや IP がありません)。',
  'cli.online.off':
    '{file} でオンラインの問い合わせが無効になっています(online.allowed が false)。管理者に相談するか、--online を付けずに実行してください。',
  'cli.online.at': '{time} 時点の応答',
};

export const cliMessages = { en: cliEn, ja: cliJa };
