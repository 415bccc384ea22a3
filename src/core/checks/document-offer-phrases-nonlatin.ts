/**
 * The document-offer wording in Japanese, Chinese and Korean letters: written and matched as
 * document-offer-phrases.ts describes. In the chunk of non-Latin phrases (nonlatin-phrases.ts), fetched only for a
 * message with such a letter. Tied to the document and the act of opening it: 「確認」 alone is every business mail.
 */
import type { DocumentOfferFamily } from './document-offer-phrases';

export const DOCUMENT_OFFER_PHRASES_NONLATIN: Readonly<Record<DocumentOfferFamily, readonly string[]>> = {
  offer: [
    // ja
    '{ドキュメント|文書|書類|ファイル|請求書|見積書|資料}{を|の|}{表示|開く|閲覧|ダウンロード}',
    '{ドキュメント|文書|書類|ファイル|資料}{が|を|}共有{され|し}ました',
    '{ドキュメント|文書|書類}{を|の|}{確認して署名|レビュー}',
    // zh
    '{查看|下载|打开|查閱|查阅|下載|開啟}{文件|文档|檔案|发票|發票}',
    '{与您|與您|与你|與你}共享了',
    '{查看|审阅|審閱|签署|簽署}{文档|文件|合同|合約}',
    // ko
    '{문서|파일|청구서|견적서}{를|을|}{보기|열기|확인하기|다운로드}',
    '{문서|파일}{가|이|}{공유|전송}되었습니다',
    '{문서|파일}{를|을|} 공유했습니다',
    '문서 검토',
    // el th (Vietnamese is in document-offer-phrases.ts: lure-matcher.ts folds its letters to ASCII)
    '{προβολή|άνοιγμα|λήψη} {εγγράφου|αρχείου}',
    '{ดู|เปิด|ดาวน์โหลด}เอกสาร',
  ],
};
