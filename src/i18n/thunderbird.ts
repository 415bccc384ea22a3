/**
 * The words of the Thunderbird extension (src/hosts/thunderbird), in both languages. They live apart from the shared dictionary
 * (en.ts, ja.ts) so that the task pane does not carry them; the host registers them with `addMessages`.
 */
export const tbEn = {
  // Thunderbird extension (src/hosts/thunderbird): manifest strings, popup, report to IT, options page.
  'tb.name': 'Phish Inspector',
  'tb.description': 'Tells you whether a suspicious message is real, shows what gives it away, and forwards it to IT.',
  'tb.action.title': 'Check this message',
  'tb.popup.no-message': 'No message is shown. Open or select one message, then press the button again.',
  // The online look-up (issue #18): its code and other words load only when clicked (src/ui/online-lookup.ts).
  'tb.online.lookup': 'Look up online',
  'tb.popup.many-messages': '{count} messages are selected. Select just one to check it.',
  'tb.popup.unreadable':
    'The message could not be read ({error}). If it is kept on a server, make sure Thunderbird is online, then try again.',
  'tb.report.body.intro': 'I received the attached message and did not act on it. Phish Inspector says:',
  'tb.report.body.attached': 'The message is attached as it arrived, with all its headers.',
  'tb.config.invalid':
    'The administrator\'s policy for this add-on has a problem in "{field}": {problem}. The default is used for it; tell your IT team.',
  'tb.options.title': 'Phish Inspector options',
  'tb.options.address': 'IT address for reports',
  'tb.options.address.help': '"Report to IT" forwards a suspicious message to this address. Ask your IT team for it.',
  'tb.options.save': 'Save',
  'tb.options.saved': 'Saved.',
  'tb.options.cleared': 'Cleared: reports go to the address your administrator set, if any.',
  'tb.options.invalid': 'This is not an e-mail address: {address}',
  'tb.options.admin': 'Set by your administrator: {address}',
  'tb.options.locked': 'Your administrator manages this setting.',
} as const;

export type TbKey = keyof typeof tbEn;

export const tbJa: Record<TbKey, string> = {
  // Thunderbird 拡張(src/hosts/thunderbird): マニフェスト、ポップアップ、IT への報告、設定画面。
  'tb.name': 'Phish Inspector',
  'tb.description': '不審なメールが本物かどうかを調べ、見分けるポイントを示し、IT 担当へ転送します。',
  'tb.action.title': 'このメールを調べる',
  'tb.popup.no-message': 'メールが表示されていません。メールを 1 通開くか選んでから、もう一度ボタンを押してください。',
  'tb.online.lookup': 'オンラインで調べる',
  'tb.popup.many-messages': '{count} 通のメールが選ばれています。調べるメールを 1 通だけ選んでください。',
  'tb.popup.unreadable':
    'メールを読み込めませんでした({error})。サーバー上のメールなら、Thunderbird がオンラインになっているか確かめてから、もう一度お試しください。',
  'tb.report.body.intro':
    '添付のメールを受け取りました。リンクを開いたり返信したりはしていません。Phish Inspector の判定は次のとおりです。',
  'tb.report.body.attached': '元のメールは、届いたままの形(ヘッダーをすべて含む)で添付しています。',
  'tb.config.invalid':
    'この拡張機能の管理者ポリシーの「{field}」に問題があります: {problem}。この項目は既定値を使います。IT 担当に知らせてください。',
  'tb.options.title': 'Phish Inspector の設定',
  'tb.options.address': '報告先(IT 担当)のアドレス',
  'tb.options.address.help':
    '「IT 担当に報告」を押すと、不審なメールをこのアドレスへ転送します。アドレスは IT 担当に確認してください。',
  'tb.options.save': '保存',
  'tb.options.saved': '保存しました。',
  'tb.options.cleared': '消去しました。報告は管理者が設定したアドレス(あれば)へ送られます。',
  'tb.options.invalid': 'メールアドレスではありません: {address}',
  'tb.options.admin': '管理者が設定済み: {address}',
  'tb.options.locked': 'この設定は管理者が管理しています。',
};

export const tbMessages = { en: tbEn, ja: tbJa };
