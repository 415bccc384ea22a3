/**
 * 日本語の文言。キーは en.ts と同じ(型で強制)。訳ではなく、日本語の話者が書くように書く。
 */
import type { MessageKey } from './en';

export const ja: Record<MessageKey, string> = {
  'verdict.likely-phishing': 'フィッシングの可能性が高い',
  'verdict.suspicious': '不審な点あり',
  'verdict.no-red-flags': '危険な兆候は見つかりませんでした',
  'verdict.no-red-flags.caveat': '安全が証明されたわけではありません。確認したのは下記の項目だけです。',

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
};
