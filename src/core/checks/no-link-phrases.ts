/**
 * The wording of attacks with no link to judge (issue #16 family 11), written and matched as lure-phrases.ts
 * describes (lure-matcher.ts's phraseFinder: NFKC, ASCII lower-cased at a word start, non-ASCII with spaces removed,
 * `{a|b}` alternatives). English, Japanese, Chinese, Portuguese, Spanish, German, French, Dutch and Italian.
 *
 * Sources: callback phishing ("BazarCall") as quoted by the FTC's consumer alerts (consumer.ftc.gov, "fake Geek Squad
 * renewal", "call to cancel"), Malwarebytes' and Sophos' write-ups of Norton/McAfee/PayPal invoice scams ("your order
 * of $499 has been processed", "if you did not authorize this charge, call"); CEO fraud / BEC as described by the
 * FBI IC3 PSA I-050422, the UK Action Fraud "CEO fraud" page, the Japanese JC3/IPA warnings on 「社長を名乗る」LINE
 * group and gift-card mail (2024, 「至急対応してほしい」「LINEグループを作成」), the German BSI and BKA "CEO-Fraud" leaflet
 * ("Geschäftsführer", "dringende Überweisung"), the Dutch Fraudehelpdesk ("CEO-fraude"), and the Brazilian FEBRABAN
 * and Spanish INCIBE gift-card alerts ("cartões-presente", "tarjetas regalo"). Each language's role titles are the
 * ordinary job titles of that language.
 *
 * The phrases in Japanese, Chinese or Cyrillic letters are in no-link-phrases-nonlatin.ts, family by family:
 * a message without such a letter never needs them (lure-matcher.ts), and the task pane fetches them only for one
 * that has one.
 */

export type NoLinkFamily =
  | 'charge' //  an amount was taken, an order processed, a subscription renewed
  | 'call' //    call or contact this number
  | 'dispute' // …to cancel, dispute or get a refund of a charge the reader did not make
  | 'role' //    an executive, finance or payroll role (read in the display name only)
  | 'ask' //     a payment, a wire, gift cards, changed bank details
  | 'opener' //  the BEC opener that wants a reply: are you available, I need you to handle a task, your WhatsApp
  | 'pretext' // why the "executive" cannot be reached or checked: in a meeting, cannot talk, keep it between us
  | 'payroll' // an employee's next salary to a new bank account (payroll diversion)
  | 'scan' //   scan the QR code with your phone (read only when no QR code in the message could be read)
  | 'relay'; //  a platform relays a third party's invoice or money request, and that party's note

export const NO_LINK_FAMILIES: readonly NoLinkFamily[] = [
  'charge',
  'call',
  'dispute',
  'role',
  'ask',
  'opener',
  'pretext',
  'payroll',
  'scan',
  'relay',
];

export const NO_LINK_PHRASES: Readonly<Record<NoLinkFamily, readonly string[]>> = {
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
  ],
  role: [
    '{ceo|cfo|coo|chief executive|chief financial|president|chairman|managing director|executive director|director}',
    '{payroll|accounts payable|accounts receivable|accounting|finance department|treasurer|human resources|hr department}',
    // pt
    '{diretor|diretora|presidente|departamento financeiro|contas a pagar|financeiro|folha de pagamento}',
    // es
    '{director|directora|gerente general|contabilidad|cuentas por pagar|nómina}',
    // de
    '{geschäftsführer|geschäftsführerin|vorstand|buchhaltung|finanzabteilung|lohnbuchhaltung|personalabteilung}',
    // fr
    '{pdg|directeur|directrice|président|comptabilité|service comptable|service paie}',
    // nl
    '{directeur|algemeen directeur|boekhouding|financiële administratie|salarisadministratie}',
    // it
    '{direttore|amministratore delegato|contabilità|amministrazione|ufficio paghe}',
  ],
  ask: [
    '{gift|itunes|apple|google play|steam|amazon|ebay|vanilla} {card|cards}',
    '{wire|bank} transfer',
    '{process|make|send|arrange} {a|an|the} {payment|wire|transfer}',
    '{urgent|outstanding|pending} {payment|wire|transfer}',
    '{new|updated|change of|change my|change in} {bank|banking|direct deposit|account} {details|information|account}',
    // pt
    '{cartão presente|cartões presente|cartão-presente|cartões-presente|transferência|pagamento urgente}',
    // es
    '{tarjeta de regalo|tarjetas de regalo|tarjetas regalo|transferencia|pago urgente}',
    // de
    '{geschenkkarte|geschenkkarten|gutscheinkarten|überweisung|dringende zahlung}',
    '{muss|soll|müssen|sollen} {heute|noch heute|umgehend|dringend|sofort} {noch|} {eine|die} {anzahlung|zahlung|überweisung}',
    '{überwiesen|angewiesen|ausgeführt} werden',
    // fr
    '{carte cadeau|cartes cadeaux|cartes-cadeaux|virement|paiement urgent}',
    // nl
    '{cadeaukaart|cadeaukaarten|overboeking|spoedbetaling}',
    // it
    '{carta regalo|carte regalo|bonifico|pagamento urgente}',
  ],
  opener: [
    // Not "are you free for a call" or "are you around": colleagues ask that; the opener asks for the reader's number,
    // a task done now, or an answer to a message the reader never got.
    '{are you|r u} {available?|available right now|available now|at your desk|in the office|free now}',
    '{quick|small|urgent} {favor|favour|task|request}',
    'i need you to {handle|do|take care of|complete|run|get|buy|make|process|rectify}',
    '{send me|text me|share|drop} your {whatsapp|mobile|cell|phone|personal|direct} number',
    '{your|a} whatsapp number',
    'kindly {get back to me|confirm if|confirm receipt|reply|respond|revert}',
    '{did you|have you} {get|got|receive|received|see|seen} my {message|mail|email|proposal|in-mail}',
    // pt
    '{está disponível?|preciso que você|seu número de whatsapp|seu whatsapp}',
    // es
    '{estás disponible?|está disponible?|necesito que me|tu número de whatsapp|su número de whatsapp}',
    // de
    '{bist du erreichbar|sind sie erreichbar|bist du verfügbar|sind sie verfügbar|ihre whatsapp-nummer|deine whatsapp-nummer}',
    // fr
    "{êtes-vous disponible|es-tu disponible|j'ai besoin que vous|votre numéro whatsapp|ton numéro whatsapp}",
    // nl
    '{ben je beschikbaar|bent u beschikbaar|uw whatsapp-nummer|je whatsapp-nummer}',
    // it
    '{sei disponibile|è disponibile?|il tuo numero whatsapp|ho bisogno che tu}',
  ],
  // The pretext that keeps the reader from checking: the "executive" is in a meeting, cannot take a call, and the
  // matter is secret (the FBI's and Action Fraud's CEO-fraud descriptions; the French "fraude au président").
  // Not "confidential" alone (every legal footer says it), nor "keep it between us" (a surprise collection says it).
  pretext: [
    "{can't|cannot|can not|unable to} {talk|speak|take calls|take a call|take phone calls|answer calls} {on the phone|by phone|right now|now|at the moment|today|}",
    "{i'm|i am} {in|stuck in|heading into|about to enter} {a|an} {board meeting|meeting|conference|conference call}",
    "{i'm|i am} {tied up|in meetings|in back-to-back meetings|traveling|travelling|on a flight|boarding} {with|all|and|until|}",
    '{handle|do|treat|keep} {this|it|the matter} {discreetly|confidentially|quietly}',
    '{discreetly|with discretion}',
    'confidential {acquisition|transaction|deal|project|matter|operation}',
    // pt
    '{com discrição|com sigilo|sigilo absoluto|estou em reunião|não posso falar}',
    // es
    '{con discreción|con total discreción|estoy en una reunión|no puedo hablar}',
    // de
    '{absolute diskretion|streng vertraulich behandeln|bitte diskret|bin in einer besprechung|bin gerade in einer besprechung|kann nicht telefonieren|kann gerade nicht telefonieren|nur per e-mail erreichbar|bin in meetings}',
    // fr
    '{discrétion absolue|en toute discrétion|votre discrétion|acquisition confidentielle|opération confidentielle|je suis en réunion}',
    // nl
    '{strikt vertrouwelijk behandelen|met discretie|ik zit in een vergadering|kan niet bellen}',
    // it
    '{massima riservatezza|massima discrezione|sono in riunione|non posso parlare}',
  ],
  // Payroll diversion: an employee's "new bank" for the next salary. Payroll departments change no deposit on a
  // mailed request from a private mailbox (IC3 PSA I-091818 on payroll diversion); the employee writes from work.
  payroll: [
    '{update|change|switch} my {direct deposit|payroll|salary|paycheck|paycheque|bank} {info|information|details|account}',
    '{direct deposit|payroll} {info|information|details} before',
    '{update|change} {my|the} direct deposit',
    '{paycheck|paycheque|salary|wages|pay|payment} {deposited|paid|sent|transferred} {into|to} {my|a|the} new {account|bank}',
    'before the next payroll',
    // pt es de fr nl it
    '{alterar|mudar|atualizar} {minha|a minha} conta {salário|de salário|para o salário}',
    '{cambiar|actualizar} {mi|la} cuenta {de nómina|nómina|para la nómina}',
    '{gehalt|lohn} auf {mein|das} neue{s|} konto',
    '{neue|geänderte} bankverbindung für {mein|das} gehalt',
    '{salaire|paie} sur {mon|le} nouveau compte',
    '{changer|modifier} {mon|le} rib',
    '{salaris|loon} op {mijn|het} nieuwe {rekeningnummer|rekening}',
    '{stipendio|accredito} sul {mio|} nuovo {conto|iban}',
  ],
  // The instruction to take the link to a phone (quishing), as the scripts and genuine tickets alike word it: the
  // check asks only when no QR code in the message could be read.
  scan: [
    'scan {the|this|our|that|the attached|the following|the secure|your} {qr|qr-code|qr code|qrcode|code|barcode}',
    'scan {it|the code|the image} {with|using} your {phone|mobile|smartphone|camera|device|mobile device|iphone|android}',
    '{qr code|qr-code|qrcode} {below|above|attached} with your {phone|mobile|smartphone|camera|device|mobile device}',
    'use your {phone|mobile|smartphone} {camera|} to scan',
    // pt
    '{escaneie|escanear|leia|ler|digitalize} o {qr code|qrcode|código qr|qr}',
    '{escaneie|escanear|digitalize} {o seguinte|este} {qr code|codigo qr}',
    'aponte a camera do seu {celular|telemovel|smartphone|telefone} para o {qr code|codigo qr}',
    // es
    '{escanea|escanee|escanear|lea|leer} el {código qr|qr|codigo qr}',
    '{escanea|escanee|escanear} {el siguiente|este} {codigo qr|qr}',
    // de
    '{qr-code|qr code|code} {scannen|einscannen}',
    '{scannen|scanne} {sie|} den {qr-code|qr code|code}',
    // "Scannen Sie bitte den folgenden QR-Code", and verb last: "den QR-Code mit Ihrem Smartphone scannen".
    '{scannen|scanne} {sie|} {bitte|} den {folgenden|unten stehenden|untenstehenden|beigefugten|} {qr-code|qr code}',
    '{qr-code|qr code} mit ihrem {smartphone|handy} scannen',
    // fr
    '{scannez|scanner|scanne|flashez|flasher} le {qr code|qr-code|code qr|code}',
    '{scannez|scanner|flashez|flasher} ce {qr code|qr-code|code qr|code}',
    // nl
    '{scan|scannen} {de|deze} {qr-code|qr code|code}',
    '{scan|scannen} {de onderstaande|de volgende} {qr-code|qr code}',
    // it
    '{scansiona|scansionare|scansioni|inquadra|inquadrare} il {codice qr|qr code|qr-code|qr}',
    '{scansiona|scansionare|scansioni|inquadra|inquadrare} {il seguente|questo} {codice qr|qr code|qr-code|qr}',
    // (pl cs tr sv da no fi ro hu id vi) How each language says it (issue #16); the Greek and Thai ones are non-Latin.
    'zeskanuj {kod qr|kod|ponizszy kod qr|ten kod qr|ponizszy kod}',
    '{naskenujte|naskenuj|nasnimejte} {qr kod|kod|tento qr kod|nasledujici qr kod}',
    '{karekodu|kodu|kodunu} {okutun|okutunuz|tarayin|tarayiniz|okutarak}',
    '{karekodu|kodu|kodunu} {telefonunuzla|cep telefonunuzla} {okutun|okutunuz|tarayin|tarayiniz}',
    '{skanna|scanna} {qr-koden|koden|qr koden}',
    '{scan|skan|skann|skanne} {qr-koden|koden|qr koden}',
    '{skannaa|lue} {qr-koodi|koodi|alla oleva qr-koodi}',
    '{scanati|scaneaza|scanand} codul {qr|de mai jos}',
    '{olvassa be|szkennelje be|olvasd be} a {qr-kodot|qr kodot|kodot}',
    'pindai {kode qr|kode qr berikut|kode qr di bawah}',
    'quét mã {qr|qr code}',
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
