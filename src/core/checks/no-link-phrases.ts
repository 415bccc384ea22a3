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
  | 'relay' //  a platform relays a third party's invoice or money request, and that party's note
  | 'cutoff' // the electricity, gas or water supply said to be disconnected (the callback's threat instead of a charge)
  | 'threat'; // a debt passed to collectors, a licence audit, a court case or arrest: settled only on the number given

/**
 * The families the no-link finder reads; the callback's (charge, call, dispute, relay, cutoff, threat) are
 * callback-phrases.ts's.
 */
export type FirstNoLinkFamily = Exclude<NoLinkFamily, 'charge' | 'call' | 'dispute' | 'relay' | 'cutoff' | 'threat'>;

export const NO_LINK_FAMILIES: readonly FirstNoLinkFamily[] = ['role', 'ask', 'opener', 'pretext', 'payroll', 'scan'];

export const NO_LINK_PHRASES: Readonly<Record<FirstNoLinkFamily, readonly string[]>> = {
  role: [
    '{ceo|cfo|coo|chief executive|chief financial|president|chairman|managing director|executive director|director}',
    '{payroll|accounts payable|accounts receivable|accounting|finance department|treasurer|human resources|hr department}',
    // pt
    '{diretor|diretora|presidente|departamento financeiro|contas a pagar|financeiro|folha de pagamento}',
    // es
    '{director|directora|gerente general|consejero delegado|contabilidad|cuentas por pagar|nómina}',
    // de
    '{geschäftsführer|geschäftsführerin|vorstand|buchhaltung|finanzabteilung|lohnbuchhaltung|personalabteilung}',
    // fr
    '{pdg|directeur|directrice|président|comptabilité|service comptable|service paie}',
    // nl
    '{directeur|algemeen directeur|boekhouding|financiële administratie|salarisadministratie}',
    // it
    '{direttore|amministratore delegato|contabilità|amministrazione|ufficio paghe}',
    // pl cs tr hu sv da no fi vi id (issue #16 item 6: executive titles only; their asks wait, bec-phrases.ts)
    '{prezes|dyrektor|jednatel|reditel|genel mudur|yonetim kurulu baskani|ugyvezeto|igazgato|vezerigazgato|vd|direktor|daglig leder|toimitusjohtaja|giam doc|direktur}',
    // The company's own IT desk on a free mailbox (set28 p-en-05: "IT Service Desk | Bayview Civil" on proton.me asking
    // staff to approve the Authenticator prompts: MFA fatigue; the help-desk impersonation of the 2023-2025 intrusions
    // that began with a call or a mail "from IT"). A real IT desk writes from the company's domain.
    '{it service desk|it servicedesk|it support|it helpdesk|it help desk|it department|it team|service desk|helpdesk|help desk|system administrator|systems administrator|sysadmin}',
    '{it-abteilung|it-support|service informatique|support informatique|soporte tecnico|departamento de ti|suporte tecnico|supporto it|ufficio it|ict-servicedesk|ict servicedesk}',
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
    // MFA fatigue: approve the prompts that will come, read out the number or the code (set28 p-en-05; the help-desk
    // impersonation that precedes push bombing). No IT desk asks to approve a sign-in the user did not start.
    '{tap|press|click|select|hit} approve',
    'approve {the|these|all|any} {prompt|prompts|sign-in request|sign-in requests|login request|login requests|push notification|push notifications|notifications|requests}',
    '{enter|type} the number {shown|displayed} on {the|your} screen that',
    '{read|tell|give} {us|me|our engineer} the {code|number|verification code|one-time code|6-digit code}',
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
    // An adverb between (set13: "Scannen Sie dazu einfach den beigefügten QR-Code"), and its siblings' adverbs.
    'scannen sie {dazu|hierzu|jetzt|} {einfach|} den {folgenden|beigefugten|} {qr-code|qr code}',
    '{scannez|flashez} {simplement|maintenant|directement} le {qr code|qr-code|code qr|code}',
    '{escanea|escanee} {ahora|simplemente|ya} el {codigo qr|qr}',
    '{escaneie|leia} {agora|simplesmente} o {qr code|codigo qr|qr}',
    '{scansiona|inquadra} {semplicemente|ora|subito} il {codice qr|qr code|qr}',
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
};
