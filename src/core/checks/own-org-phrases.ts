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
  | 'role'; //       a mail administrator, IT help desk or webmail signs it (read in the display name only)

export const MAIL_SYSTEM_CLAIMS: readonly MailSystemClaim[] = ['quota', 'password', 'held', 'account', 'role'];

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
