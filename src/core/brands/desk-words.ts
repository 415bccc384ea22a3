/**
 * A help desk's words, for service-names.ts: data a display name needs only when it holds a brand's bare name (a
 * chunk of its own in the browsers, `needs: ['desk-words']`; the command line and the tools load it first).
 */

/** A help desk's words of substance, lower case: a firm of the brand's name would not sign so. */
export const DESK_WORDS: ReadonlySet<string> = new Set(
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
export const GLUE_WORDS: ReadonlySet<string> = new Set(
  (
    'service services servicio servicios serviço servico servizio team équipe equipe equipo equipa security online ' +
    'official accounts account technical tech technique técnico tecnico tecnica center centre the of for and de du ' +
    'des la le l del di da do dos das der die für und et y e al au aux och og van het'
  ).split(' '),
);
