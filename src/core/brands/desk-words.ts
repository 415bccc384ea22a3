/**
 * A help desk's words and the reading of a display name by them, for service-names.ts: data a display name needs only
 * when a word of it starts with a brand's bare name (a chunk of its own in the browsers, `needs: ['desk-words']`; the
 * command line and the tools load it first).
 */
import type { BrandIndex, BrandMatch } from './lookup';
import { ALL_BARE, BARE_NAMES, MAX_NAME_WORDS, nameWords } from './service-names';

/** A help desk's words of substance, lower case: a firm of the brand's name would not sign so. */
export const DESK_WORDS: ReadonlySet<string> = new Set(
  (
    'support helpdesk help desk customer customers care billing renewal renewals subscription subscriptions ' +
    'helpline hotline department dept kundenservice kundendienst kundensupport kundenbetreuung abrechnung hilfe ' +
    'client clients clientele clientèle assistance facturation abonnement soporte atención atencion cliente clientes ' +
    'facturación facturacion suscripción suscripcion suporte atendimento faturamento assinatura assistenza clienti ' +
    'supporto fatturazione abbonamento klantenservice klantendienst ondersteuning kundeservice kundtjänst ' +
    'asiakaspalvelu obsługa obsluga klienta destek müşteri musteri hizmetleri サポート サポートセンター サポート窓口 ' +
    'カスタマーサポート カスタマーセンター お客様センター お客様窓口 窓口 請求窓口 事務局 ' +
    // Chinese (simplified and traditional) and Korean, written glued to the name ("诺顿客服中心") or apart.
    '客服 客服中心 客服部 客服团队 客服團隊 客户服务 客戶服務 客户服务中心 客戶服務中心 客户支持 客戶支援 技术支持 ' +
    '技術支援 技术支持中心 技術支援中心 支持中心 支援中心 服务中心 服務中心 售后服务 售後服務 服务热线 服務熱線 ' +
    '续费中心 續費中心 续订中心 續訂中心 账单中心 帳單中心 计费部 計費部 订阅服务 訂閱服務 고객센터 고객지원 ' +
    '고객지원팀 고객지원센터 고객서비스 고객상담 상담센터 서비스센터 기술지원 기술지원팀 지원팀 지원센터 결제팀 ' +
    '결제센터 청구팀 구독센터 갱신센터 헬프데스크'
  ).split(' '),
);

/** Words that may stand beside them ("Norton Customer Service Team", "Service Client de Norton"), counting for none. */
export const GLUE_WORDS: ReadonlySet<string> = new Set(
  (
    'service services servicio servicios serviço servico servizio team équipe equipe equipo equipa security online ' +
    'official accounts account technical tech technique técnico tecnico tecnica center centre the of for and de du ' +
    'des la le l del di da do dos das der die für und et y e al au aux och og van het 官方 团队 團隊 팀 공식 서비스'
  ).split(' '),
);

/** The brands a display name claims by a bare name among a desk's words (service-names.ts serviceNameClaims). */
export function deskNameClaims(index: BrandIndex, name: string): BrandMatch[] {
  // A bare name glued to the desk's word is two words ("ノートンサポート", "NortonSupport").
  const words = nameWords(name).flatMap(splitBare);
  if (words.length < 2 || words.length > MAX_NAME_WORDS) return [];
  const lower = words.map((w) => w.toLowerCase());
  const at = lower.findIndex((w) => ALL_BARE.includes(w));
  if (at < 0) return [];
  if (!lower.some((w) => DESK_WORDS.has(w))) return [];
  if (lower.some((w, i) => i !== at && !DESK_WORDS.has(w) && !GLUE_WORDS.has(w))) return [];
  const out: BrandMatch[] = [];
  for (const [id, names] of Object.entries(BARE_NAMES)) {
    if (!names.includes(lower[at]!)) continue;
    const brand = index.brands.find((b) => b.id === id);
    if (brand) out.push({ brand, text: words[at]! });
  }
  return out;
}

/** A word that starts with a bare name and goes on with more: the two, else the word. */
function splitBare(word: string): string[] {
  const lower = word.toLowerCase();
  const bare = ALL_BARE.find((b) => lower.length > b.length && lower.startsWith(b));
  return bare ? [word.slice(0, bare.length), word.slice(bare.length)] : [word];
}
