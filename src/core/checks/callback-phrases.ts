/**
 * The callback script's wording (content.callback, issue #16 family 11): the charge, the call, the charge disowned, and
 * a platform relaying someone else's note. Written and matched as no-link-phrases.ts describes, with its sources; the
 * phrases in Japanese, Chinese or Korean letters are in no-link-phrases-nonlatin.ts.
 * In the browsers a chunk of its own with its judgement (callback.ts), fetched only for a message holding a phone
 * number (no-link.ts, `needs: ['callback']`).
 */
import type { NoLinkFamily } from './no-link-phrases';

export type CallbackFamily = Extract<NoLinkFamily, 'charge' | 'call' | 'dispute' | 'relay' | 'cutoff' | 'threat'>;

export const CALLBACK_FAMILIES: readonly CallbackFamily[] = ['charge', 'call', 'dispute', 'relay', 'cutoff', 'threat'];

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
    // The receipt's headline, no verb ("Compra aprovada nº …", "Compra aprobada"): the fake App Store or marketplace
    // receipt whose only way back is its "central de cancelamento" number (set22, pt-BR).
    '{compra|pedido|pagamento|transação|assinatura} {aprovad|confirmad|concluíd}{o|a}',
    '{compra|pedido|pago|transacción|suscripción} {aprobad|confirmad|completad}{o|a}',
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
    // (issue #16 item 11) The verb far from its noun ("Your order NR-55201 for … has been processed"), the amount
    // "taken" or "made from your account", and each language's "renewed automatically" / "will be debited" forms.
    '{has been|have been|was} {processed|renewed|taken from|made from your}',
    '{will be|shall be} {debited|deducted|charged|billed|taken}',
    '{a|the} {payment|charge|debit|purchase|transaction} of',
    // pt
    '{foi|foram|sera|serao} {renovad|cobrad|debitad|processad}',
    '{renovada|renovado} automaticamente',
    // es
    '{se ha|se le ha|ha sido|fue} {renovado|renovada|cargado|cobrado|procesado}',
    '{se renovo|se le cargara|se le cargaran|se cargara|se cargaran|se cobrara|se le cobrara}',
    '{renovado|renovada} automaticamente',
    'el cargo de',
    // de
    '{automatisch|erfolgreich} verlangert',
    '{wurde|ist} {verlangert|abgebucht|belastet}',
    '{wird|werden} {heute|morgen|automatisch} abgebucht',
    'von ihrem {konto|bankkonto|kreditkartenkonto} abgebucht',
    'der betrag von',
    // fr
    '{a ete|ont ete} {renouvele|preleve|debite|facture}',
    '{renouvele|renouvelee} automatiquement',
    '{sera|seront} {preleve|debite|facture}',
    'un montant de',
    // it
    '{e stato|e stata|sono stati} {rinnovato|rinnovata|addebitato|addebitata}',
    '{rinnovato|rinnovata} automaticamente',
    '{verra|verranno} {addebitato|addebitata|addebitati|prelevato}',
    // nl
    '{is|zijn} {automatisch verlengd|verlengd|afgeschreven}',
    '{wordt|worden} {afgeschreven|geincasseerd}',
    'het bedrag van',
    // pl
    '{zostala|zostalo|zostanie|zostana} {automatycznie odnowion|odnowion|pobran|obciazon}',
    '{kwota|oplata} {w wysokosci|}',
    // cs
    '{bylo|byla|byl|bude} {automaticky obnoven|obnoven|strzen|odecten|uctovan}',
    '{castka|platba ve vysi}',
    // tr
    '{otomatik olarak yenilen|yenilenmistir|yenilendi|tahsil edilecek|tahsil edilmistir|hesabinizdan cekil|kartinizdan cekil}',
    '{tutarindaki|tutarinda} {odeme|islem}',
    // ro
    '{a fost|au fost|va fi|vor fi} {reinnoit|debitat|retras|incasat}',
    '{reinnoit|reinnoita} automat',
    // vi
    '{da duoc|tu dong} gia han',
    '{se duoc|da duoc|da bi|se bi} {tru|thanh toan|khau tru}',
    // id
    '{telah|sudah} {diperpanjang|ditagihkan|didebet|dipotong}',
    '{akan|segera} {ditagihkan|didebet|dipotong}',
    'diperpanjang secara otomatis',
    // sv da no
    '{har fornyats|fornyats automatiskt|har dragits|kommer att dras|kommer att debiteras|har debiterats}',
    '{er blevet fornyet|automatisk blevet fornyet|er automatisk fornyet|er fornyet|vil blive trukket|er blevet trukket|vil blive debiteret}',
    '{vil bli trukket|er trukket|vil bli belastet|er belastet}',
    // fi
    '{on uusittu|uusittu automaattisesti|veloitetaan|on veloitettu|on laskutettu}',
    // The payment "sent" or "made" (the PayPal-receipt form) and more of each language's verbs.
    '{you sent|you have sent|you made} a payment',
    '{um|o} {pagamento|debito} de',
    '{un|el} cargo {de|por}',
    'se ha realizado un {cargo|pago|cobro}',
    '{eine|die} zahlung {uber|von|in hohe von}',
    '{przedluzon|pobrano|obciazono}',
    '{odeme yapildi|odemesi yapildi|tahsil edildi}',
    '{sudah diperbarui|diperbarui otomatis|akan ditarik|telah ditarik}',
    '{ban da thanh toan|da thanh toan|vua thanh toan}',
    '{betaald aan|is betaald|hebt betaald|heeft betaald}',
    '{a fost prelungita|a fost prelungit|s-au retras|ft-ot fizetett|fizetett a}',
    // The bank's "fraud department" script (set41 p-nl-01, ING from outlook.com): a suspicious payment held on the
    // reader's account, to go through by itself unless the reader calls the number — the charge still to come. Only
    // the held payment and its automatic release, never "a suspicious payment" alone (a bank's own awareness notice
    // says that, and comes from the bank's domain: accountable, callback.ts). Not the wire's own words (virement,
    // transferencia, bonifico): each begins a phrase of the BEC ask (no-link-phrases.ts), which a finder must not share.
    '{suspicious|unusual|unauthorized|unauthorised} {payment|transaction|transfer|charge} {has been|was|} {blocked|held|stopped|put on hold}',
    '{will be|is} {released|approved|completed} automatically',
    'automatically {released|approved}',
    'verdachte {betaling|transactie|overboeking|afschrijving} {geblokkeerd|tegengehouden}',
    'automatisch vrijgegeven',
    'verdachtige {zahlung|transaktion|uberweisung|abbuchung} {blockiert|gestoppt|angehalten}',
    'automatisch freigegeben',
    '{paiement|operation|transaction} {suspect|suspecte} {a ete|} {bloque|bloquee|suspendu|suspendue}',
    'automatiquement {valide|validee|execute|executee}',
    '{pago|cargo|operacion|transaccion} {sospechoso|sospechosa} {bloqueado|bloqueada|retenido|retenida}',
    '{pagamento|transacao} {suspeito|suspeita} {bloqueado|bloqueada|retido|retida}',
    '{pagamento|transazione|operazione} {sospetto|sospetta} {bloccato|bloccata}',
  ],
  call: [
    '{call|contact|reach|dial} {us|our|the|customer|billing|support|helpdesk|help desk|toll}',
    // Indian English: "please immediately contact with our electricity officer".
    'contact with {our|the|us|me}',
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
    // (issue #16 item 11)
    '{phone|ring} {us|our|the|customer|billing|support}',
    '{please phone|please ring|helpline|hotline}',
    '{support|customer care|customer service|billing} {line|number|team on|team at|desk on|desk at}',
    // pt es
    '{contacte|contate|ligue-nos|telefone para|central de atendimento|nossa central}',
    '{contacte|contactenos|marque|llama al|llama a|comunicate|atencion al cliente al}',
    // de fr it nl
    '{unter der nummer|unter der rufnummer|unter der telefonnummer|unter der hotline|unsere hotline}',
    '{appeler|joindre|au numero|notre service client au}',
    '{chiama|chiamare|contatti|al numero|numero verde|servizio clienti al}',
    '{bel dan|bel onze|bel direct|bel met|bel het|bel gerust|bel op|via telefoonnummer}',
    // pl cs tr
    '{prosimy o kontakt|pod numer|pod numerem|infolinia|infolinie|skontaktuj}',
    '{zavolejte|kontaktujte|volejte|na lince|na cisle|na telefonu}',
    '{arayin|arayiniz|numarali|musteri hizmetlerimiz|iletisime gecin|bize ulasin}',
    // vi id
    '{vui long goi|goi ngay|goi tong dai|goi den|lien he|duong day nong}',
    '{hubungi|telepon|layanan pelanggan}',
    // sv da no fi
    '{ring|kontakta} {oss|var|kundtjanst|till|pa|nummer|direkt|genast}',
    '{ring|kontakt} {til|pa|vores|os|oss|kundeservice|straks|umiddelbart|venligst}',
    '{soita|soittakaa|ota yhteytta|asiakaspalveluumme|asiakaspalveluun}',
    '{please contact|please call|contact paypal|call paypal}',
    'questions about this {transaction|charge|payment|order}',
    'telefonisch contact',
    '{hivja a|hivja fel a|azonnal hivja}',
  ],
  // The charge disowned: "if you did not authorize it", "to cancel", "for a refund" — what the caller is to call about.
  dispute: [
    "{did not|didn't|do not|don't} {authorize|authorise|recognize|recognise|make|want|place|order}",
    '{to|wish to|want to|like to} {cancel|dispute|stop|request a refund}',
    'for {a refund|refund|cancellation|a full refund|full refund}',
    // set34 p-en-07 (a QuickBooks invoice's note): "If you did not request this renewal, call our cancellation desk".
    "{did not|didn't|didn’t} {request|approve|subscribe|renew}",
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
    // (issue #16 item 11)
    "{have not|haven't|has not|never} {placed|made|authorized|authorised|ordered|requested|approved}",
    "{not you?|if this was not you|if this wasn't you|if it wasn't you|to stop the payment|to stop this payment}",
    // pt es
    '{estorno|nao autorizou|para anular|nao reconheca|nao foi voce|nao fez esta}',
    '{no reconoces|no ha autorizado|no has autorizado|si no fue usted|si no fuiste tu|cancelarla|cancelarlo|para anular}',
    // de fr it nl
    '{nicht veranlasst|nicht selbst|nicht bestellt|nicht beauftragt|stornieren|widerrufen}',
    "{annuler|annulation|pas a l'origine|pas a l’origine|pas autorise|opposition}",
    '{annullarlo|annullare|non ha richiesto|non ha autorizzato|non riconosce|non hai autorizzato}',
    '{annuleren|niet aangevraagd|niet zelf|niet herkent|terugboeking|terugstorting}',
    // pl cs tr
    '{anulowac|anulowania|otrzymac zwrot|nie zamawial|nie zlecal|zwrot pieniedzy}',
    '{neprovedl|neobjednal|neautorizoval|zrusit|zruste|zruseni|vraceni}',
    '{iptal|iade|yapmadiysaniz|siz yapmadiysaniz|onaylamadiysaniz}',
    // vi id
    '{de huy|huy giao dich|huy goi|hoan tien|khong thuc hien}',
    '{membatalkan|pembatalan|pengembalian dana|tidak melakukan}',
    // sv da no fi
    '{avbryta|aterbetalning|inte har godkant|annullera|sag upp}',
    '{annullere|refusion|ikke har godkendt|tilbagebetaling}',
    '{kansellere|refusjon|ikke har godkjent|tilbakebetaling}',
    '{peruuttaa|peruuttaaksesi|peruutus|hyvitys|et tehnyt|palautus}',
    '{rezygnacji|rezygnacja|tanimiyorsaniz|tanimiyorsan}',
    '{niet gedaan|saga upp|vill du saga upp|sige op|si opp}',
    '{nem on inditotta|nem on kezdemenyezte}',
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
    // The invoice's own button and the platform's footer (issue #16, set34: a QuickBooks invoice whose note renews
    // "McAfee" and gives a cancellation desk's number; Square's "te envía este correo en nombre de"): the platform
    // relays a stranger's invoice without the words "sent you". Not PayPal's "View and pay": the platform's own receipt
    // beside it names its own help line (no-link.test.ts).
    '{review and pay|pay this invoice|pay the invoice online}',
    '{sends|sent|is sending} {you|} this {email|message|receipt|invoice} on behalf of',
    '{te envia|le envia|envia} este {correo|mensaje|recibo} en nombre de',
    '{envia|enviou} {este|o} {e-mail|email|recibo} em nome de',
    '{sendet|schickt} {ihnen|dir} diese {e-mail|nachricht|rechnung} im {auftrag|namen} von',
    "{vous envoie|t’envoie|t'envoie} ce {message|reçu|recu|e-mail|courriel} {au nom de|pour le compte de}",
    '{ti invia|le invia|invia} {questa|questo} {email|e-mail|messaggio|ricevuta} per conto di',
  ],
  // The supply said to be cut off tonight unless the reader calls (set21: India's "Dear Consumer your electricity
  // power will be disconnected tonight at 9.30 pm ... contact our electricity officer", from gmail; the same threat by
  // mail and SMS in Latin America, Indonesia, Turkey and Europe): the threat instead of a charge, the number the only
  // way back. A utility's own dunning letter says it too, from its domain, with its site: callback.ts reads it only
  // from a free mailbox or under a brand the sender is not.
  cutoff: [
    '{electricity|electric|power|gas|water} {supply|connection|service|power|} will be {disconnected|cut off|cut|suspended|terminated|shut off}',
    '{disconnection|cut off|cut-off|shut off} of your {electricity|power|gas|water|electric} {supply|service|connection|}',
    'bijli {connection|} {kat|kaat|cut} {di|diya|kar di|kar diya} {jayegi|jayega|jaegi}',
    // es pt fr de it nl
    '{servicio|suministro} de {luz|energia|electricidad|gas|agua} {sera|va a ser} {suspendido|cortado|interrumpido}',
    '{energia|luz|fornecimento de energia|agua} {sera|vai ser} {cortada|suspensa|desligada|cortado|suspenso|desligado}',
    "{electricite|courant|alimentation electrique|fourniture d'energie} {sera|va etre} {coupee|coupe|suspendue|interrompue}",
    '{strom|stromversorgung|gasversorgung|energieversorgung|wasserversorgung} wird {abgestellt|gesperrt|abgeschaltet|unterbrochen}',
    "{la fornitura|la luce|l'energia|il gas} {sara|verra} {sospesa|staccata|interrotta|sospeso|staccato|interrotto}",
    '{stroom|elektriciteit|gas|energie|aansluiting} {wordt|zal worden} afgesloten',
    // id vi tr pl
    'listrik {anda|kamu|} {akan|} {diputus|dipadamkan|dicabut}',
    '{se bi|bi} {cat dien|ngung cap dien}',
    'elektrik{iniz|} {kesilecek|kesilecektir}',
    '{prad zostanie odlaczony|dostawa pradu zostanie wstrzymana|energia zostanie odlaczona}',
  ],
  // A third party's threat, settled only on the number given (set28: "Autodesk License Compliance" on gmail — "a formal
  // License Review … Voluntary Settlement Program … contact the compliance desk, Toll-free +1 (888) …"; a Mexican
  // "Despacho Jurídico" on gmail — "cartera vencida … demanda mercantil, con embargo de bienes … Comuníquese por WhatsApp
  // al 55 …"; India's "digital arrest" calls; the FTC's and Profeco's fake-debt-collector warnings; the BSA-style licence
  // audit letters). Collectors, auditors and courts write from their own domains: callback.ts reads the threat only from
  // a free mailbox or under a brand the sender is not. Never the creditor's own first-person "I will take legal action"
  // (a freelancer chasing an invoice from gmail): only the collection, audit, court or arrest machinery itself.
  threat: [
    '{license|licence|software|compliance} {review|audit|compliance review|compliance audit} {case|notice|reference|}',
    '{unlicensed|non-compliant|unlicenced} {installations|installation|software|copies|use|deployment}',
    'voluntary settlement',
    '{arrest warrant|warrant for your arrest|digital arrest|court summons|non-bailable warrant}',
    '{case|fir|complaint|lawsuit} has been {registered|filed|lodged|opened} against you',
    '{debt|collection|collections|recovery} agency',
    '{your|the} {account|debt|file|case|balance} has been {transferred|assigned|referred|passed|sold} to {our|a|the} {legal|collection|collections|recovery|debt|law}',
    // es pt fr de it
    '{demanda mercantil|demanda civil|demanda judicial|embargo de bienes|embargo de cuentas|embargo de su|area juridica|aviso extrajudicial|cartera vencida|despacho de cobranza|cobranza extrajudicial|adeudo vencido}',
    '{acao judicial|protesto em cartorio|penhora de bens|cobranca extrajudicial|nome sera negativado|negativacao do seu nome}',
    '{mise en demeure|poursuites judiciaires|saisie sur salaire|huissier de justice|societe de recouvrement|audit de licence}',
    '{inkasso|mahnverfahren|lizenzprufung|lizenzaudit|lizenzuberprufung}',
    '{decreto ingiuntivo|pignoramento|recupero crediti|societa di recupero|verifica delle licenze}',
    // id tr pl nl
    '{tindakan hukum|jalur hukum|penagihan lapangan|surat somasi|dilaporkan ke pihak berwajib}',
    '{icra takibi|haciz islemi|yasal takip|avukatlik burosu}',
    '{windykacja|windykacji|nakaz zaplaty|komornik|komornicza|postepowanie sadowe}',
    '{incassobureau|deurwaarder|gerechtelijke procedure|beslaglegging}',
  ],
};
