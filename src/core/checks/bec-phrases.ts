/**
 * The business-email-compromise wording that waits (issue #16 items 6 and 11): the asks, openers and pretexts of CEO
 * fraud and the two halves of payroll diversion, in the Latin-script languages the first table (no-link-phrases.ts)
 * leaves out — Polish, Czech, Turkish, Romanian, Hungarian, Swedish, Danish, Norwegian, Finnish, Vietnamese and
 * Indonesian — and the forms of English, Portuguese, Spanish, German, French, Italian and Dutch it lacks. Written and
 * matched as lure-phrases.ts describes (accents folded, so written without). A chunk of its own with money-route.ts,
 * fetched only for a message that needs it: a role title in a free mailbox's display name, or a bank account named
 * (no-link.ts), so the task pane pays nothing for it up front.
 *
 * Sources: the FBI IC3 PSAs on BEC (I-050422) and payroll diversion (I-091818); CERT Polska and NASK on "oszustwo na
 * prezesa"; the Czech NÚKIB and Policie ČR on "podvod na ředitele"; Turkey's USOM and banks' "CEO dolandırıcılığı"
 * notes; Romania's DNSC "frauda CEO"; Hungary's MNB and police on "vezérigazgató-csalás"; the Swedish Polisen
 * "VD-bedrägeri", Danish Politi "direktørsvindel", Norwegian Økokrim/Politiet "direktørsvindel" and the Finnish
 * Kyberturvallisuuskeskus "toimitusjohtajahuijaus" pages; Vietnam's and Indonesia's bank and police warnings on fake
 * directors asking for transfers. Each language's wording is the ordinary phrasing of the same script.
 */

export type BecFamily =
  | 'ask' //     a payment, a transfer, gift cards
  | 'opener' //  are you available, do you have a moment, I need you to
  | 'pretext' // in a meeting, cannot talk, handle it discreetly
  | 'pay' //     the salary, in a payroll request: one half of payroll diversion
  | 'newacct'; // a new account or a changed bank: the other half (both are needed)

export const BEC_FAMILIES: readonly BecFamily[] = ['ask', 'opener', 'pretext', 'pay', 'newacct'];

export const BEC_PHRASES: Readonly<Record<BecFamily, readonly string[]>> = {
  ask: [
    '{quick|urgent|same-day|same day} {transfer|wire|payment}',
    // pt es de fr it nl
    '{efetue|efetuar|faca|fazer} uma {transferencia|pagamento}',
    '{compres|comprar|compre} {unas|unos|las|} {tarjetas|tarjetas de regalo|gift cards}',
    '{vertrauliche|dringende|eilige} {uberweisung|zahlung}',
    // pl cs tr ro hu
    '{przelew|przelewu|karty podarunkowe|karty prezentowe|pilna platnosc|pilny przelew|kody do kart}',
    '{urgentni platbu|urgentni platba|provedl platbu|provedla platbu|platbu|prevod penez|darkove karty|darkove poukazy}',
    '{havale|eft yap|odeme yap|hediye karti|hediye kartlari|para transferi}',
    '{transfer urgent|plata urgenta|efectuati un transfer|efectuati o plata|carduri cadou|card cadou}',
    '{sa platesti|un avans|eloleget|ki kellene fizetni}',
    '{utalas|utalast|atutalas|ajandekkartya|ajandekutalvany|surgos kifizetes}',
    // sv da no fi
    '{overforing|bradskande overforing|presentkort|betalning i dag|betalningen idag}',
    '{overforsel|hasteoverforsel|gavekort|betaling i dag}',
    '{hasteoverforing|overforing i dag|gavekort|betaling i dag}',
    '{tilisiirto|tilisiirron|lahjakortti|lahjakortteja|kiireellinen maksu}',
    // vi id
    '{chuyen khoan|chuyen tien|the qua tang|the cao|thanh toan gap}',
    '{melakukan transfer|transfer mendesak|kartu hadiah|voucher belanja|pembayaran mendesak}',
    // The gift-card errand's vouchers and its last step, the codes scratched free and photographed (set26 p-it-01:
    // the parish priest's 'buoni regalo Amazon ... gratta il retro e mandami una foto dei codici'), it es pt fr de nl
    '{buono regalo|buoni regalo|buoni amazon|vale-presente|vales-presente|bons cadeaux|amazon-gutscheine|cadeaubonnen}',
    '{gratta|grattali|raspa|raspe|rasca|grattez|rubbeln sie|rubbel|kras} {il retro|la parte trasera|el reverso|o verso|le dos|die ruckseite|de achterkant}',
    '{foto dei codici|foto de los codigos|foto dos codigos|foto der codes|foto van de codes}',
  ],
  opener: [
    '{do you have|have you got} a {moment|minute|sec|second}',
    '{are you free|are you around} {right now|now}?',
    // pt es de fr it nl
    '{esta disponivel|estas disponivel|preciso que efetue|preciso que faca}',
    '{tienes un momento|tiene un momento|necesito que compres|necesito que hagas}',
    '{sind sie gerade erreichbar|bist du gerade erreichbar|ich brauche ihre unterstutzung|ich brauche ihre hilfe}',
    '{avez-vous un instant|avez-vous un moment|etes-vous joignable}',
    '{sei libero|e libero|ha un momento|hai un momento}',
    '{heb je even|heeft u even|ik heb je hulp nodig}',
    // pl cs tr ro hu
    '{czy jest pan|czy jest pani|czy jestes} {teraz|} {dostepny|dostepna|dostepn}',
    '{masz chwile|ma pan chwile|ma pani chwile|potrzebuje pana pomocy|potrzebuje twojej pomocy}',
    '{jste k dispozici|jste ted k dispozici|mate chvili|mas chvili|potrebuji, abyste|potrebuji abyste}',
    '{musait misiniz|musait misin|uygun musunuz|bir ricam var|yapmaniz gerekiyor}',
    '{sunteti disponibil|esti disponibil|am nevoie sa}',
    '{esti la birou|sunteti la birou|bent vagy az irodaban|bent van az irodaban}',
    '{elerheto most|elerhetö most|raer most|szuksegem van arra, hogy|szuksegem van arra hogy}',
    // sv da no fi
    '{ar du tillganglig|har du en minut|jag behover att du}',
    '{er du ledig|har du et ojeblik|jeg har brug for at du|jeg har brug for, at du}',
    '{er du tilgjengelig|har du et oyeblikk|jeg trenger at du}',
    '{oletko tavoitettavissa|oletko paikalla|tarvitsen, etta|tarvitsen etta}',
    // vi id
    '{co dang ranh|em co ranh|co ranh khong|anh can em|chi can em|giup anh mot viec}',
    '{apakah anda ada waktu|ada waktu sebentar|saya butuh bantuan anda|saya perlu bantuan anda}',
  ],
  pretext: [
    "{can't|cannot} {speak|talk} on the phone",
    '{email only|reply by email only|by email only}',
    // pt es de fr it nl
    '{estou numa reuniao|nao consigo atender|nao posso atender}',
    '{estoy en junta|no puedo contestar|no puedo atender}',
    '{bin in einer sitzung|kann gerade nicht sprechen|vertraulich behandeln}',
    '{repondez uniquement par mail|uniquement par e-mail|je ne peux pas parler}',
    '{non posso rispondere|sono in una riunione|riservatezza}',
    '{zit in een overleg|kan niet praten|vertrouwelijk behandelen}',
    // pl cs tr ro hu
    '{jestem na spotkaniu|jestem na zebraniu|nie moge rozmawiac|zachowac dyskrecje|o dyskrecje|zachowac w tajemnicy}',
    '{jsem na jednani|jsem na schuzce|nemohu telefonovat|nemuzu telefonovat|o diskretnost|diskretne}',
    '{toplantidayim|toplantidayim|konusamiyorum|gizli tutun|gizli tutmanizi|gizli kalsin}',
    '{sunt in sedinta|sunt intr-o sedinta|nu pot vorbi|cu discretie|confidential}',
    '{sunt intr-o intalnire|targyalason vagyok|csak e-mailben}',
    '{ertekezleten vagyok|megbeszelesen vagyok|nem tudok telefonalni|kezelje bizalmasan|bizalmasan kezelje}',
    // sv da no fi
    '{sitter i mote|kan inte prata|hantera detta diskret|diskret}',
    '{sidder i mode|kan ikke tale|behandl det diskret|diskret}',
    '{sitter i mote|kan ikke snakke|behandle dette diskret|diskret}',
    '{olen palaverissa|olen kokouksessa|en voi puhua|luottamuksellisesti}',
    // vi id
    '{dang hop|khong nghe dien thoai|khong nghe may|giu kin|bi mat}',
    '{sedang rapat|sedang meeting|tidak bisa menerima telepon|mohon dirahasiakan|rahasiakan}',
    // it es pt fr nl: the phone the "priest" or "director" cannot answer (set26 p-it-01)
    '{non posso rispondere al telefono|non posso telefonare|no puedo contestar el telefono|no puedo atender llamadas|nao posso atender chamadas|nao posso atender o telefone|je ne peux pas repondre au telephone|kan de telefoon niet opnemen}',
  ],
  // Payroll diversion in two halves, both needed: the salary (not an invoice: a freelancer's "pay my invoice to my new
  // account" is content.bank-change's to judge) and the new account or changed bank.
  pay: [
    '{salary|payroll|paycheck|paycheque|wages|direct deposit|pay run|pay cycle|payday|next pay}',
    'my pay',
    '{salario|vencimento|ordenado|folha de pagamento|conta salario}',
    '{nomina|sueldo|quincena}',
    '{gehalt|lohn|lohnabrechnung|gehaltsabrechnung|entgelt}',
    '{salaire|paie|ma remuneration}',
    '{stipendio|busta paga|cedolino}',
    '{salaris|loon|mijn loon}',
    '{wynagrodzeni|pensj|wyplat}',
    '{mzd|mzdy|vyplat|vyplaty}',
    '{maas|maasim|maasimi}',
    '{salariu|salariul}',
    '{fizetesem|berfizet|beremet|berszamfejt}',
    // Central and Eastern Europe's "my (monthly) wage" with its own words before it (set36 p-hu-01: "az októberi
    // munkabéremet már az új számlára utalják"): hu, sk, hr and sl (accents folded), bg.
    '{munkaberem|munkaberemet|munkabert|a berem|a fizetesemet|havi beremet|havi fizetesem}',
    '{moja mzda|moju mzdu|mojej mzdy|vyplatu|vyplata za}',
    '{moja placa|moju placu|moje place|isplata place|isplatu place|isplatu plac|moja plata|moju platu}',
    '{moja placa|mojo placo|moje place|izplacilo place|izplacilo plac}',
    '{заплата|заплатата|заплатата ми|възнаграждението ми|трудовото ми възнаграждение}',
    '{lonen|min lon|loneutbetaln|lonekonto}',
    '{lonudbetal|lonkonto|lonnen|lonnsutbetal|lonnskonto|min lonn}',
    '{palkka|palkkani|palkan|palkanmaksu}',
    '{nhan luong|ky luong|tien luong|bang luong}',
    '{chuyen luong|luong thang}',
    '{gaji|penggajian}',
  ],
  newacct: [
    '{new bank|new account|new banking|new sort code|new account number|another bank|different bank}',
    '{changed|switched|moved} {banks|my bank|bank|my account to a new bank}',
    "{i've|i have} {changed|switched} banks",
    'closed my old account',
    '{update|change} my {banking|bank account|bank|direct deposit} {details|information|info|for}',
    'the account my {salary|pay|wages} {is paid|goes}',
    // pt es de fr it nl
    '{novo banco|nova conta|novo iban|mudei de banco|outro banco|alterar minha conta|alterar a minha conta}',
    '{conta nova|troquei de banco|abri uma conta}',
    '{nueva cuenta|nuevo banco|cambiado de banco|cambie de banco|otro banco|nuevo iban|cambiar la cuenta|cambiar mi cuenta|actualizar mi cuenta}',
    '{neues konto|neue bankverbindung|neue iban|bank gewechselt|neuen konto|neue kontonummer|mein neues konto}',
    '{neues girokonto|neuen girokonto|neues bankkonto|konto eroffnet}',
    '{nouveau compte|nouveau rib|nouvelle banque|change de banque|nouvel iban|nouvelles coordonnees bancaires}',
    '{nuovo conto|nuovo iban|cambiato banca|nuova banca}',
    '{nieuwe rekening|nieuwe bank|andere bank|nieuw rekeningnummer|overgestapt naar}',
    // pl cs tr ro hu
    '{zmienilem bank|zmienilam bank|nowy numer konta|nowy numer rachunku|nowe konto|zmiane numeru konta|zmiana numeru konta|nowy rachunek|nowego konta}',
    '{zmenil jsem banku|zmenila jsem banku|nove cislo uctu|novy ucet|zmenu cisla uctu|zmena cisla uctu|novy bankovni ucet}',
    '{bankami degistirdim|yeni hesab|yeni iban|hesabimi degistir|banka degisikligi}',
    '{am schimbat banca|noul cont|cont nou|noul iban|contul nou}',
    '{bankot valtottam|uj bankszamla|uj szamlaszam|szamlaszam valtozas|uj szamla}',
    '{bankszamlam megvaltozott|megvaltozott a bankszamlam|bankszamlaszamom megvaltozott|masik bankhoz|atvaltottam egy masik}',
    // sk hr sl bg: the changed bank, the new account and its number
    '{zmenil som banku|zmenila som banku|nove cislo uctu|novy ucet|novy bankovy ucet|zmena cisla uctu}',
    '{promijenio sam banku|promijenila sam banku|novi racun|novi broj racuna|novi iban|novi tekuci racun|u drugoj banci}',
    '{zamenjal sem banko|zamenjala sem banko|nov racun|nova stevilka racuna|nov transakcijski racun|v drugi banki}',
    '{смених банката|нова сметка|новата сметка|нов iban|новата ми сметка|нова банкова сметка|в друга банка}',
    // sv da no fi
    '{bytt bank|nytt konto|nya konto|nytt kontonummer|nya kontouppgifter}',
    '{skiftet bank|ny konto|nye konto|nyt kontonummer|nye kontooplysninger}',
    '{byttet bank|nytt kontonummer|nye kontoopplysning}',
    '{vaihdoin pankkia|uusi tili|uudelle tilille|uusi tilinumero|uuden tilinumeron}',
    // vi id
    '{doi ngan hang|tai khoan moi|so tai khoan moi|cap nhat tai khoan}',
    '{pindah bank|rekening baru|ganti rekening|ubah rekening|nomor rekening baru}',
    // an account opened at another bank, in each language
    '{at another bank|with another bank|opened a new account|autre banque|altra banca|anderen bank|andere bank}',
    '{w innym banku|zalozylem nowe konto|zalozylam nowe konto|u jine banky|zalozil jsem si ucet|zalozila jsem si ucet}',
    '{baska bir bankada|yeni bir hesap actim|la alta banca|am deschis un cont|masik banknal|uj szamlat nyitottam}',
    '{i en annan bank|oppnat ett konto|oppnat ett nytt konto|i en anden bank|abnet en konto|abnet en ny konto}',
    '{i en annen bank|apnet en konto|apnet en ny konto|toisessa pankissa|avasin uuden tilin}',
    '{ngan hang khac|mo tai khoan|bank lain|membuka rekening}',
    '{la alta banca|contul nou|in contul nou|egy masik banknal|nyitottam egy szamlat}',
    // a word between ("mudei recentemente de banco"), and the IBAN itself to update, for the salary
    '{mudei|troquei} {recentemente|agora|ha pouco|ha dias} de banco',
    '{atualizar|alterar|mudar|actualizar} o {meu|} {iban|nib}',
    '{cambie|he cambiado} {recientemente|hace poco} de banco',
    '{actualizar|cambiar|modificar} {el|mi} iban',
    '{update|change} my {iban|account number}',
    '{mettre a jour|changer|modifier} mon {iban|rib}',
    '{aggiornare|cambiare|modificare} il mio iban',
    '{meine|die} iban {aktualisieren|andern}',
    '{mijn|het} iban {wijzigen|aanpassen|bijwerken}',
  ],
};
