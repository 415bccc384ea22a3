/**
 * The callback script's wording (content.callback, issue #16 family 11): the charge, the call, the charge disowned, and
 * a platform relaying someone else's note. Written and matched as no-link-phrases.ts describes, with its sources; the
 * phrases in Japanese, Chinese or Korean letters are in no-link-phrases-nonlatin.ts.
 * In the browsers a chunk of its own with its judgement (callback.ts), fetched only for a message holding a phone
 * number (no-link.ts, `needs: ['callback']`).
 */
import type { NoLinkFamily } from './no-link-phrases';

export type CallbackFamily = Extract<NoLinkFamily, 'charge' | 'call' | 'dispute' | 'relay'>;

export const CALLBACK_FAMILIES: readonly CallbackFamily[] = ['charge', 'call', 'dispute', 'relay'];

export const CALLBACK_PHRASES: Readonly<Record<CallbackFamily, readonly string[]>> = {
  charge: [
    '{order|payment|purchase|transaction|subscription|invoice|charge} {has been|was|is|will be} {processed|completed|approved|renewed|charged|debited|confirmed}',
    '{has|have} been {charged|debited|deducted|billed|renewed|auto-renewed}',
    '{will be|was|been} {automatically|auto} {renewed|charged|debited}',
    '{auto-renewal|automatic renewal|auto renewal|renewal} {of|for|has|was|is}',
    '{amount|total} {charged|debited|billed}',
    'auto{-| |}{renew|renewal|renewed|charge|charged|debit}',
    '{renewal|subscription|order|invoice} amount',
    // A withdrawal or transfer the reader supposedly asked for (crypto exchanges, banks): the same call to stop it.
    '{withdrawal|transfer|transaction|wire} {request|} {has been|was|is being} {requested|initiated|submitted|placed|scheduled}',
    '{a|your} withdrawal of',
    // The amount named first, the verb far behind it: "your payment of $899.49 USD for Bitcoin has been processed".
    'your {payment|purchase|order|charge|transaction|subscription} of',
    '{invoice|order|payment|subscription} {has been|was} paid',
    'order total',
    // pt
    '{pedido|pagamento|assinatura|compra} {foi|será} {processad|aprovad|renovad|confirmad}{o|a}',
    'valor {debitado|cobrado}',
    // es
    '{pedido|pago|suscripción|compra} {ha sido|fue|será} {procesad|aprobad|renovad|confirmad}{o|a}',
    'importe {cargado|cobrado}',
    // de
    '{bestellung|zahlung|abonnement|abo} {wurde|wird} {bearbeitet|verlängert|abgebucht|bestätigt}',
    '{betrag|summe} {wurde|wird} {abgebucht|belastet}',
    // fr
    '{commande|paiement|abonnement} {a été|sera} {traité|renouvelé|débité|confirmé}',
    'montant {débité|prélevé}',
    // nl
    '{bestelling|betaling|abonnement} {is|wordt} {verwerkt|verlengd|afgeschreven}',
    'bedrag {afgeschreven|geïncasseerd}',
    // it
    '{ordine|pagamento|abbonamento} {è stato|sarà} {elaborato|rinnovato|addebitato}',
    'importo addebitato',
    // hu ro pl (issue #16, set10: the Norton renewal told in Hungarian)
    '{elofizetese|elofizetes|megrendelese} {automatikusan megujult|megujult|meghosszabbodott}',
    '{terheles|terhelest|levonas} {jelenik meg|tortent|tortenik}',
    '{abonamentul|comanda} {a fost|va fi} {reinnoit|reinnoita|procesata|debitata}',
    '{subskrypcja|zamowienie|platnosc} {zostala|zostalo|zostanie} {odnowiona|odnowione|pobrana|zrealizowane}',
  ],
  call: [
    '{call|contact|reach|dial} {us|our|the|customer|billing|support|helpdesk|help desk|toll}',
    'toll{-| |}free',
    'reach out {to|}',
    // pt es de fr nl it
    '{ligue|entre em contato|ligue para}',
    '{llame|llámenos|comuníquese}',
    '{rufen sie|anrufen|kontaktieren sie}',
    '{appelez|contactez|composez}',
    '{bel ons|bel de|bel naar|neem contact}',
    '{chiami|chiamaci|contatti il|contattaci}',
    // hu ro pl
    '{hivja|hivjon|hivja fel} {ugyfelszolgalatunkat|az ugyfelszolgalatot|ugyfelszolgalatunk}',
    '{sunati|apelati|contactati}',
    '{zadzwon|skontaktuj sie}',
  ],
  // The charge disowned: "if you did not authorize it", "to cancel", "for a refund" — what the caller is to call about.
  dispute: [
    "{did not|didn't|do not|don't} {authorize|authorise|recognize|recognise|make|want|place|order}",
    '{to|wish to|want to|like to} {cancel|dispute|stop|request a refund}',
    'for {a refund|refund|cancellation}',
    // pt es de fr nl it
    '{para cancelar|para contestar|não reconhece|reembolso}',
    '{para cancelar|no reconoce|reembolso}',
    '{zu stornieren|zu kündigen|nicht autorisiert|rückerstattung}',
    '{pour annuler|pas autorisé|remboursement}',
    '{om te annuleren|terugbetaling}',
    '{per annullare|rimborso}',
    // hu ro pl
    '{nem on kezdemenyezte|nem on rendelte|vissza szeretne kapni|visszaterites}',
    '{pentru anulare|rambursare|nu ati autorizat}',
    '{aby anulowac|zwrot srodkow|nie autoryzowales}',
  ],
  // A payment platform's own mail carrying what one of its users wrote: an invoice or a money request "sent you" by
  // someone, and the note that came with it (PayPal, Intuit QuickBooks, Square, Stripe, Venmo invoices). The callback
  // script hides in that note (Sophos, Malwarebytes on PayPal invoice scams): the platform authenticates, not the text.
  relay: [
    '{sent|has sent|sent to} you {an|a new|this|} {invoice|payment request|money request|request for payment}',
    '{sent|has sent} you a {payment |money |}request for',
    // E-signature platforms (DocuSign, Adobe Acrobat Sign, Dropbox Sign, Zoho Sign, PandaDoc): "X sent you a document
    // to review and sign" — the envelope's message is the sender's text, as an invoice's note is (TOAD kits abuse both).
    '{sent|has sent|shared} {you|with you} {a|an|the} {document|documents|envelope|agreement|contract} {to review|to sign|for signature|for your signature|for review}',
    '{requested|is requesting|has requested|requests} your {signature|e-signature|esignature}',
    '{review and sign|please sign} {the|this|your} {document|documents|envelope|agreement|contract}',
    '{message|note} from {the|} {sender|signer|requester}',
    '{requested|is requesting|has requested} {money|a payment|payment} from you',
    '{note|message|notes} from {the|} {seller|merchant|sender|business|vendor}',
    "{seller|merchant|seller's|merchant's|vendor} {note|notes|message}",
    '{note|message} to {the|} {customer|buyer|recipient}',
    // es pt de fr it nl
    '{le ha enviado|te ha enviado} una {factura|solicitud de pago}',
    '{nota|mensaje} del vendedor',
    '{enviou|lhe enviou} uma {fatura|cobrança|solicitação de pagamento}',
    '{observação|nota|mensagem} do vendedor',
    'hat {ihnen|dir} eine {rechnung|zahlungsaufforderung} {gesendet|geschickt}',
    '{hinweis|nachricht|notiz} {des|vom} verkäufer{s|}',
    "{vous a envoyé|t’a envoyé|t'a envoyé} une {facture|demande de paiement}",
    '{note|message} du vendeur',
    '{ti ha inviato|le ha inviato} una {fattura|richiesta di pagamento}',
    '{nota|messaggio} del venditore',
    'heeft {je|u} een {factuur|betaalverzoek} {gestuurd|verzonden}',
    '{opmerking|bericht} van de verkoper',
  ],
};
