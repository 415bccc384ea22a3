/**
 * The advance-fee wording that waits (issue #16 item 6): the inheritance, lottery and compensation script's claims,
 * secrecy and "your full name" in the Latin-script languages the first table (advance-fee-phrases.ts) leaves out —
 * Polish, Czech, Turkish, Romanian, Hungarian, Swedish, Danish, Norwegian, Finnish, Vietnamese and Indonesian. Written
 * and matched as lure-phrases.ts describes (accents folded, so written without). A chunk of its own with
 * money-route.ts, fetched only for a message that tells a large sum or one kind of the script already
 * (advance-fee.ts), so the task pane pays nothing for it up front.
 *
 * Sources: CERT Polska and the Polish police on "spadek po zmarłym kliencie" letters; the Czech police on "nigerijské
 * dopisy"; Turkey's USOM and the EGM on "miras dolandırıcılığı"; Romania's DNSC; the Hungarian police on "örökség"
 * e-mails; the Swedish Polisen, Danish Politi, Norwegian Politiet and Finnish police pages on "arv" / "perintö" /
 * lottery fraud; Vietnam's and Indonesia's police warnings on "thừa kế" and "warisan" mail. No phrase alone decides
 * anything: advance-fee.ts needs two kinds at once and a reply channel the sender does not answer for. Only the full
 * name asked for counts as "details": a phone number alone is everyday business.
 */
import type { AdvanceFeeFamily } from './advance-fee-phrases';

export type LateAdvanceFeeFamily = Exclude<AdvanceFeeFamily, 'sum'>;

export const LATE_ADVANCE_FEE_FAMILIES: readonly LateAdvanceFeeFamily[] = ['claim', 'release', 'secrecy', 'details'];

export const LATE_ADVANCE_FEE_PHRASES: Readonly<Record<LateAdvanceFeeFamily, readonly string[]>> = {
  claim: [
    '{spadek|spadku|spadkobierc|zmarlego klienta|zmarly klient|beneficjent|wygrana na loterii|odszkodowanie}',
    '{dedictvi|dedicu|zesnuleho klienta|zesnuly klient|vyhra v loterii|odskodne}',
    '{miras|varisi|vefat eden|lehtar|piyango|ikramiye|tazminat fonu}',
    '{mostenire|mostenitori|client decedat|castigator la loterie|fond de compensare}',
    '{orokseg|orokos|elhunyt ugyfel|kedvezmenyezett|lottonyeremeny}',
    '{ett arv|arv pa|arvingar|arvinge|avliden klient|formanstagare|lotterivinst}',
    '{en arv|arv pa|arvinger|afdod klient|avdod klient|begunstiget|lotterigevinst}',
    '{perinto|perinnon|perillisia|perillinen|kuolleelle asiakkaalle|edunsaaja|lottovoitto}',
    '{thua ke|nguoi thua huong|da qua doi|trung thuong|quy boi thuong}',
    '{warisan|ahli waris|meninggal tanpa|penerima manfaat|dana kompensasi}',
    // (item 11, family f) Money offered for the asking: the private loan at 2 % "without a credit check" (advance-fee
    // loans: the FTC's and each country's consumer pages), the job "with no interview", the widow's investment.
    '{we offer|we give|we grant|offering} {loans|personal loans|business loans|private loans}',
    '{pre-approved|preapproved} {personal loan|loan}',
    '{no credit check|without credit check|without cibil check|no cibil check}',
    'your loan {application has been approved|has been approved|of}',
    '{no interview|no experience} {required|needed|and no experience}',
    'you have been selected for {a|the} {remote|position|job|part-time}',
    '{trustworthy partner|investment partner|invest in your country}',
    '{emprestimo pessoal|oferecemos emprestimo|concedemos credito|sem consulta ao spc|juros de 2%|taxa de juro de 2%}',
    '{ofrecemos prestamos|prestamos a particulares|oferta de prestamo|un interes del 2%|has sido seleccionado para un empleo}',
    '{vergeben privatkredite|privatkredite von|kredit ohne schufa|ohne schufa|zu 2% zinsen}',
    '{pret entre particuliers|prets entre particuliers|offre de pret|nous accordons des prets|au taux de 2 %}',
    '{prestiti a privati|offerta di prestito|offriamo prestiti|con un tasso del 2%}',
    '{leningen aan particulieren|leningaanbod|wij verstrekken leningen|particuliere lening}',
    '{udzielamy pozyczek|pozyczki prywatne|pozyczek prywatnych|oferta pozyczki|bez bik}',
    '{soukrome pujcky|nabidka pujcky|poskytujeme pujcky|poskytujeme soukrome pujcky|bez registru}',
    '{kredi teklifi|kefilsiz|bireysel kredi veriyoruz|faizle kredi}',
    '{oferta de imprumut|oferim imprumuturi|imprumuturi private|credite private}',
    '{kolcsonajanlat|magankolcson|hitelellenorzes nelkul}',
    '{privatlan|laneerbjudande|utan kreditupplysning|lanetilbud|uden kreditvurdering|uten kredittsjekk}',
    '{lainatarjous|yksityislaino|ilman luottotietojen}',
    '{cho vay ca nhan|chung toi cho vay|khong can the chap}',
    '{pinjaman pribadi|penawaran pinjaman|kami memberikan pinjaman|tanpa jaminan}',
    // The job offered without an interview (fake recruiters, parcel "agents" who are money mules), every language.
    "{you have been|you've been} {offered the position|hired|selected for the position}",
    '{data entry|package|parcel|reshipping|payment processing} {clerk|agent|position|job|assistant}',
    '{sem entrevista|sem experiencia|voce foi selecionado|voce foi selecionada}',
    '{sin entrevista|has sido seleccionado|ha sido seleccionado|le concedemos un prestamo|concedemos un prestamo}',
    '{prestamo|prestamos|credito} sin {avales|aval|comprobaciones|buro|papeleos}',
    '{ohne vorstellungsgesprach|heimarbeit als|als paketagent|paketagenten|paketagent}',
    '{sans entretien|vous avez ete selectionne|vous avez ete retenu}',
    '{senza colloquio|sei stato selezionato|e stato selezionato}',
    '{zonder sollicitatiegesprek|u bent geselecteerd|je bent geselecteerd}',
    '{bez rozmowy kwalifikacyjnej|zostales wybrany|zostalas wybrana|zostal pan wybrany}',
    '{bez pohovoru|byl jste vybran|byla jste vybrana}',
    '{mulakat yok|mulakatsiz|evden calisma pozisyonu|secildiniz}',
    '{fara interviu|ati fost selectat|ati fost selectata}',
    '{allasinterju nelkul|onet kivalasztottuk}',
    '{utan anstallningsintervju|du har blivit utvald|uden jobsamtale|du er blevet udvalgt|uten jobbintervju|du er valgt ut}',
    '{ilman haastattelua|sinut on valittu}',
    '{khong can phong van|ban da duoc chon|viec lam tai nha}',
    '{tanpa interview|tanpa wawancara|anda terpilih|kerja rumahan}',
    // the loan "approved" or "granted" to a stranger, each language
    '{approved you for a loan|we have approved your loan|your loan has been approved|seu credito foi aprovado|le concedemos}',
    '{ihr kredit wurde genehmigt|votre pret a ete accorde|le offriamo un finanziamento|finanziamento senza|senza garanzie}',
    '{uw lening is goedgekeurd|twoja pozyczka zostala zatwierdzona|schvalili jsme vam pujcku|bez dolozeni prijmu}',
    '{krediniz onaylandi|imprumutul dumneavoastra a fost aprobat|kolcsonet jovahagytuk|vi beviljar dig ett lan|utan uc}',
    '{dit lan er godkendt|lanet ditt er godkjent|lainasi on hyvaksytty|khoan vay cua ban da duoc duyet|pinjaman anda telah disetujui}',
    '{v-am aprobat un credit|fara verificare|ati castigat|a castigat|extragerea internationala}',
    '{felvetelt nyert|interju nelkul|nyert nemzetkozi|nyeremeny atvetele}',
  ],
  release: [
    '{uwolnienie srodkow|transfer srodkow|propozycja biznesowa|podzielimy sie}',
    '{uvolneni prostredku|prevod prostredku|obchodni nabidka}',
    '{fonlarin transferi|is teklifi|paylasacagiz}',
    '{transferul fondurilor|eliberarea fondurilor|propunere de afaceri}',
    '{uzleti ajanlat|az osszeg atutalasa}',
    '{affarsforslag|forretningsforslag|dele pengene}',
    '{liiketoimintaehdotus|varojen siirto}',
    '{chuyen khoan tien|de xuat kinh doanh|chia doi}',
    '{pencairan dana|transfer dana|proposal bisnis|kita bagi}',
  ],
  secrecy: [
    '{scisle poufn|scisle tajne}',
    '{prisne duverne|prisne tajne}',
    '{kesinlikle gizli|tamamen gizli}',
    '{strict confidential|strict secret}',
    '{szigoruan bizalmas|szigoruan titkos}',
    '{strikt konfidentiell|strengt fortroligt|strengt konfidensielt}',
    '{ehdottoman luottamuksellinen|ehdottoman salainen}',
    '{tuyet doi bi mat|hoan toan bi mat}',
    '{sangat rahasia|rahasia penuh}',
  ],
  details: [
    '{imienia i nazwiska|imie i nazwisko}',
    '{cele jmeno|sve cele jmeno|plne jmeno}',
    '{tam adinizi|adinizi ve soyadinizi}',
    '{numele complet|numele dumneavoastra complet}',
    '{teljes nevet|teljes nevet es}',
    '{fullstandiga namn|fulde navn|fulle navn}',
    '{koko nimesi|koko nimi}',
    '{ho ten day du|ho va ten day du}',
    '{nama lengkap}',
    // (item 11, family f) a copy of the ID or passport: what fake lenders and recruiters collect
    "{copy|scan|photo} of your {id|passport|driver licence|driver's license|drivers license|aadhaar|pan card|national id}",
    '{a scan of your passport|aadhaar and pan|3 months bank statements|date of birth and a}',
    '{copia do seu rg|copia do cartao de cidadao|copia do seu documento|copia do rg}',
    '{copia de su dni|copia de tu dni|copia de tu ine|copia de su pasaporte|copia de tu pasaporte}',
    '{kopie ihres personalausweises|kopie ihres ausweises|kopie ihres reisepasses}',
    "{copie de votre piece d'identite|copie de votre piece d’identite|copie de votre passeport}",
    "{copia della carta d'identita|copia della carta d’identita|copia del passaporto}",
    '{kopie van uw identiteitsbewijs|kopie van uw paspoort}',
    '{skan dowodu osobistego|kopie dowodu osobistego|skan paszportu}',
    '{kopii obcanskeho prukazu|kopie obcanskeho prukazu|kopii pasu}',
    '{kimlik kartinizin fotokopisini|kimliginizin fotokopisini|pasaportunuzun fotokopisini}',
    '{copie a cartii de identitate|copie a buletinului|copie a pasaportului}',
    '{szemelyi igazolvanya masolatat|szemelyi igazolvanyanak masolatat|utlevele masolatat}',
    '{kopia av din id-handling|kopia av ditt pass|kopi af dit pas|kopi av passet ditt|kopi av ditt pass}',
    '{kopio henkilollisyystodistuksestasi|kopio passistasi}',
    '{ban sao cccd|ban sao cmnd|ban sao can cuoc}',
    '{fotokopi ktp|salinan ktp|foto ktp}',
    "{copia del documento d'identita|copia del documento d’identita|copia del documento}",
  ],
};
