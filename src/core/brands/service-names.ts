/**
 * A brand's bare name that is also a surname or a common word ("Norton": Graham Norton, Norton motorcycles), and so is
 * no brand name in brands.json on its own ("Norton 360", "Norton Security" are), claims the brand when the display
 * name is that name with only a support desk's words beside it: "Norton Kundenservice", "Norton Support", "Service
 * Client Norton", "Norton Billing Team", "Soporte Técnico Norton".
 * Attack: the renewal and callback scripts sign as the brand's help desk from a free mailbox, in every language.
 * Trap: a person of that name ("Graham Norton" <g.norton@gmail.com>: a given name beside it is neither the brand's nor
 * a desk's word) and a business named so ("Norton Services", "Norton Plumbing"): a desk word of substance is needed —
 * "service", "team" or "online" alone name any firm — and the name alone claims nothing.
 */
import type { BrandIndex, BrandMatch } from './lookup';

/** Brand id -> its bare names, lower case (one word each): names a person or a firm may bear as well. */
const BARE_NAMES: Readonly<Record<string, readonly string[]>> = {
  norton: ['norton', 'ノートン'],
  lloyds: ['lloyds'],
  intesa: ['intesa'],
  kotak: ['kotak'],
  krungthai: ['krungthai'],
  ziraat: ['ziraat'],
  salik: ['salik'],
  anz: ['anz'],
  nab: ['nab'],
  'pko-bp': ['pko'],
};

/** A help desk's words of substance, lower case: a firm of the brand's name would not sign so. */
const DESK_WORDS = new Set(
  (
    'support helpdesk help desk customer customers care billing renewal renewals subscription subscriptions ' +
    'helpline hotline department dept kundenservice kundendienst kundensupport kundenbetreuung abrechnung hilfe ' +
    'client clients clientele clientèle assistance facturation abonnement soporte atención atencion cliente clientes ' +
    'facturación facturacion suscripción suscripcion suporte atendimento faturamento assinatura assistenza clienti ' +
    'supporto fatturazione abbonamento klantenservice klantendienst ondersteuning kundeservice kundtjänst ' +
    'asiakaspalvelu obsługa obsluga klienta destek müşteri musteri hizmetleri サポート サポートセンター サポート窓口 ' +
    'カスタマーサポート カスタマーセンター お客様センター お客様窓口 窓口 請求窓口 事務局'
  ).split(' '),
);

/** Words that may stand beside them ("Norton Customer Service Team", "Service Client de Norton"), counting for none. */
const GLUE_WORDS = new Set(
  (
    'service services servicio servicios serviço servico servizio team équipe equipe equipo equipa security online ' +
    'official accounts account technical tech technique técnico tecnico tecnica center centre the of for and de du ' +
    'des la le l del di da do dos das der die für und et y e al au aux och og van het'
  ).split(' '),
);

const MAX_WORDS = 6;

/** The brands a display name claims by a bare name among a desk's words (the comment above). */
export function serviceNameClaims(index: BrandIndex, name: string): BrandMatch[] {
  // A bare name glued to the desk's word is two words ("ノートンサポート", "NortonSupport").
  const words = (name.slice(0, 200).match(/[\p{L}\p{N}]+/gu) ?? []).flatMap(splitBare);
  if (words.length < 2 || words.length > MAX_WORDS) return [];
  const lower = words.map((w) => w.toLowerCase());
  if (!lower.some((w) => DESK_WORDS.has(w))) return [];
  const bare = lower.filter((w) => !DESK_WORDS.has(w) && !GLUE_WORDS.has(w));
  if (bare.length !== 1) return [];
  const at = lower.indexOf(bare[0]!);
  const out: BrandMatch[] = [];
  for (const [id, names] of Object.entries(BARE_NAMES)) {
    if (!names.includes(bare[0]!)) continue;
    const brand = index.brands.find((b) => b.id === id);
    if (brand) out.push({ brand, text: words[at]! });
  }
  return out;
}

const ALL_BARE = Object.values(BARE_NAMES).flat();

/** A word that starts with a bare name and goes on with more: the two, else the word. */
function splitBare(word: string): string[] {
  const lower = word.toLowerCase();
  const bare = ALL_BARE.find((b) => lower.length > b.length && lower.startsWith(b));
  return bare ? [word.slice(0, bare.length), word.slice(bare.length)] : [word];
}
