/**
 * The wording that offers the reader a document behind a link: "VIEW SECURE DOCUMENT", "Open document:", "Review &
 * Sign", "Play voice message", "Dokument öffnen", "Consulter le document". Written and matched as lure-phrases.ts
 * describes (lure-matcher.ts's phraseFinder). Read by links.rented-page (rented-page.ts), which asks for it
 * only when a link opens a page anyone rents (a chunk of its own in the browsers): on its own this wording is everyday
 * business mail.
 *
 * Languages: English, German, French, Spanish, Italian, Dutch, Portuguese, Polish, Czech, Turkish, Swedish, Danish,
 * Norwegian, Finnish, Romanian, Hungarian, Indonesian (here), Japanese, Chinese, Korean, Greek, Vietnamese and
 * Thai (document-offer-phrases-nonlatin.ts).
 *
 * Sources: the lure shapes of mail sent from compromised accounts as described by Microsoft Threat Intelligence
 * ("file-sharing BEC", 2023), Abnormal Security's and Proofpoint's write-ups of e-signature and secure-message kits,
 * and the voicemail and fax lures of the FTC and hoax-slayer.net; the other languages are the same buttons as the
 * services label them (SharePoint, OneDrive, DocuSign and Adobe Sign localise "Open", "View document", "Review
 * document"). Verb + document, never the noun alone: "the document" is in every mail that sends one.
 *
 * The phrases in Japanese, Chinese and Korean letters are in document-offer-phrases-nonlatin.ts.
 */

export type DocumentOfferFamily = 'offer';

export const DOCUMENT_OFFER_FAMILIES: readonly DocumentOfferFamily[] = ['offer'];

export const DOCUMENT_OFFER_PHRASES: Readonly<Record<DocumentOfferFamily, readonly string[]>> = {
  offer: [
    // en: the button or the line before a bare URL.
    '{view|open|access|download|review|read|preview|retrieve} {the|your|this|our|} {document|documents|file|files|folder|statement|agreement|contract|invoice|proposal|quotation|addendum|remittance|pdf|voicemail|voice message|fax|drawings}',
    '{view|open|access|review|read} {the|your|} {full|} {secure|secured|shared|encrypted|protected|signed} {document|documents|file|files|message|folder|pdf}',
    '{view|open|access} {it|them} here',
    'access the folder',
    '{review|view} {and|&} sign',
    '{play|listen to} {the|your|} {voice message|voicemail|message}',
    // Microsoft Purview's and Egress's "has sent you a protected message", copied onto a rented sign-in page.
    '{has|have} {shared|sent} {you|} {a|an|the} {secure|confidential|new|protected|encrypted|} {document|documents|file|files|folder|message}',
    '{shared|sent} {a|the} {document|file|folder} {with|to} you',
    'has been shared with you',
    'please find {attached|enclosed|the attached|our|the enclosed}',
    'kindly find {attached|enclosed|the attached|our}',
    // A reply-chain's "please find the revised quotation … Download: <shortener>": the file is only behind the link.
    '{please|kindly} find the {revised|updated|amended|final|latest|corrected} {document|documents|file|files|statement|agreement|contract|invoice|proposal|quotation|quote|drawings|po|pi}',
    '{remittance|payment} advice',
    // The "SWIFT copy" / MT103 payment-copy lure: the proof of a transfer, offered only behind the link.
    '{kindly|please} find the {swift|payment|transfer|bank} {copy|slip|confirmation|receipt}',
    'swift copy',
    'proof of payment',
    'click the link {within|in} the {pdf|document|attachment}',
    // The credential ask in the offer's own words ("Sign in to view and pay the invoice", "Log in to access the file"):
    // on a page anyone rents, the sign-in it asks for is the kit's, whoever sends it — an authenticated sender's
    // self-made domain included (rule 2h leaves those alone; this offer is what links.rented-page reads).
    '{sign in|sign-in|signin|log in|log-in|login|logon} to {view|access|open|download|read|see|review|retrieve|unlock}',
    '{view|review} and pay {the|your|this} {invoice|invoices|bill|statement|balance}',
    '{faça login|faca login|inicie sessão|inicie sessao|inicie a sessão|entre na sua conta} para {ver|visualizar|aceder|acessar|abrir|baixar|descarregar|consultar}',
    '{inicie sesión|inicia sesión|inicie sesion|inicia sesion} para {ver|acceder|abrir|descargar|consultar}',
    '{connectez-vous|identifiez-vous|connectez vous|identifiez vous} pour {consulter|voir|ouvrir|télécharger|accéder}',
    '{accedi|acceda|effettua l accesso} per {visualizzare|vedere|aprire|scaricare|consultare}',
    '{log in|meld je aan|meld u aan} om {het document|de documenten|het bestand|de factuur} te {bekijken|openen|downloaden}',
    'zum {ansehen|anzeigen|öffnen|herunterladen} {anmelden|einloggen}',
    // de
    '{dokument|dokumente|datei|dateien|unterlagen|rechnung|nachricht} {prüfen|freigeben|unterschreiben|unterzeichnen}',
    'hat {ein|eine|das|die} {dokument|datei|dokumente|unterlagen|ordner} für sie freigegeben',
    '{jetzt|hier} {ansehen|öffnen|abrufen|herunterladen}',
    '{dokument|dokumente|datei|dateien|unterlagen|rechnung|nachricht|angebot|zeichnungen} {öffnen|ansehen|anzeigen|herunterladen|abrufen|einsehen|lesen}',
    '{öffnen|ansehen|anzeigen|abrufen} sie {das|die|ihr|ihre} {dokument|dokumente|unterlagen|datei|rechnung|nachricht}',
    'hat {ein|eine|das|die} {dokument|datei|dokumente|unterlagen|ordner} mit ihnen geteilt',
    'sichere nachricht {öffnen|lesen|abrufen}',
    // A tax adviser's or lawyer's taken-over mailbox (set16): "Unterlagen … zur Durchsicht bereit", "Dateien in Dropbox
    // ansehen": the service named between the files and the verb.
    '{zur durchsicht|zur ansicht|zur einsicht} {bereit|bereitgestellt}',
    '{dateien|dokumente|unterlagen|dokument|datei} in {dropbox|onedrive|sharepoint|google drive|der cloud} {ansehen|öffnen|anzeigen|abrufen|herunterladen}',
    // fr
    '{examiner|signer|accéder au|accéder aux} {le|les|votre|vos|} {document|documents|fichier|facture}',
    '{document|fichier|message} sécurisé',
    '{consulter|voir|ouvrir|télécharger|afficher|lire} {le|les|votre|vos|ce} {document|documents|fichier|fichiers|facture|devis|message sécurisé|dossier}',
    'a partagé {un|le|des} {document|fichier|dossier|documents} avec vous',
    // es
    '{firmar|examinar} {el|los|} {documento|documentos}',
    '{compartió|ha compartido} {un|el} {archivo|documento} {contigo|con usted}',
    '{ver|abrir|descargar|consultar|revisar|acceder al} {el|los|su|sus|este|} {documento|documentos|archivo|archivos|factura|presupuesto|mensaje seguro}',
    'ha compartido {un|el} {documento|archivo|carpeta} {con usted|contigo}',
    // it
    '{esamina|firma|accedi al|accedi ai} {il|i|} {documento|documenti|file}',
    '{visualizza|apri|scarica|consulta|visualizzare|aprire|scaricare|consultare} {il|i|la|le|} {documento|documenti|file|fattura|preventivo|messaggio sicuro}',
    'ha condiviso {un|il} {documento|file|cartella} con te',
    // nl
    '{document|documenten} {ondertekenen|beoordelen}',
    '{bekijk|open|download|bekijken|openen|downloaden|lees} {het|de|uw|je|} {document|documenten|bestand|bestanden|factuur|offerte|beveiligd bericht}',
    // The quotation or drawings named before the verb (set13: "Offerte bekijken (Dropbox)" on a page kept as a file).
    '{document|documenten|bestand|factuur|offerte|tekening|tekeningen} {bekijken|openen|downloaden}',
    'heeft een {document|bestand|map} met {u|je} gedeeld',
    // pt
    '{ver|abrir|baixar|visualizar|acessar|consultar} {o|os|a|as|seu|sua|} {documento|documentos|arquivo|arquivos|ficheiro|fatura|boleto|orçamento}',
    'compartilhou um {documento|arquivo} com você',
    // European Portuguese, as OneDrive, SharePoint and Google Drive label it in pt-PT (set32 p-pt-02: "Foi partilhado
    // consigo um documento … Aceder ao documento:" on a hacked site): aceder, partilhar, consigo.
    '{aceder|aceda|acede|acessar|acesse} {ao|aos|a|as} {documento|documentos|ficheiro|ficheiros|fatura|faturas|pasta|arquivo|arquivos}',
    '{partilhou|compartilhou} {um|o|uma|a} {documento|ficheiro|ficheiros|arquivo|pasta} {consigo|com você|contigo}',
    '{foi|foram} {partilhado|partilhada|partilhados|compartilhado|compartilhada|compartilhados} {consigo|com você|contigo}',
    '{documento|ficheiro|arquivo|pasta} {partilhado|partilhada|compartilhado|compartilhada} {consigo|com você|contigo}',
    '{visualizar|consultar|abrir|rever|assinar} {o|os|a|as|} {documento|documentos|ficheiro|ficheiros|fatura} {partilhado|partilhados|seguro|protegido}',
    // pl
    '{zobacz|otwórz|pobierz|wyświetl|sprawdź|przejrzyj|podpisz} {dokument|dokumenty|plik|pliki|fakturę|faktury|wiadomość|ofertę|zamówienie}',
    'udostępnił{|a} {ci|pan|pani|państwu} {plik|dokument|folder}',
    // cs
    '{zobrazit|otevřít|stáhnout|zkontrolovat|podepsat} {dokument|dokumenty|soubor|soubory|fakturu|zprávu|nabídku|objednávku}',
    '{vám nasdílel|vám nasdílela|vám nasdílel(a)} {soubor|dokument|složku}',
    's vámi sdílí {soubor|dokument|složku}',
    // tr
    '{belgeyi|belgeleri|dosyayı|dosyaları|faturayı} {görüntüle|aç|indir|incele|imzala}',
    'sizinle bir {dosya|belge|klasör} paylaştı',
    // sv, da, no
    '{visa|öppna|ladda ner|granska|signera} {dokument|dokumentet|filen|fakturan|meddelandet}',
    '{se|åbn|hent|vis|åpne|last ned} {dokument|dokumentet|filen|fakturaen|meldingen|beskeden}',
    'delade {ett dokument|en fil|en mapp} med dig',
    '{har delt|delte} {et dokument|en fil|en mappe} med dig',
    // (fi ro hu id), and Norwegian's "med deg"
    '{avaa|nayta|lataa|tarkastele|allekirjoita} {asiakirja|asiakirjat|tiedosto|lasku|viesti}',
    '{vizualizati|deschideti|descarcati|semnati} {documentul|documentele|fisierul|factura}',
    '{dokumentum|fajl|szamla} {megtekintese|megnyitasa|letoltese|alairasa}',
    // vi, written without diacritics (lure-matcher.ts folds them): 'Xem tài liệu', 'Tải xuống tệp'.
    '{xem|mo|tai xuong} {tai lieu|tep}',
    '{lihat|buka|unduh|tinjau} {dokumen|berkas|faktur}',
    '{har delt|delte} {et dokument|en fil|en mappe} med deg',
  ],
};
