/**
 * The wording of "your own mail system" phishing: the handful of claims that define the family, in English, Japanese,
 * German, Portuguese, Spanish, French, Dutch, Italian and Chinese. Written and matched as lure-phrases.ts describes
 * (lure-matcher.ts's phraseFinder: NFKC, ASCII lower-cased, non-ASCII phrases matched with spaces removed, `{a|b}`).
 * own-org.ts counts a family only together with the reader's own organisation named by a foreign sender, so these may
 * be broader than the lure lexicon; still, nothing here is what a sign-up or newsletter says ("verify your email
 * address" is every sign-up mail's, and is left out).
 *
 * Sources: the wording of real campaigns as quoted by university and provider warnings — hoax-slayer.net ("Mailbox
 * Exceeded the Quota Warning Threshold", "Mail Help Desk"), tcd.ie IT Services ("exceeded its storage limit … re-
 * validate"), cityu.edu.hk ("increase storage limit"), softwarefair.de ("Password for … expire today", "Keep Same
 * Password", sender "helpdesk" on your own domain), emails.user-archiv.de and lvz.de / BSI ("Ihr Postfach hat die
 * Speichergrenze überschritten", "Web-Mail-System-Administrator"), 2-remove-virus.com/pt and free-uninstall.org/pt
 * ("caixa de correio está cheia", "espaço de armazenamento"); the phishing half of ../shared/corpus/en_sf (English,
 * Spanish "contraseña caducará", Chinese 「密码到期」「邮箱管理」, Czech-to-English kits); Japanese from the jp_sf
 * mail-provider phishing (「メールボックスの容量」「保留中のメッセージ」). The other languages follow the same claims in
 * the wording providers themselves use in those languages (Microsoft's and Google's localized quota notices).
 *
 * The phrases in Japanese, Chinese or Cyrillic letters are in own-org-phrases-nonlatin.ts, family by family:
 * a message without such a letter never needs them (lure-matcher.ts), and the task pane fetches them only for one
 * that has one.
 */

export type MailSystemClaim =
  | 'quota' //       the mailbox or its storage is full
  | 'password' //    the password expires (keep the same password)
  | 'held' //        messages are pending, held or undelivered
  | 'account' //     the mail account will be deactivated, or must be verified / upgraded
  | 'role' //        a mail administrator, IT help desk or webmail signs it (read in the display name only)
  | 'work'; //       sign in with your work account: said to one of our staff (own-org.ts departmentClaim only)

export const MAIL_SYSTEM_CLAIMS: readonly MailSystemClaim[] = ['quota', 'password', 'held', 'account', 'role', 'work'];

export const MAIL_SYSTEM_PHRASES: Readonly<Record<MailSystemClaim, readonly string[]>> = {
  quota: [
    'mailbox {is full|is almost full|is nearly full|is over|full|storage|size|limit|capacity}',
    '{mailbox|email|e-mail|storage|disk} quota',
    '{email|e-mail|mail} account is {full|almost full|nearly full}',
    '{over|exceeded|exceeds} {the|your|its|} {quota|storage limit|storage|mailbox limit}',
    'storage {limit|is full|is almost full|full|expansion}',
    '{upgrade|expand|increase} your {storage|mailbox|email storage}',
    'low {space|storage}',
    // de
    'postfach {ist voll|ist fast voll|ist überfüllt|hat die speichergrenze}',
    'speichergrenze',
    'speicherplatz {ist voll|ist fast voll|erweitern|überschritten|ist erschöpft}',
    'speicherkontingent',
    // pt
    'caixa de {correio|entrada|e-mail} {está cheia|cheia|quase cheia|está quase cheia|lotada}',
    '{cota|limite} de {armazenamento|e-mail|caixa}',
    'espaço de armazenamento',
    // es
    'buzón {lleno|está lleno|casi lleno|está casi lleno}',
    '{cuota|límite} de {almacenamiento|correo|buzón}',
    'espacio de almacenamiento',
    // fr
    'boîte {aux lettres|mail|de réception} {est pleine|pleine|presque pleine|est presque pleine|saturée|est saturée}',
    '{quota|limite} de {stockage|messagerie}',
    'espace de stockage',
    // nl
    '{mailbox|postvak|postbus} is {vol|bijna vol}',
    'opslag{limiet|ruimte|quotum}',
    // it
    'casella {di posta|postale|email|e-mail} {è piena|piena|quasi piena|è quasi piena}',
    '{quota|limite|spazio} di archiviazione',
  ],
  password: [
    '{password|passcode|credentials} {expire|expires|expired|expiring|expiry|expiration|will expire|is expiring|has expired}',
    '{keep|retain|use} {the|your|my} {same|current} password',
    'renew {your|} credentials',
    // The second factor expiring or to be registered again (MFA re-enrolment kits, often with a QR code to scan).
    '{mfa|2fa|multi-factor|multifactor|two-factor|multi-factor authentication|two-factor authentication} {registration|enrollment|enrolment|} {expires|expired|expiring|will expire|is expiring|has expired|is about to expire}',
    '{re-register|re-enroll|re-enrol|reenroll|re-verify} {your|the|this} {device|phone|authenticator|mfa|2fa|second factor}',
    '{mfa|2fa|multi-factor|authenticator} {re-registration|re-enrollment|re-enrolment|reset|revalidation}',
    // de
    '{passwort|kennwort} {läuft|laeuft|ist abgelaufen|abgelaufen|verfällt|beibehalten}',
    'ablauf {ihres|des} {passworts|kennworts}',
    '{zwei-faktor-authentifizierung|2-faktor-authentifizierung|multi-faktor-authentifizierung|2fa|mfa} {läuft|laeuft|ist abgelaufen|läuft ab|verfällt|muss erneuert|muss neu}',
    '{2fa|mfa|authenticator|zwei-faktor}-{registrierung|einrichtung|verifizierung} {läuft|laeuft|erneuern|abgelaufen}',
    '{2fa|mfa|authenticator|zwei-faktor-authentifizierung} {erneut|neu} {registrieren|einrichten|bestätigen}',
    // pt
    'senha {expira|expirará|expirou|vai expirar|expirada|irá expirar}',
    '{manter|mantenha} {a mesma senha|sua senha atual|a senha atual}',
    'expiração da senha',
    '{autenticação de dois fatores|autenticação multifator|verificação em duas etapas|2fa|mfa} {expira|expirará|expirou|vai expirar|irá expirar}',
    '{registre|cadastre|configure} novamente {o seu|seu|o} {autenticador|dispositivo|2fa|mfa}',
    // es
    'contraseña {caduca|caducará|caducó|ha caducado|expira|expirará|ha expirado|expirada|vence}',
    'mantener {la misma contraseña|su contraseña actual}',
    '{caducidad|vencimiento} de {la|su} contraseña',
    '{autenticación de dos factores|autenticación multifactor|verificación en dos pasos|2fa|mfa} {caduca|caducará|expira|expirará|ha caducado|ha expirado|vence}',
    '{registre|vuelva a registrar|configure de nuevo} su {autenticador|dispositivo|2fa|mfa}',
    // fr
    'mot de passe {expire|expirera|a expiré|expiré|arrive à expiration}',
    'conserver {le même|votre} mot de passe',
    'expiration {du|de votre} mot de passe',
    '{authentification à deux facteurs|authentification multifacteur|double authentification|2fa|mfa} {expire|expirera|a expiré|arrive à expiration}',
    '{réenregistrer|réenregistrez|réinscrire|réinscrivez} votre {appareil|authentificateur|2fa|mfa}',
    // nl
    'wachtwoord {verloopt|is verlopen|verlopen|behouden}',
    '{tweestapsverificatie|tweefactorauthenticatie|multifactorauthenticatie|2fa|mfa} {verloopt|is verlopen|vervalt}',
    '{registreer|herregistreer} {uw|je} {apparaat|authenticator|2fa|mfa} opnieuw',
    // it
    'password {scade|scadrà|è scaduta|scaduta|in scadenza}',
    'scadenza della password',
    'mantenere la stessa password',
    '{autenticazione a due fattori|autenticazione multifattore|verifica in due passaggi|2fa|mfa} {scade|scadrà|è scaduta|in scadenza}',
    '{registra|registrare} di nuovo il {tuo|suo} {dispositivo|autenticatore|2fa|mfa}',
  ],
  held: [
    '{pending|held|undelivered|blocked|suspended|queued|quarantined|incoming|on-hold} {messages|mails|emails|e-mails}',
    'messages {on hold|are pending|have been held|were held|are held|were not delivered|could not be delivered|failed}',
    'release {pending|held|the|your|blocked} {messages|mails|emails}',
    'mail delivery {suspended|has been suspended|paused}',
    // "System deliveries error … deliveries are put to stop": the delivery of the reader's mail is said to be stopped.
    '{mail|email|message|system} {delivery|deliveries} {error|errors|failure|failed|suspended|stopped|paused|halted}',
    'deliveries {are|were|have been} {put to stop|stopped|suspended|paused|halted|on hold}',
    '{incoming|outgoing} {messages|mails|emails} {are|were|have been} {held|blocked|suspended|stopped|paused}',
    // de
    '{ausstehende|zurückgehaltene|blockierte|unzustellbare} {nachrichten|e-mails|mails}',
    'nachrichten {wurden zurückgehalten|zurückgehalten|in der warteschlange}',
    // pt
    '{mensagens|e-mails} {pendentes|retidas|retidos|bloqueadas|não entregues}',
    // es
    '{mensajes|correos} {pendientes|retenidos|bloqueados|no entregados}',
    // fr
    '{messages|courriels|e-mails} {en attente|bloqués|retenus|non remis|non distribués}',
    // nl
    '{wachtende|geblokkeerde|vastgehouden|onbezorgde|openstaande} {berichten|e-mails}',
    'berichten {in de wacht|zijn geblokkeerd|vastgehouden}',
    // it
    '{messaggi|email} {in sospeso|in attesa|bloccati|trattenuti|non consegnati}',
  ],
  account: [
    '{email|mail|mailbox|webmail|e-mail} account {will be|has been|is being|is} {deactivated|suspended|disabled|closed|terminated|deleted|blocked|shut down|locked}',
    '{deactivate|shut down|terminate|close|disable} {your|my} {email|mailbox|e-mail|webmail}',
    '{deactivation|termination|shutdown|shut down} {notice|request|of your account|of account}',
    '{verify|validate|re-validate|revalidate|reactivate|confirm|update} your {mailbox|email account|e-mail account|webmail}',
    '{mailbox|webmail} {verification|validation|upgrade|update|deactivation|suspension}',
    '{account|mailbox} {locked out|blocked}',
    'locked out',
    // "confirm security protocols below to prevent server deactivation": the mailbox's server, not a product's.
    '{server|mailbox|webmail|email account|e-mail account} {deactivation|suspension|termination|shutdown}',
    '{mailbox|webmail|email account|e-mail account|mail account} {is |has been |was |}{scheduled|marked|flagged|queued|set} for {deactivation|deletion|suspension|closure|termination|removal}',
    '{prevent|avoid|stop} {the|your|} {deactivation|suspension|termination} of {your|the} {mailbox|email|account|server}',
    // de
    '{e-mail-konto|postfach|e-mail konto|mailkonto} {wird|wurde} {deaktiviert|gesperrt|geschlossen|gelöscht}',
    '{postfach|e-mail-konto} {verifizieren|bestätigen|überprüfen|aktualisieren}',
    'um eine {sperrung|deaktivierung} {ihres kontos|ihres postfachs|des kontos|des zugangs|} zu vermeiden',
    // pt
    'conta de e-mail {será|foi} {desativada|suspensa|bloqueada|encerrada|excluída}',
    '{verificar|validar|confirmar|atualizar} {sua|a} {conta de e-mail|caixa de correio}',
    'para evitar {o bloqueio|a suspensão|a desativação} {da sua conta|da conta|}',
    // es
    'cuenta de correo {será|ha sido|fue|está} {desactivada|suspendida|bloqueada|cerrada|eliminada}',
    '{verificar|validar|confirmar|actualizar} su {cuenta de correo|buzón}',
    'para evitar {el bloqueo|la suspensión|la desactivación} {de su cuenta|de la cuenta|}',
    // fr
    'compte {de messagerie|e-mail|email|mail} {sera|a été|est} {désactivé|suspendu|bloqué|fermé|supprimé}',
    '{vérifier|valider|confirmer} votre {compte de messagerie|boîte aux lettres|boîte mail|compte e-mail}',
    'pour éviter {le blocage|la suspension|la désactivation} {de votre compte|du compte|}',
    // nl
    '{e-mailaccount|mailbox|e-mailadres} {wordt|is} {gedeactiveerd|geblokkeerd|opgeschort|verwijderd|afgesloten}',
    'uw {mailbox|e-mailaccount} {verifiëren|valideren|bevestigen}',
    'om {blokkering|deactivering|opschorting} {van uw account|van je account|} te voorkomen',
    // it
    'account {di posta|e-mail|email} {sarà|è stato|verrà} {disattivato|sospeso|bloccato|chiuso|eliminato}',
    '{verificare|convalidare|confermare} {il tuo|la tua} {account di posta|casella}',
    "per evitare {il blocco|la sospensione|la disattivazione} {del tuo account|dell'account|del suo account|}",
  ],
  role: [
    '{mail|email|e-mail|webmail|mailbox|server|system|network|it|account} {administrator|admin|administration|help desk|helpdesk|service desk|support|team}',
    // The reader's own departments: a stranger signing as "IT Security Team" or "IT Department" speaks as ours.
    // Not "IT Services" or "IT-Service": what small IT providers call themselves.
    '{it|ict|information technology} {department|dept|security team}',
    '{help desk|helpdesk|service desk|postmaster|sysadmin|administrator|webmail|cpanel}',
    // de
    '{e-mail|mail|it|system|web-mail-system}-{administrator|support|helpdesk}',
    'systemadministrator',
    '{it|edv|informatik}-{abteilung|servicedesk}',
    '{it|edv} {abteilung|servicedesk}',
    // pt, es
    'administrador {de e-mail|do sistema|de sistema|de correio|de email|de correo|del sistema|de sistemas}',
    '{suporte|soporte} {técnico|de ti|de e-mail|de correo}',
    'mesa de ayuda',
    '{departamento|equipe|equipo} de {ti|informática|sistemas|tecnologia|tecnología}',
    // fr
    'administrateur {de messagerie|système|du système|mail}',
    '{service|support|équipe} informatique',
    // nl
    '{e-mail|mail|systeem}beheerder',
    'it-afdeling',
    '{ict-afdeling|it-servicedesk|servicedesk}',
    // it
    'amministratore {di posta|di sistema|del sistema|email}',
    '{supporto|assistenza} {tecnico|tecnica|it}',
    '{reparto|ufficio|servizio} {it|informatico|sistemi informativi}',
  ],
  // The reader asked to sign in with the account of their employer: a sender speaking to one of our staff about our
  // accounts. Read only beside a display name that is a department naming nobody (own-department.ts): a vendor's own
  // SSO page says so too, under the vendor's name. Every form names the work account and the act of signing in (or
  // the credentials), so an invoice "sent to your corporate e-mail" is not one.
  work: [
    '{sign in|sign-in|signin|log in|login|log on|logon} {with|using} your {work|company|corporate|organisation|organization|employee|staff|network} {email|e-mail|email address|account|credentials|login|password|id}',
    '{sign in|log in|login|log on} {with|using} your {microsoft 365|office 365|outlook|domain|business|office} {email|email address|account|credentials|password}',
    '{authenticate|verify} {with|using} your {work|company|corporate|employee|staff|network} {email|account|credentials}',
    '{enter|use|provide|confirm} your {work|company|corporate|employee|staff|network|domain|microsoft 365|office 365} {email|e-mail|email address|account} {and password|password|credentials}',
    '{enter|use|provide|confirm} your {company|corporate|employee|staff|network|domain} {credentials|login|password}',
    // de ("Melden Sie sich mit Ihren Firmen-Zugangsdaten an")
    '{anmelden|einloggen|melden sie sich|loggen sie sich} {mit|über} {ihren|ihrer|ihrem|deinen|deiner|deinem} {firmen|unternehmens|mitarbeiter}{-zugangsdaten|zugangsdaten|-anmeldedaten|anmeldedaten|-konto|konto|-e-mail-adresse|-e-mail}',
    '{anmelden|einloggen|melden sie sich|loggen sie sich} mit {ihren|ihrer|ihrem|deinen|deiner|deinem} {dienstlichen|geschäftlichen|beruflichen} {e-mail-adresse|e-mail|zugangsdaten|anmeldedaten|konto}',
    // fr
    "{connectez-vous|identifiez-vous|connecter|identifier|connexion} avec {vos|votre} {identifiants|adresse e-mail|adresse mail|adresse électronique|compte|e-mail} {professionnels|professionnelle|professionnel|de l'entreprise|d'entreprise|de travail}",
    // es
    '{inicie sesión|inicia sesión|iniciar sesión|acceda|accede|acceder|ingrese|ingresa|ingresar|identifíquese} con {su|tu} {correo|cuenta|correo electrónico|usuario|credenciales} {corporativo|corporativa|corporativas|corporativos|de trabajo|del trabajo|de la empresa|empresarial|laboral|institucional}',
    // pt
    '{faça login|faça o login|inicie sessão|entre|aceda|acesse|acessar|autentique-se|iniciar sessão} com {o seu|a sua|seu|sua} {e-mail|email|conta|correio eletrónico|utilizador|usuário} {corporativo|corporativa|profissional|da empresa|de trabalho|institucional}',
    '{faça login|faça o login|inicie sessão|entre|aceda|acesse|acessar|autentique-se|iniciar sessão} com {as suas|suas} credenciais {corporativas|profissionais|da empresa|de trabalho|institucionais}',
    // it
    "{accedi|acceda|accedere|effettua l'accesso|effettui l'accesso} con {le tue|le sue|la tua|la sua|il tuo|il suo} {credenziali|email|e-mail|account|indirizzo email} {aziendali|aziendale|di lavoro|dell'azienda}",
    // nl
    '{log in|meld je aan|meld u aan|inloggen|aanmelden} met {je|uw} {werkaccount|werk-e-mail|zakelijke e-mail|zakelijke account|bedrijfsaccount|werkmail|zakelijke inloggegevens}',
    // Addressed to all our staff ("To all employees", "各部门全体员工"): a department's circular, which a stranger's
    // domain has no staff to send.
    '{dear|to|attention} all {staff|employees|personnel|team members|staff members}',
    'all {staff|employees|permanent employees|personnel} {are required|must|should|are requested|are reminded}',
    '{an alle mitarbeiter|an alle mitarbeitenden|liebe mitarbeiterinnen und mitarbeiter|alle mitarbeitenden sind}',
    'à tous les {employés|collaborateurs|salariés|membres du personnel}',
    'a todos los {empleados|colaboradores|trabajadores}',
    'a todos os {colaboradores|funcionários|empregados|trabalhadores}',
    'a tutti i {dipendenti|collaboratori}',
    'aan alle medewerkers',
  ],
};

/**
 * Words for the mailbox or account an address is written after ("your mailbox p.gallagher@…", "für das
 * Microsoft-Konto buchhaltung@…", "votre boîte aux lettres …"): the reader's address named as the thing the notice
 * is about (own-org.ts addressAsAccount). Lower-case, compared after NFKC; a compound ending in one counts ("Microsoft-Konto", "Benutzerkonto").
 */
export const ACCOUNT_WORDS: readonly string[] = [
  'mailbox',
  'inbox',
  'account',
  'email account',
  'e-mail account',
  'konto',
  'postfach',
  'compte',
  'boîte aux lettres',
  'boîte mail',
  'boîte de réception',
  'cuenta',
  'buzón',
  'conta',
  'caixa de correio',
  'caixa postal',
  'casella',
  'casella di posta',
  'postvak',
  'postbus',
];

/**
 * The words of a department's or service desk's display name that names no organisation (own-department.ts
 * namelessDepartment): "Account Services", "HR Benefits Administration", "Secure Document Portal", "Billing
 * Department", "Personalabteilung", "Recursos Humanos". Lower-case, compared after NFKC, space-separated.
 */
export const DEPARTMENT_WORDS =
  // en
  'account accounts accounting billing payroll benefits benefit hr human resources people culture personnel staff ' +
  'employee employees finance payable payables receivable receivables invoicing invoice invoices collections ' +
  'treasury procurement purchasing compliance legal records document documents docs file files portal ' +
  'administration admin administrator it ict helpdesk servicedesk desk security secure identity access mail email ' +
  'e-mail webmail notification notifications notice alerts alert verification e-signature esignature signature ' +
  'signing settlement remittance payment payments credit control office operations facilities ' +
  // de
  'personalabteilung personalwesen personalverwaltung lohnbuchhaltung gehaltsabrechnung buchhaltung abrechnung ' +
  'rechnungswesen finanzabteilung verwaltung sicherheit dokumente dokumentenportal kontoservice ' +
  // fr es pt it nl
  'ressources humaines paie comptabilité facturation sécurité recursos humanos nómina nóminas contabilidad ' +
  'facturación cuentas seguridad administración folha pagamento faturamento contabilidade contas segurança ' +
  'administração pagamentos risorse umane contabilità fatturazione amministrazione sicurezza personale ' +
  'personeelszaken salarisadministratie boekhouding administratie facturatie beveiliging';

/** Words that join department words without naming anyone ("Accounts & Billing Team", "Service des paiements"). */
export const GLUE_WORDS =
  'the and of for & - team services service center centre support help online digital department dept group unit ' +
  'division desk hub system systems message messages management corporate internal shared global ' +
  'und der die das des für abteilung team-service et de du la le des les del y el los do da dos das e em ' +
  'departamento departement département servicio servicios serviço serviços servizio servizi ufficio van en het afdeling';

/** Department names written without spaces in Chinese and Japanese: the whole name must be made of them. */
export const CJK_DEPARTMENTS: readonly string[] = [
  '人事部',
  '人事',
  '人力资源部',
  '人力资源',
  '人力資源部',
  '人力資源',
  '财务部',
  '財務部',
  '财务',
  '財務',
  '薪资',
  '薪資',
  '工资',
  '福利',
  '行政部',
  '行政',
  '总务部',
  '總務部',
  '総務部',
  '総務',
  '経理部',
  '経理',
  '給与',
  '福利厚生',
  '担当',
  '窓口',
  '事務局',
  'センター',
  'サービス',
  'アカウント',
  '情報システム部',
  '信息中心',
  '部',
  '课',
  '課',
  '中心',
  '服务',
  '服務',
];

/**
 * The greeting of a circular to the reader's colleagues themselves, lower-case as own-org.ts folds a body ("各位同事：",
 * "Dear colleagues,", "職員各位"): own-department.ts staffGreeting reads it in the opening. A supplier writes to its
 * customer as 贵公司 or "Dear Ms Rinaldi", never as the customer's own colleague. Not 「各位同仁」 or "dear members": an
 * association greets its members so.
 */
export const STAFF_GREETINGS: readonly string[] = [
  '各位同事',
  '全体同事',
  '全體同事',
  '各位员工',
  '各位員工',
  '職員各位',
  '教職員各位',
  'スタッフ各位',
  'dear colleagues',
  'hello colleagues',
  'liebe kolleginnen und kollegen',
  'chers collègues',
  'chères et chers collègues',
  'estimados colegas',
  'prezados colegas',
  'caros colegas',
  'cari colleghi',
  'beste collega',
];
