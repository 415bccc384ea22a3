/**
 * content.faceless-authority's judging (faceless-authority.ts names the attack and the trap): the sender's display
 * name and domain read against words that name a role but no organisation, and the card, bank, tax, fine, duty or
 * pay matter the letter raises. In the "disclaimer" chunk of the browsers, which every message with a body fetches
 * with its first analysis; the command line and the tools load it first. Linear: one walk of the name's words and of
 * the domain's first label, one scan of the subject and the body's first characters per language's wording.
 */
import type { ParsedMessage } from '../types';
import type { CheckContext } from './check';
import { finding } from '../findings';
import { bodyEvidence } from './lure-matcher';
import { webLinks } from './links';
import { ownPart } from './reply-channel';
import { madeOfWords } from '../text';
import { brandsOwningDomain } from '../brands/lookup';

/** Lower case, Latin accents dropped (`Tráfico` -> `trafico`): kana's voicing marks and Arabic's hamza stay. */
const plain = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();

/**
 * A display name's words that name a desk, a service or a matter and no organisation, in the languages the kits
 * write (English, Spanish, Portuguese, French, German, Italian, Dutch, Arabic, Korean): "Card Services Centre",
 * "Centro de Notificaciones de Tráfico", "مركز التحقق - خدمة العملاء", "HR Operations – Payroll".
 */
const NAME_WORDS: ReadonlySet<string> = new Set(
  (
    'card cards credit debit service services centre center security secure alert alerts notification ' +
    'notifications notice notices team customer customers support department dept verification verify account ' +
    'accounts billing payment payments member members online banking bank cardholder cardmember client clients ' +
    'update updates care help helpdesk desk portal office admin administration system systems protection fraud ' +
    'prevention guard safety info information operations processing unit official national electronic digital my ' +
    'the of and for your tax taxes refund refunds revenue traffic fine fines penalty penalties toll tolls parking ' +
    'customs duty duties hr payroll benefits benefit rewards claims e ' +
    'centro de del la las los el y notificaciones notificacion avisos aviso trafico multas multa sanciones servicio ' +
    'servicios atencion al cliente clientes seguridad tarjeta tarjetas banca oficina devoluciones impuestos ' +
    'reembolsos beneficios nomina central do da dos das notificacoes servico servicos atendimento seguranca cartao ' +
    'cartoes rh restituicao impostos pedagio portagens equipe equipa des du le les et avis securite carte ' +
    'clientele assistance amendes impots remboursement remboursements paiement paiements kundenservice sicherheit ' +
    'karten kartenservice benachrichtigung benachrichtigungen zentrale abteilung kundendienst zahlungen erstattung ' +
    'steuer steuererstattung der die das und fur servizio servizi notifiche sicurezza carta carte assistenza ' +
    'rimborsi rimborso klantenservice beveiliging kaart kaarten meldingen dienst betalingen ' +
    'مركز التحقق تحقق خدمة خدمات العملاء العميل الأمن البطاقات إشعارات التنبيهات قسم فريق دعم الحسابات ' +
    'المصرفية البنكية الخدمات ' +
    '고객센터 보안 센터 알림 카드 서비스 고객 지원팀 안내 고객지원 보안센터 결제'
  ).split(' '),
);

/**
 * The same in Japanese and Chinese, whose names run their words together ("カードセキュリティセンター",
 * "退稅通知服務中心"): a name word in these scripts reads as a run of them.
 */
const GLUED_WORDS: ReadonlySet<string> = new Set(
  (
    'カード セキュリティ センター サービス 会員 お客様 サポート 事務局 窓口 通知 確認 本人確認 管理 不正利用 対策 ' +
    '運営 税務 還付 料金 支払 配送 案内 ご利用 利用 デスク お知らせ 相談 受付 カスタマー 安全 システム ' +
    '退稅 退税 通知 服務 服务 中心 客服 客戶 客户 信用卡 系統 系统 平台 稅務 税务 電子 电子 查詢 查询 認證 认证 ' +
    '驗證 验证 風控 风控 部門 部门 綜合 综合 所得稅 所得税'
  ).split(' '),
);
const MAX_GLUED = Math.max(...[...GLUED_WORDS].map((w) => w.length));

/** The words a role-only domain is made of (`cardguard-services`, `notificatrafico`, `twtaxservice`). */
const DOMAIN_WORDS: ReadonlySet<string> = new Set(
  (
    'card cards guard service services secure security center centre verify verification alert alerts notice ' +
    'notices notify notifica notificacion notificaciones trafico trafic traffic multas multa fines fine tax taxes ' +
    'refund refunds revenue customs duty toll tolls parking bank banking online account accounts billing payment ' +
    'payments pay member members support help helpdesk portal admin protection fraud safe safety info update client ' +
    'clients customer customers care team office hr payroll benefits beneficios rh people hub connect kyc auth check ' +
    'confirm confirmation my the official national gov servicio servicios servico servicos seguranca seguridad ' +
    'tarjeta cartao atencion cliente clientes kaart karte carte carta impots impostos impuestos restituicao ' +
    'devolucion pedagio portagens zeimu kanpu ' +
    'sa saudi ksa tw taiwan uk us au ca nz sg my jp es pt br mx ae in id th vn ph kr cn hk za ng ie fr de it nl se'
  ).split(' '),
);
const MAX_DOMAIN_WORD = Math.max(...[...DOMAIN_WORDS].map((w) => w.length));

/** A government's own label in the suffix (`.gov.tw`, `.gob.es`, `.govt.nz`, `.go.jp`, `.gouv.fr`) or `.gov`. */
const GOVERNMENT = /\.(?:gov|go|lg|gouv|gob|gv|govt|gc)\.|\.gov$/;

/** Whether a display name holds nothing but such words (at least one), each word whole or, in CJK, a run of them. */
function roleOnlyName(name: string): boolean {
  const words = plain(name.slice(0, 200)).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0 || words.length > 8) return false;
  return words.every(
    (w) =>
      NAME_WORDS.has(w) ||
      (/^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー]+$/u.test(w) &&
        madeOfWords(w, GLUED_WORDS, MAX_GLUED)),
  );
}

/** Whether a registrable domain's first label is made only of such words, and it is no government's. */
function roleOnlyDomain(registrable: string): boolean {
  if (!registrable || GOVERNMENT.test(registrable)) return false;
  const label = registrable.slice(0, registrable.indexOf('.'));
  return (
    /[a-z]/.test(label) &&
    madeOfWords(label, DOMAIN_WORDS, MAX_DOMAIN_WORD, { hyphens: true, digits: true, plurals: true })
  );
}

/**
 * The matter only a card issuer, a bank, a tax office, a traffic or customs authority or an employer's payroll raises,
 * per language, on the plain (lower-case, unaccented) text: a card blocked or declined, a refund, a fine, a duty, a
 * salary. Each is literal words in alternation (linear).
 */
const MATTERS: readonly RegExp[] = [
  /card ending|your (?:visa |mastercard |debit |credit )?card\b|cardmember|cardholder|banking with us|transaction (?:was |has been )?declined|declined (?:a|your) transaction|tax refund|refund of|traffic (?:fine|violation|offen[cs]e|ticket)|penalty (?:charge )?notice|speeding|unpaid toll|toll (?:charge|balance|invoice)|import duty|customs (?:duty|fee|charge|clearance)|revised (?:ctc|salary|compensation)|payroll|your salary/,
  /tarjeta (?:terminada|finalizada)|su tarjeta|denuncia|sancion|multa|exceso de velocidad|devolucion de(?:l)? (?:impuesto|renta|irpf)|aduana|nomina/,
  /seu cartao|cartao (?:final|terminado)|infracao|restituicao|imposto de renda|pedagio|portage|alfandega|taxa de importacao|vale-refeicao|vale-alimentacao|folha de pagamento/,
  /votre carte|carte (?:se terminant|finissant)|amende|contravention|remboursement d.impot|trop-percu|peage|droits de douane|frais de douane|fiche de paie/,
  /ihre karte|karte mit der endung|bußgeld|verwarnungsgeld|steuerruckerstattung|steuererstattung|zollgebuhr|einfuhrabgabe|maut/,
  /la sua carta|carta (?:che termina|terminante)|sanzione|verbale|rimborso (?:fiscale|irpef)|dogana|dazi|busta paga/,
  /uw kaart|boete|belastingteruggave|douane|invoerrechten/,
  /カード|不正利用|ご利用確認|利用制限|還付|反則金|罰金|関税|未納|給与/,
  /信用卡|盜刷|盗刷|退稅|退税|罰單|罚单|罰款|罚款|關稅|关税|海關|海关|薪資|薪资|工资/,
  /البطاقة|بطاقتك|المصرفية|البنك|استرداد|مخالفة|غرامة|الجمارك|اعرف عميلك|الراتب/,
  /카드|결제 승인|환급|과태료|범칙금|관세|통관|급여/,
  /kart[iı]n[iı]z|kredi kart|vergi iadesi|trafik cezas|gumruk|gümrük/,
  /twoja karta|zwrot podatku|mandat|cło|opłata celna/,
  /карт[аыу]|возврат налога|штраф|таможен|зарплат/,
  /the tin dung|hoan thue|phat nguoi|hai quan/,
  /kartu anda|kartu kredit|pengembalian pajak|tilang|bea cukai/,
  /บัตร|คืนภาษี|ค่าปรับ|ศุลกากร/,
];

/** Characters of the body read for the matter: a kit's notice is short. */
const MAX_BODY = 6_000;

/** The first matter in the subject or the sender's own part of the body, as evidence. */
function matter(msg: ParsedMessage) {
  for (const [header, written] of [
    ['Subject', msg.subject.slice(0, 1_000)],
    ['Body', ownPart(msg.bodyText.slice(0, MAX_BODY))],
  ] as const) {
    // The plain reading keeps every character's place but for dropped accents: read for the match, shown as written
    // only when the lengths agree.
    const text = plain(written);
    for (const re of MATTERS) {
      const m = re.exec(text);
      if (!m) continue;
      const same = text.length === written.length;
      const shown = same ? written.slice(m.index, m.index + m[0].length) : m[0];
      return header === 'Subject'
        ? { header, value: written, highlight: same ? shown : undefined, author: 'sender' as const }
        : bodyEvidence(same ? written : text, { start: m.index, text: shown });
    }
  }
  return undefined;
}

/** The check's judging (faceless-authority.ts). */
export function judgeFaceless(msg: ParsedMessage, ctx: CheckContext) {
  const from = msg.from;
  if (!from?.name || !from.registrable || ctx.options.attached) return undefined;
  if (!roleOnlyName(from.name) || !roleOnlyDomain(from.registrable)) return undefined;
  // A brand's own domain (its own, its mail's) answers for its desk's name, however plain.
  if (brandsOwningDomain(ctx.brands, from.registrable, ['own', 'mailbox', 'content']).length) return undefined;
  if (webLinks(msg).length === 0) return undefined;
  const said = matter(msg);
  if (!said) return undefined;
  return finding('content.faceless-authority', 'fail', { name: from.name, domain: from.registrable }, [
    { header: 'From', value: `${from.name} <${from.address}>`, highlight: from.registrable, author: 'sender' },
    said,
  ]);
}
