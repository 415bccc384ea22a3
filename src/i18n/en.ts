/**
 * English strings: every user-visible sentence of the product. Placeholders are `{name}`; values are inserted as
 * plain text by `translate` (never as HTML). Keys are stable: hosts and tests refer to them.
 */
export const en = {
  // verdicts
  'verdict.likely-phishing': 'Likely phishing',
  'verdict.suspicious': 'Suspicious',
  'verdict.no-red-flags': 'No red flags found',
  'verdict.no-red-flags.caveat': 'This does not prove the message is safe: only what is listed below was checked.',
  'verdict.no-clear-sign': 'No clear sign of phishing',
  'verdict.look.one': 'But 1 thing deserves a look: see below.',
  'verdict.look.many': 'But {count} things deserve a look: see below.',

  // sections
  'section.sender': 'Sender',
  'section.origin': 'Origin',
  'section.links': 'Links',
  'section.content': 'Content',

  // statuses
  'status.fail': 'Fail',
  'status.warn': 'Warning',
  'status.pass': 'Pass',
  'status.info': 'Info',

  // authors of evidence
  'author.recipient-system': 'written by your mail system',
  'author.relay': 'as recorded by {relay}',
  'author.sender': "the sender's own word",
  // A host that may not be shown as written (core/host-display.ts): its ASCII form, the name with the letters marked.
  'host.marked.letter': '{ascii} (shown as {marked}: its letter {letter} is {script}, not the Latin {latin})',
  'host.marked': '{ascii} (shown as {marked}: the letters in brackets are {scripts}, not plain Latin letters)',
  'host.idn': '{shown} is {ascii} in plain ASCII letters',
  'evidence.in-attachment': 'Inside the attachment {file}',
  'script.cyrillic': 'Cyrillic',
  'script.greek': 'Greek',
  'script.armenian': 'Armenian',
  'script.cherokee': 'Cherokee',
  'script.latin': 'Latin letters drawn like others',
  'script.invisible': 'invisible characters',
  'script.other': 'letters of another alphabet',
  'evidence.raw': 'Exactly as written in the message',

  // summary (copy summary, report to IT)
  'summary.verdict': 'Verdict',
  'summary.from': 'From (as the message states it)',
  'summary.subject': 'Subject',
  'summary.date': 'Date',
  'summary.origin-ip': 'Origin IP',
  'summary.link-hosts': 'Link hosts',
  'summary.findings': 'What gives it away',

  // admin configuration (config.json)
  'config.invalid':
    'The add-in configuration (config.json) has a problem in "{field}": {problem}. The defaults are used for it; tell your IT team.',
  'config.problem.not-object': 'it must be an object',
  'config.problem.not-list': 'it must be a list',
  'config.problem.not-text': 'it must be text',
  'config.problem.not-boolean': 'it must be true or false',
  'config.problem.bad-address': 'it must hold e-mail addresses',
  'config.problem.bad-domain': 'it must hold domain names',
  'config.problem.bad-brand': 'each brand needs an id, names, domains and a source',
  'config.problem.unknown': 'this setting is unknown',

  // story: at most three sentences at the top of the report
  'story.forged-domain':
    "This message uses {brand}'s real address {domain}, but your mail system found it was not sent by {domain}: the sender is forged.",
  'story.claims-brand': 'This message claims to be from {brand}, but it was sent from {domain}, which is not {brand}.',
  'story.claims-brand.no-address': 'This message claims to be from {brand}, but it has no usable sender address.',
  'story.claims-brand.login':
    'This message claims to be from {brand}, but it was sent from a mail account at {domain}, logged in from {ip}.',
  'story.claims-brand.login-owner':
    'This message claims to be from {brand}, but it was sent from a mail account at {domain}, logged in from {ip} ({owner}).',
  'story.lookalike': 'The sender {domain} is made to look like {target}, but it is a different domain.',
  'story.lookalike.signed-name':
    'The sender {domain} is spelled to pass for "{name}", the organisation the message signs with, but it is a different domain.',
  'story.link-unrelated': 'Its link leads to {host}, which has nothing to do with {brand}.',
  'story.link-unrelated.recipient':
    'Its link leads to {host}, which has nothing to do with {brand}, and carries your own address.',
  'story.link-shows-other': 'A link shows {shown} but really opens {host}.',
  'story.link-disguised': 'A link disguises where it goes: it really opens {host}.',
  'story.link-recipient': 'A link to {host} carries your own address.',
  'story.link-qr': 'Its link is hidden in a QR code (the image {image}): scanned, it opens {host}.',
  'story.forged-helo':
    "It claims to come from {brand}'s mail server {helo}, but the machine that sent it ({ip}) has no registered name: {brand}'s real servers have one.",
  'story.own-org': 'It pretends to come from your own mail system or IT department, but it was sent from {domain}.',
  'story.role-free-mail':
    'Someone calling themselves "{role}" writes from a free mailbox at {domain} and asks for money, gift cards or a favour: check with them another way.',
  'story.attachment.program': 'Its attachment is a program, or disguises what kind of file it is: do not open it.',
  'story.attachment.login': 'Its attachment is a fake sign-in page: do not open it or type a password into it.',
  'story.attachment.page':
    'Its attachment is a web page that opens another site or runs code by itself: do not open it.',
  'story.attached-message':
    'It carries an attached message, {name}, that is a phishing message of its own: do not open it or its links.',
  'story.callback': 'It asks you to call {phone} about a charge: do not call it.',
  'story.advance-fee':
    'It promises you a large sum or a fund and wants your answer at {reply}: that is advance-fee fraud, whose fees come later. Do not reply.',
  'story.extortion': 'It threatens you and demands Bitcoin: a mass-mailed extortion scam. Do not pay or reply.',
  'story.bec-request':
    "It asks you for a task, a payment or your number and wants the answer at {reply}, not at a colleague's work address: check with the person another way.",
  'story.job-messenger':
    'It offers easy money by the day or by the task and moves the talk to WhatsApp or Telegram: the task-scam script.',
  'story.bank-change':
    'It asks you to pay a new bank account: the commonest payment-fraud script, even from a genuine mailbox; call the company on a number you already have.',
  'story.sign.form': 'It asks you to type information into a form inside the message.',
  'story.sign.display-name': 'The sender name shows {shown}, but it was sent from {domain}.',
  'story.sign.lure': 'Its wording pressures you the way phishing does: {families}.',
  'story.sign.reply-to': 'Replies would go to {reply}, not to the sender {domain}.',
  'story.sign.org-filter': "Your organisation's own filter classed it as unwanted.",
  'story.sign.link-disguised': 'A link disguises where it goes ({host}).',
  'story.check-failed': 'One check ({check}) could not run on this message, so it cannot be called clean.',
  'story.advice.phishing-link': 'Do not click it; report it to IT.',
  'story.link-attachment': 'Its link is in the attachment {file}: it opens {host}.',
  'story.advice.phishing-qr': 'Do not scan the code with your phone; report the message to IT.',
  'story.advice.phishing': 'Do not reply or open anything in it; report it to IT.',
  'story.advice.suspicious':
    'Before you act on it, check with the sender through a channel you already know, or ask IT.',
  'story.clean.authenticated': 'Nothing here contradicts the sender ({domain}, authenticated by your mail server).',
  'story.clean.unconfirmed': 'Nothing here contradicts the sender, but your mail server could not confirm who sent it.',
  'story.clean.no-headers':
    "Only the sender's name, the subject and the links could be checked: the message headers were not available.",
  'story.clean.caveat': 'That does not prove the content is safe.',
  'story.forwarded':
    'It forwards a message from {from} that shows signs of phishing: do not open its links or answer it.',

  // report
  'report.check-failed': 'One check ({check}) could not run on this message and was skipped: {error}',

  // origin
  'origin.rdns.unknown': 'none (the lookup failed)',
  'origin.rdns.not-recorded': 'not recorded by this server',
  'origin.sender-ip':
    'The message was first handed over by {ip} (reverse DNS: {rdns}; it named itself "{helo}"), as recorded by {relay}.',
  'origin.sender-ip.authenticated':
    'The message was sent by someone logged in to a mail account at {relay}, from {ip} (reverse DNS: {rdns}; it named itself "{helo}"), as recorded by {relay}.',
  'origin.sender-ip.unknown':
    'The machine that first sent this message could not be determined from its Received lines.',
  'origin.entry-hop': 'It entered your mail system from {host} [{ip}] (reverse DNS: {rdns}), received by {by}.',
  'origin.entry-hop.unknown':
    'Where the message entered your mail system could not be determined from its Received lines.',
  'origin.helo-loopback.script':
    'The sending machine {ip} called itself "{helo}" and sent without logging in: typical of a bulk-mailing script, not of a mail server.',
  'origin.helo-loopback.login':
    'The sending program called itself "{helo}" when it logged in to {relay} to send. Mail apps such as Thunderbird and Apple Mail do this; it means someone logged in to a real mail account to send this.',
  'origin.forged-helo':
    'The machine that sent this ({ip}) called itself "{helo}", a mail server of {brand}, but it has no registered name (no "reverse DNS"). {brand}\'s own servers have one: the name is borrowed.',
  'origin.no-reverse-dns.entry':
    'The server that handed the message to your mail system ({ip}) has no registered name (no "reverse DNS"). Throw-away senders often have none.',
  'origin.no-reverse-dns.login':
    'The computer that logged in to send ({ip}) has no registered name (no "reverse DNS"), as recorded by {relay}. That is common for home lines and cloud machines, so it weighs little.',
  'origin.no-reverse-dns.client':
    'The computer that first sent the message ({ip}) has no registered name (no "reverse DNS"), as recorded by {relay}.',
  'origin.reserved-ip':
    "The record of the message's route names {ip}. No real sender on the Internet can have that address (it is a reserved or documentation address).",
  'origin.time-skew.hops':
    "The times recorded along the message's route (its Received lines) run backwards by about {hours} h. Part of that record may be forged.",
  'origin.time-skew.future':
    'The message says it was written about {hours} h after your mail system received it (its Date line).',
  'origin.time-skew.past':
    'The message says it was written about {days} days before your mail system received it (its Date line).',
  'origin.org-filter.passed':
    "Your organisation's Microsoft 365 filter let it through (spam confidence {scl}, category {category}, composite authentication {compauth}). Filters miss new phishing: this is not a clearance.",
  'origin.org-filter.flagged':
    "Your organisation's Microsoft 365 filter classed this message as unwanted (spam confidence {scl}, category {category}, composite authentication {compauth}), yet it reached you.",
  'origin.headers-missing':
    'The message headers were not available, so the sender authentication and the path of the message were not checked.',

  // coverage
  'content.body-missing': 'The body of the message could not be read, so its links and wording were not checked.',
  'origin.headers-truncated':
    'The header block is extremely large: only its first part was read, and what came after it was not checked.',
  'origin.header-lines-skipped': 'Some lines of the header block are not header fields: they were skipped.',
  'content.text-truncated':
    'The text is very long: only its first {checked} characters were read for pressure wording.',
  'content.limit': 'A size limit was reached while reading this message ({code}): part of it was not checked.',
  'content.body-truncated': 'The body is very large: only its first part was checked.',
  'content.unreadable-parts': 'Some parts of the message are malformed and could not be read ({codes}).',
  'links.truncated': 'Only the first {checked} of {total} links were checked.',
  'links.url-truncated':
    'Only the first {checked} characters of each link were searched for brand names planted in it: {count} link(s) are longer.',
  'links.unwrap-truncated':
    'Only {checked} layers of link-protection wrappers (Safe Links, URL Defense…) were removed: {count} link(s) are wrapped more deeply, and where they finally lead was not checked.',
  'links.recipients-truncated':
    'Only the first {checked} recipient addresses were looked for inside the links: the message has more.',
  'content.subject-truncated':
    'The subject is very long: only its first {checked} characters were read for pressure wording.',
  'origin.received-truncated.tokens':
    'Only the first {checked} words and comments of each Received line were read: {count} line(s) have more.',
  'origin.received-truncated.comment':
    'Only the first {checked} characters of each comment in a Received line were read: {count} line(s) have a longer one.',
  'origin.hops-truncated':
    'The Received chain is unusually long: only the first {checked} servers of your own mail system in it were used to work out where the message came in.',
  'origin.auth-results-truncated.size':
    "Only the first {checked} characters of your mail system's authentication results (Authentication-Results) were read: {count} such header(s) are longer.",
  'origin.auth-results-truncated.results':
    "Only the first {checked} entries of your mail system's authentication results (Authentication-Results) were read: {count} such header(s) have more.",
  'origin.org-filter-truncated.size':
    "Only the first {checked} characters of your organisation's Microsoft 365 filter header were read: it is longer.",
  'origin.org-filter-truncated.pairs':
    "Only the first {checked} entries of your organisation's Microsoft 365 filter header were read: it has more.",
  'sender.address-list-truncated':
    'The {header} field is very long: only the addresses in its first {checked} characters were read.',
  'origin.date-truncated':
    'The Date field is unusually long: only its first {checked} characters and 12 words were read as the send time.',
  'sender.claim-truncated.name':
    'The {header} display name is very long: only its first {checked} characters were searched for brand names.',
  'sender.claim-truncated.hits':
    'The {header} display name mentions brand names more than {checked} times: only {checked} of those mentions were used to tell which brand it claims.',
  'sender.claim-truncated.subject-tag':
    'The subject starts with more than {checked} characters of Re:/Fwd: prefixes and [tags]: a brand tag after them was not looked for.',

  // sender
  'sender.brand-mismatch':
    "The sender claims to be {claimed}, but the address {address} is at {domain}, which is not one of {brand}'s domains.",
  'sender.brand-mismatch.no-address':
    'The sender claims to be {claimed}, but the message has no usable sender address.',
  'sender.brand-mismatch.unverified':
    'The sender claims to be {claimed}, but the address {address} is at {domain}, which is not among the domains we know for {brand} (a list we could not confirm, so treat this as a warning).',
  'sender.brand-mismatch.free-mail':
    'The sender claims to be {claimed}, but the address {address} is a free mailbox at {domain} that anyone can open: {brand} does not write from there.',
  'sender.brand-mismatch.internal':
    "The sender's name is {claimed}, and the message was sent inside your own organisation from {domain}: one of your own systems using the product's name.",
  'sender.brand-mismatch.pass':
    'The sender claims to be {brand} and the address is at {domain}, confirmed by your mail system (DMARC).',
  'sender.role-free-mail':
    'The display name claims a role, "{role}", but the address is a free mailbox at {domain}: anyone can open one in that name.',
  'sender.role-free-mail.ask':
    'The display name claims a role, "{role}", from a free mailbox at {domain}, and asks for a payment, gift cards or an urgent favour: the script of CEO fraud. Check with the person by phone or in person.',
  'sender.own-org-impersonation':
    'The message speaks as your own mail system and names {named}, but it was sent from {domain}, another organisation: your IT department does not write from there.',
  'sender.own-org-impersonation.department':
    'The sender "{named}" names no organisation, yet writes as your own department would (your work sign-in, your mailbox), from {domain}, another organisation.',
  'sender.own-org-impersonation.notice':
    'It signs as your own mail system ({named}) about your mailbox, but it was sent from {domain}: another organisation, not your mail provider.',
  'sender.spoofed-domain':
    "The sender address uses {brand}'s real domain {domain}, but your mail system found it was NOT sent by {domain} (authentication failed): the address is forged.",
  'sender.spoofed-domain.own':
    "The sender address uses your own organisation's domain {domain}, but your mail system found it was NOT sent by {domain}: the address is forged.",
  'sender.display-name-address': 'The sender\'s name shows "{shown}", but the message was sent from {domain}.',
  'sender.display-name-address.local-part':
    'The sender\'s address begins with "{shown}", written to look like a domain, but the real domain is the part after the @: {domain}.',
  'sender.reply-to': 'Replies would go to {reply}, a different organisation than the sender {domain}.',
  'sender.reply-to.free-mail':
    'Replies would go to {reply}, a free mailbox anyone can open, not to the sender {domain}.',
  'sender.reply-to.lookalike':
    'Replies would go to {reply}, a domain made to pass for a brand or your organisation, not to the sender {domain}.',
  'sender.reply-lookalike':
    "Replies would go to {reply}, a one-letter copy of the sender's own domain {domain}: they reach whoever registered it. Check with the sender by phone.",
  'sender.return-path.same':
    'The bounce address (Return-Path) {address} is on the same domain as the sender. The sender chooses it, so this proves nothing.',
  'sender.return-path.other':
    'The bounce address (Return-Path) is {address}. The sender chooses it; mailing services often use their own, so it proves nothing either way.',
  'sender.message-id.same':
    "The Message-ID is on {domain}, like the sender. The sender's program writes it, so this proves nothing.",
  'sender.message-id.other': "The Message-ID is on {domain}. The sender's program writes it, so this proves nothing.",
  'sender.message-id.missing': 'The message has no ID (Message-ID). Every ordinary mail program writes one.',
  'sender.message-id.malformed':
    'The message\'s ID (Message-ID, written by the sender\'s mail program) is malformed ("{value}"). Hand-made mailing programs often do this.',
  'sender.authentication.none':
    'Your mail system could not check who really sent this message: it left no sender check (SPF, DKIM or DMARC) that can be trusted.',
  'sender.authentication.pass':
    'Your mail system confirmed the sender domain {domain} (DMARC {dmarc}; SPF {spf} for {spfDomain}; DKIM {dkim} for {dkimDomain}).',
  'sender.authentication.fail':
    'Your mail system could not confirm that this message really comes from {domain}. (Sender checks: DMARC {dmarc}; SPF {spf} for {spfDomain}; DKIM {dkim} for {dkimDomain}.)',
  'sender.authentication.partial':
    'Authentication by your mail system: SPF {spf} for {spfDomain}; DKIM {dkim} for {dkimDomain}; DMARC {dmarc} for {domain}.',
  'sender.authentication.not-brand':
    "SPF {spf} for {spfDomain}, DKIM {dkim} for {dkimDomain}, DMARC {dmarc}: this only shows the message came from {domain}'s servers. It says nothing about {brand}.",
  'sender.signoff-brand':
    "The message signs off as {brand}, but it was sent from {domain}, which is not {brand}'s, and its link leads elsewhere. Open {brand} only through its site or app, typed by hand.",
  'sender.lookalike-domain': 'The sender domain {domain} imitates {target} ({technique}).',
  'sender.lookalike-domain.signed-name':
    'The sender domain {domain} reads as "{name}", the name this message signs with, only through look-alike letters (rn for m, 0 for o, 1 or I for l): a domain registered to pass for that organisation. Check any payment or bank-detail change with them by phone.',
  'sender.lookalike.homoglyph': 'look-alike letters',
  'sender.lookalike.digit-swap': 'digits in place of letters',
  'sender.lookalike.extra-words': 'the real name with extra words',
  'sender.lookalike.typo': 'one letter changed',
  'sender.lookalike.tld-swap': 'same name, different ending',
  'sender.lookalike.planted': 'the real domain in front of another',

  // links
  'links.host-mismatch.brand':
    "Links lead to {hosts}, which is not {brand}'s: {brand}'s own mail links to its own sites.",
  'links.host-mismatch': 'Links lead to {hosts}, another organisation than the sender {sender}.',
  'links.host-mismatch.brand-unverified':
    'Links lead to {hosts}, which is not among the domains we know for {brand} (a list we could not confirm, so treat this as a warning).',
  'links.brand-in-path':
    'A link goes to {host}, but puts "{planted}" inside its address to look like {brand}. The real destination is {host}.',
  'links.brand-in-path.government':
    'A link goes to {host}, but begins with "{planted}", a government\'s address, so that it reads like that office\'s site. The real destination is {host}.',
  'links.lookalike-host':
    "A link goes to {host}: {brand}'s name joined to words of a sign-in or file page, on a domain {brand} does not own. Do not sign in there.",
  'links.text-mismatch': 'A link shows {shown} but opens {host}.',
  'links.recipient-in-url':
    'A link to {host} carries your own address {address}: fake login pages use it to greet you by name.',
  'links.obfuscated-host.userinfo':
    'A link starts with "{userinfo}@" so that it looks like that site, but it really opens {host}.',
  'links.obfuscated-host.confusable': 'A link goes to {host}: its name is written with look-alike letters.',
  'links.obfuscated-host.ip': 'A link goes to a bare IP address ({host}) instead of a named site.',
  'links.obfuscated-host.shortener': 'A link goes through the URL shortener {host}, which hides where it leads.',
  'links.obfuscated-host.script-url': 'A link runs a script or embedded page ({host}:) instead of opening a site.',
  'links.throwaway-host':
    'A link goes to {host} ({service}): free hosting, storage or a form anyone can set up in minutes.',
  'links.qr-code.login':
    "A QR code in the image {image} leads to a sign-in page at {host}, not the sender's site: scanning it with a phone bypasses the link checks of your mail.",
  'links.rented-page':
    "The message offers a document, but its link opens {host} ({service}), a page anyone can set up in minutes, not a file-sharing service or the sender's own site. Mailboxes taken over by criminals send exactly this: do not sign in there.",
  'links.rented-page.account':
    'The message asks you to act on your account or pay, and its link opens {host} ({service}), a page anyone can set up in minutes: no bank, shop, carrier or mail provider keeps its sign-in or payment page there. Do not sign in or pay there.',
  'links.rented-page.file':
    "Its link opens {service}, a web page kept as a file on {host}, a file-sharing service. Real shares hold documents such as PDF, Word or Excel files, not pages; a sign-in page uploaded there borrows the service's good name. Do not sign in there.",
  'links.rented-page.esign':
    'It says it comes through an e-signature service, but its document opens a {service} page at {host}: a page anyone makes in minutes, where no signing service keeps the documents it sends. Such a page only holds a button to a fake sign-in. Do not sign in from it.',
  'links.hacked-site':
    'A link opens a page inside the folder {folder} of {host}, a website that has nothing to do with the sender: that is where phishing pages are planted on hacked websites, and no site keeps pages for its visitors there. Do not sign in there.',
  'links.hacked-site.address':
    'A link opens a page inside the folder {folder} of {host}, a website that has nothing to do with the sender, and carries your own address to greet you there: that is how phishing pages planted on hacked websites look. Do not sign in there.',
  'links.hacked-site.share':
    'A link opens a {service} page ({host}) in the Microsoft 365 of an organisation that is neither yours nor the sender’s, offered as a document: such a page holds only a button to somewhere else, and taken-over mailboxes send them to lead to fake sign-in pages. Do not sign in from it.',
  'links.hacked-site.share-payment':
    'A link opens a {service} page ({host}) offered as a payment document: a remittance advice, payment slip or purchase order is a file a finance system prints, never a notebook, and such a page holds only a button to somewhere else. Taken-over mailboxes of real firms send them to lead to fake sign-in pages. Do not sign in from it; ask the sender by phone for the document itself.',
  'links.install-file':
    'A link downloads {file} from {host}: a Windows program or script, which runs with your rights once opened. Malware is sent so, as an "update", an invoice viewer or a document; do not open it unless you asked this sender for it.',
  'links.install-file.android':
    'A link downloads {file} from {host}: an Android app to install from outside the app store. Fake bank, parcel, toll and tax apps are sent so to steal codes and money; real ones are in Google Play. Do not install it.',
  'links.fake-attachment':
    'The link "{file}" looks like an attached file, but it opens a web page at {host}, which belongs neither to the sender nor to a file-sharing service. Fake attachments lead to sign-in pages: do not enter a password there.',
  'links.qr-prompt':
    "It asks you to scan a QR code, but no QR code in the message could be read here, so where it leads cannot be checked. A phone that scans it is outside your company's protection: do not scan it unless you have confirmed the message another way.",
  'links.qr-code':
    "A QR code in the image {image} leads to {host}, not the sender's site: a link hidden in a picture, out of sight of your mail's link checks.",
  'links.qr-code.address':
    "A QR code in the image {image} leads to {host}, not the sender's site, with your own address in its link: a page made to greet you by name, opened on a phone where your mail's link checks do not reach. Do not scan it.",
  'links.qr-code.own': "A QR code in the image {image} leads to {host}, the sender's own site.",
  'links.attachment-link.login':
    "A button in the attachment {file} opens a sign-in page at {host}, not the sender's site.",
  'links.attachment-link.address':
    "A button in the attachment {file} opens {host}, not the sender's site, with your address in the link: a page made to greet you by name.",
  'links.qr-unread.too-large':
    'The image {image} is too large to read for a QR code ({count} such images): a link in it was not checked.',
  'links.qr-unread.unreadable':
    'The image {image} could not be read for a QR code ({count} such images): a link in it was not checked.',
  'links.qr-unread.too-many': 'Only the first images were read for QR codes; {count} more, from {image}, were not.',
  'links.qr-unread.pdf-encrypted': 'The PDF {image} is encrypted ({count} such files): links in it were not checked.',
  'links.qr-unread.pdf-cut': 'Only the first megabyte of the PDF {image} was checked for links ({count} such files).',
  'links.qr-unread.pdf-unreadable':
    'The attachment {image} could not be read as a PDF ({count} such files): links in it were not checked.',
  'links.qr-unread.pdf-too-many': 'Only the first PDFs were read; {count} more, from {image}, were not.',
  'sender.no-registrable-domain':
    'The sender\'s address ends in "{domain}", which is no domain anyone can register: no organisation answers for it.',
  'sender.hosting-platform':
    "The sender's address is on {domain}, a free name under {platform} that anyone can create in minutes.",
  'sender.machine-local-part':
    'The sender\'s mailbox name "{local}" looks machine-made, like accounts registered in bulk.',
  'sender.incoherent-identity':
    "The sender's address, the message's ID (Message-ID) and its links belong to {count} unrelated organisations: {domains}.",

  // content (checks/content.ts). In content.lure, {families} holds family ids joined by commas (`deletion,upgrade`):
  // the renderer shows each one through its key `content.family.<id>`.
  'content.address-greeting':
    'The message greets you by your address {address} instead of your name: real services know your name.',
  'content.address-greeting.subject':
    'The subject names your address {address}: mass mailings fill it in when they know nothing else about you.',
  'content.callback':
    'It says you were charged and gives only a phone number, {phone}, to cancel or dispute, with no link to the sender: callers to such numbers are talked into remote access or a "refund". Do not call it.',
  'content.callback.relayed':
    'The payment or signing service really sent this, but the phone number {phone} is in the note written by whoever sent you the invoice, request or document: "you were charged, call to cancel" is their script, not the service\'s. Do not call it and do not pay; check your account by signing in yourself.',
  'content.callback.cutoff':
    'It threatens to cut off your electricity, gas or water and gives only a phone number, {phone}, to call, from a mailbox no utility writes from: the "officer" on that number asks for a payment or for remote access to your phone. Do not call it; check your bill with your supplier on the number printed on it.',
  'content.callback.threat':
    'It threatens a debt collection, a licence audit, a court case or an arrest and gives only a number, {phone}, to settle it, from a mailbox no collector, auditor or court writes from: whoever answers asks for a payment or for remote access. Do not call or write to it; check with the creditor or authority on a number you find yourself.',
  'content.bec-request':
    'It opens the way business email compromise does ("are you available?", a task, your phone number) and wants the answer at {reply}, a mailbox nobody answers for. Check with the person another way before replying.',
  'content.bec-request.payment':
    'It asks for a payment, gift cards or bank details and wants the answer at {reply}, a mailbox nobody answers for: the business-email-compromise script. Check with the person another way; do not pay.',
  'content.bec-request.payroll':
    "It asks for someone's pay to go to a new bank account and wants the answer at {reply}, a mailbox nobody answers for: the payroll-diversion script. Confirm with the employee in person or at their work address; change nothing on this mail's word.",
  'content.job-messenger':
    'It offers pay by the day or by the task for easy work and moves the talk to WhatsApp or Telegram, from {domain}: the task-scam script, where the first small payouts are followed by "tasks" you must pay for. Do not write to that number.',
  'content.job-messenger.returns':
    'It promises guaranteed returns from an investment group and moves the talk to WhatsApp, Telegram or another messenger, from {domain}: the investment-group scam, where small "profits" are shown before ever larger deposits are taken. No licensed adviser guarantees returns; do not write to that number.',
  'content.job-messenger.fee':
    'It offers a job but asks you to pay first (a fee for the interview, test, training or equipment, "refunded later") and moves the talk to WhatsApp or Telegram, from {domain}: the fake-recruitment script. No employer charges a candidate; do not pay or write to that number.',
  'content.payout-details':
    'It says money is waiting for you and asks for your bank card or account to pay it. Agencies pay to the account they hold: check on their own site, typed by hand.',
  'content.payout-details.forfeit':
    'It says money is waiting for you, asks for your bank card or account on a linked page, and says the money is lost if you do not: the refund-phishing script. Enter nothing.',
  'content.payout-details.sale':
    'It says a buyer has paid for your item and that the money is yours once you confirm the sale or your card or bank details on a linked page: the marketplace payout scam, whose page takes your card. A real sale notice asks you to ship, not to confirm anything; answer only inside the app.',
  'content.payout-details.failed':
    'It says money for you could not be paid and asks you to give or confirm your bank account or card on a linked page to receive it: the refund-phishing script. Agencies pay to the account they hold; enter nothing and check on their own site, typed by hand.',
  'content.domain-slam':
    'A renewal invoice for your domain {domain} whose small print says it is not a bill: another company selling a transfer or a useless listing. Do not pay.',
  'content.faceless-authority':
    'A card, bank, tax, fine or pay notice from a sender that never says who it is: it calls itself only "{name}" and writes from {domain}, a domain made only of generic words. A real bank, card issuer or authority names itself and writes from its own domain. Do not use the link; check through the app, card or site you already know.',
  'content.rental-deposit':
    'A free mailbox letting a home it cannot show, the deposit first and the keys by post: the rental-deposit scam. Do not pay before a viewing.',
  'content.pretext.copyright':
    'A claim that you used someone\'s images or mark, with the "proof" in a file or on a page anyone can rent: these claims carry malware or a sign-in page. Do not open it; a real claim comes from a host or an agency you can look up.',
  'content.pretext.sim-swap':
    'A notice that your number is moving to a new SIM or eSIM, to cancel through a link nobody answers for: the cancel page takes your account. Call your operator on its own number.',
  'content.pretext.wrong-person':
    'A stranger on a free mailbox recalls meeting you or finding your address, then talks of investment or a messenger: the opener of the investment-romance scam. Do not reply.',
  'content.pretext.rented-ask':
    'It asks for your password, work account or bank details on a form or page anyone can rent in minutes: no organisation collects them so. Do not enter them.',
  'content.pretext.register-offer':
    'A fee for an entry in a "register" whose own small print says it is a private directory, not the official one: paying signs a contract worth nothing. Do not pay; the official register never writes so.',
  'content.pretext.mark-fee':
    'A fee to "publish" or enter your trademark or patent in a register, paid by bank transfer, with the threat that it is cancelled or your mark left open to others\' filings: the official offices (WIPO, EUIPO, USPTO, your national office) never bill so, and the "register" is worthless. Do not pay; ask your IP attorney or the office on its own site.',
  'content.pretext.form-echo':
    "A web site's contact-form reply whose first line, before the site's own words, carries someone else's link: a stranger typed it into the form with your address, and the site's server mailed it. Do not open the link; the site did not write it.",
  'content.pretext.authority-domain':
    'A water, power, tax, school or phone-line notice with a threat from a domain made only of generic words ({domain}), naming no real organisation: a public body, school or utility writes from its own. Pay or sign in only through the bill or site you already know.',
  'content.pretext.crypto-donation':
    "An appeal for donations whose only way to give is a cryptocurrency wallet, from a mailbox nobody answers for: a payment in crypto cannot be traced or taken back, and no charity you can look up collects so. Do not send anything; give through a charity's own site, typed by hand.",
  'content.pretext.investment-pitch':
    'A stranger\'s investment or crypto platform promising profit, with the answer sent to {reply}, a free mailbox: the investment-scam script, whose "platform" shows gains until you try to withdraw. Do not reply.',
  'content.pretext.investment-club':
    "It promises gains no licensed firm may promise (a percentage a day, guaranteed profit, members' average winnings) and recruits you into a chat group, a mentor's \"free tips\", an AI trading system or a deposit before you can withdraw: the investment-club scam, whose app shows profits until the withdrawal asks for ever more money. Do not join or pay; check the firm on your regulator's register.",
  'content.pretext.police-summons':
    'A police or prosecutor\'s "summons" accusing you of child abuse material or of a sex offence, from a free mailbox or answered at one: the fake-summons scam, whose "fine" to close the case is the fraud. Police forces write from their own domain and summon by post or in person; do not reply or pay. Report it to the police on their own number.',
  'content.pretext.fake-lawsuit':
    'A "civil lawsuit" said to be filed against you, to be withdrawn by calling before a deadline, or your wages seized and your family or employer told: the fake-claim (架空請求) script. Courts serve papers by post, never through a call centre; do not call the number or pay.',
  'content.pretext.prize-fee':
    'It says you won a lottery or a prize and asks a fee, commission or tax before the payout: the advance-fee prize scam. A real lottery takes nothing from a winner; do not pay or enter your card.',
  'content.pretext.job-fee':
    'A job offer whose candidate is to pay the visa, permit or processing fee ("refunded with the first salary"): the fake-recruitment scam. A real employer or its agency never charges the candidate; do not pay, and ask the company on its own site.',
  'content.pretext.directory-form':
    'A "data update" for your company\'s entry in a directory or register, on a form to sign and return: the signature is an order for a paid listing for years, in the fine print. No register needs your signature to update data; do not sign or return it.',
  'content.pretext.list-offer':
    "An offer to sell a list of e-mail addresses of a show's attendees or buyers: such lists are harvested or invented, and buying one breaks data-protection law. Do not reply.",
  'content.pretext.crypto-invoice':
    'An invoice whose note asks you to pay in cryptocurrency to a wallet, for a discount or with the receipt sent to a free mailbox: the invoice was issued to look real, the wallet is where the money goes for good. Do not pay so; ask the business on a number you already have.',
  'content.pretext.wallet-claim':
    'Tokens to "claim" by connecting your wallet or typing its recovery phrase, from no exchange or wallet: the page empties the wallet with one signature. Do not connect or sign.',
  'content.pretext.refund-deposit':
    'A tax refund said to wait for you, to be deposited by picking your bank on a page: tax offices pay into the account they hold and never send a bank picker. The page takes your bank login. Check in your tax account, typed by hand.',
  'content.pretext.locked-file':
    "A file said to be protected, to be opened by signing in with your e-mail address or its password: real shares open with the service's own button and never ask for your mailbox password, so the page behind takes your account. Do not sign in; check with the sender another way.",
  'content.bank-change':
    "It says the bank account payments go to has changed and asks you to pay the new one. Even when the sender's address is genuine, its mailbox may be in a fraudster's hands: this is the most common payment-fraud script. Before paying, call the company on a number you already have, not one in this mail, and confirm the change.",
  'content.bank-change.no-call':
    'It says the bank account payments go to has changed, asks you to pay the new one, and asks you not to check by phone. A genuine supplier asks to be called about such a change; a fraudster in its mailbox rules out the one call that would unmask him. Do not pay: call the company on a number you already have, not one in this mail.',
  'content.foreign-iban':
    'The new account {iban} is in another country ({country}) than the sender ({home}). Diverted payments go to accounts abroad: call the company on a number you already have before paying.',
  'content.extortion':
    'It claims to have broken into your device or recorded you, and demands Bitcoin ({count} parts of the extortion script). The same letter goes to millions: it has nothing. Do not pay and do not reply.',
  'content.advance-fee':
    'It tells the advance-fee story ({count} parts of it: a large sum, money waiting for you, how it will reach you, secrecy or your personal details): the fees are asked for later, in the replies.',
  'content.advance-fee.reply':
    'It tells the advance-fee story ({count} parts of it: a large sum, money waiting for you, how it will reach you, secrecy or your personal details) and wants your answer at {reply}, a mailbox nobody answers for. Do not reply.',
  'content.disguised-text.name': 'The sender\'s name "{reading}" is disguised ({how}) to slip past filters.',
  'content.disguised-text.subject': 'The subject "{reading}" is disguised ({how}) to slip past filters.',
  'content.disguise.hidden': 'invisible characters',
  'content.disguise.styled': 'styled letters',
  'content.disguise.spaced': 'spaced-out letters',
  'content.disguise.mixed-script': 'Cyrillic or Greek look-alikes',
  'content.forwarded':
    "Someone of your organisation forwarded a message from {from}. The warning signs below (its links and wording) are that message's, not your colleague's: do not open its links or answer it.",
  'content.attached-message.phishing':
    'The attached message {name} (from {from}) is a phishing message of its own: {said} Do not open it or its links.',
  'content.attached-message.suspicious':
    'The attached message {name} (from {from}) shows signs of phishing of its own: {said} Check with its sender another way before you act on it.',
  'content.attached-message.returned':
    "The attached message {name} is your organisation's own message (from {from}), returned by this report: its signs are listed for IT, not counted against this message. {said}",
  'content.attached-message.clean':
    'The attached message {name} (from {from}) was read as a message of its own: it shows no red flags.',
  'content.attached-message.unread':
    'The attached message {name} could not be read as a message here, so it was not checked (an Outlook .msg file, a damaged one, or more than are read): open it only if you expected it.',
  'content.attached-message.see-evidence': 'Its signs are listed below.',
  'content.lure': 'The wording follows a phishing script: {count} kinds of pressure at once ({families}).',
  'content.lure.notice': "A stranger's notice about your mail account ({families}) with a button to another site.",
  'content.family.deletion': 'your account will be stopped or deleted',
  'content.family.verify': 'log in or confirm your details',
  'content.family.security': 'an unusual sign-in or misuse of your account',
  'content.family.upgrade': 'an upgrade, migration or maintenance',
  'content.family.mailbox': 'your mailbox is full or messages are held back',
  'content.family.payment': 'a problem with your payment or card',
  'content.family.urgency': 'a deadline, or a threat if you do not act',
  'content.family.delivery': 'a parcel that could not be delivered',
  'content.family.prize': 'a prize, points or a refund',
  'content.family.fee': 'a fee, duty, toll, fine or tax to pay',
  'content.family.fileshare': 'a document shared with you, to sign, or a fax or voicemail',
  'content.family.invoice': 'an invoice, remittance or payment slip, or changed bank details',
  'content.family.survey': 'a survey or a human check before a reward',
  'content.family.casino': 'casino spins or bonuses',
  'content.family.investment': 'guaranteed returns or a trading platform',
  'content.family.windfall': 'an inheritance, donation or fund waiting for you',
  'content.family.crypto': 'an airdrop, a wallet to verify, a seed phrase or KYC',
  'content.family.job': 'easy paid work from home, or a recruiter on WhatsApp',
  'content.form':
    'The message contains a form ({count}). Whatever you type into it is sent straight to the address below. Surveys do this too, but phishing does it far more.',
  'content.form.password':
    'The message contains a password field. No genuine service asks you to type a password inside an email: it goes to whoever sent the message.',
  // checks/attachments.ts
  'content.risky-attachment.program':
    'The attachment {name} is a program ({type}): opening it runs it on your computer. Do not open it.',
  'content.risky-attachment.disguised':
    'The name of the attachment {name} is disguised (a second extension, or reversed text) to hide what kind of file it is.',
  'content.risky-attachment.member':
    'The attachment {name} is an archive holding {member}, a file that runs a program when opened. Do not open it.',
  'content.risky-attachment.member-page':
    'The attachment {name} is an archive holding only a web page, {member}, hidden from filters: it opens a fake site. Do not open it.',
  'content.risky-attachment.unlisted':
    'The attachment {name} is an archive or disk image ({type}) whose contents could not be listed: it may hold a program.',
  'content.risky-attachment.form':
    'The attachment {name} is a web page with a password field: opening it shows a fake sign-in form, and what you type goes to the sender.',
  'content.risky-attachment.form-data':
    'The attachment {name} is a web page with a form that sends what you type to {host}: opening it shows a fake form, and your details go to the sender.',
  'content.risky-attachment.redirect':
    'The attachment {name} is a web page that opens another site or runs hidden code as soon as it is opened.',
  'content.risky-attachment.script': 'The attachment {name} is a web page that runs a script when it is opened.',
  'content.risky-attachment.links':
    'The attachment {name} is a web page with links to other sites ({count}): a page sent as a file is a common way to show a fake sign-in page.',
  'content.risky-attachment.partial':
    'The attachment {name} could not be read in full: the rest of it was not checked.',
  'content.risky-attachment.skipped': 'Only the first {checked} of {count} attachments were checked.',
  'content.risky-attachment.protected':
    'The attachment {name} is an archive locked with a password that the message itself gives: the lock keeps nothing from you, only from the mail filters that would check what is inside. Do not open it.',
  // Task pane (src/ui, src/hosts/outlook). Verdict, section, status and author words are the shared keys above.
  'ui.title': 'Phish Inspector',
  'ui.loading': 'Checking this message…',
  'ui.subject-label': 'Subject of the checked message:',
  'ui.details.summary': 'Details for IT',
  'ui.details.hint':
    'What was checked and passed, and the technical detail behind each line (mail headers, the path the message took).',
  'ui.checklist.clear': 'Nothing in the sender, the path, the links or the wording gave this message away.',
  'ui.no-subject': '(no subject)',
  'ui.section.empty': 'Nothing to report in this section.',
  'ui.evidence.toggle': 'Evidence ({count})',
  'ui.evidence.link': 'Link',
  'ui.evidence.written-as': 'Written in the message as',
  'ui.relay-unknown': 'an unnamed relay',
  'ui.hops.toggle': 'Path of the message ({count} Received lines)',
  'ui.hops.caption': 'Oldest first: where the message started, then each server that passed it on.',
  'ui.hops.from': 'From',
  'ui.hops.by': 'Received by',
  'ui.hops.delay': 'Delay',
  'ui.hops.role.origin': 'First sender',
  'ui.hops.role.relay': 'Relay',
  'ui.hops.role.entry': 'Entered your mail system',
  'ui.hops.role.internal': 'Inside your mail system',
  'ui.hops.authenticated': 'logged in',
  'ui.hops.tls': 'encrypted',
  'ui.delay.seconds': '{n} s',
  'ui.delay.minutes': '{n} min',
  'ui.delay.hours': '{n} h',
  'ui.delay.days': '{n} days',
  'ui.notice.no-item': 'Select a message to check it.',
  'ui.notice.not-outlook':
    'This page works inside Outlook. Open a message in Outlook and choose Analyze on the ribbon.',
  'ui.notice.office-missing':
    "Outlook's add-in library (office.js) could not be loaded, so the message cannot be read. Check your network connection, or ask IT whether appsforoffice.microsoft.com is blocked.",
  'ui.notice.headers-unsupported':
    "This version of Outlook does not give add-ins the message headers (that needs Mailbox requirement set 1.8). The sender, subject and links were checked; the sender's authentication and the path of the message were not.",
  'ui.notice.headers-empty':
    "Outlook gave no headers for this message. It does this for messages in Sent Items, messages you sent to yourself and some mail from inside your organisation. The sender, subject and links were checked; the sender's authentication and the path of the message were not.",
  'ui.notice.headers-failed':
    "Outlook could not give the headers of this message ({error}). The sender, subject and links were checked; the sender's authentication and the path of the message were not.",
  'ui.notice.body-failed':
    'Outlook could not give the body of this message ({error}), so its links and wording were not checked.',
  'ui.notice.analysis-failed':
    'The check could not finish ({error}). Try again; if it keeps failing, forward this message to IT.',
  'ui.notice.checks-missing':
    'Part of the checks could not be loaded, so this verdict may miss signs of phishing. Check again; if this keeps happening, the network may be blocking the add-in’s files: forward the message to IT if in doubt.',
  'ui.notice.actions-failed':
    'Report to IT and Copy summary could not be prepared ({error}). The checklist above is complete. Try again, or close and reopen the pane.',
  'ui.retry': 'Check again',
  // The task pane's online look-up button (issue #18); the look-up's own words load at the click (i18n/online.ts).
  'ui.online.lookup': 'Look up online',
  'ui.help': 'Help: how to read this report',
  'ui.privacy': 'Checked on this computer: nothing from the message was sent anywhere.',

  // pane actions (src/ui/actions.ts): Report to IT, Copy summary
  'ui.report.actions-label': 'What to do with this message',
  'ui.report.button': 'Report to IT',
  'ui.report.confirm-question':
    'Send this message to IT ({address})? A draft opens with the message attached; nothing is sent until you press Send.',
  'ui.report.confirm': 'Open the draft',
  'ui.report.cancel': 'Cancel',
  'ui.report.cancelled': 'Not reported: nothing was sent.',
  'ui.report.opening': 'Opening the draft…',
  'ui.report.opened': 'A draft to {address} is open, with this message attached. Check it, then press Send.',
  'ui.report.no-address':
    'No IT address is configured for reports yet. Please tell your IT team; meanwhile you can copy the summary.',
  'ui.report.no-address.user': 'No IT address is set yet. Enter the address your IT team gave you for reports.',
  'ui.report.unsupported':
    'This version of Outlook cannot open a report draft (Outlook on phones and older versions cannot). Copy the summary, and forward the message as an attachment to {address} from Outlook on a computer or on the web.',
  'ui.report.failed':
    'The draft could not be opened ({error}). Copy the summary, and forward the message as an attachment to {address}.',
  'ui.report.address.label': 'Your IT team’s address for reports',
  'ui.report.address.change': 'Set IT address',
  'ui.report.address.save': 'Save',
  'ui.report.address.saved': 'Saved: reports go to {address}.',
  'ui.report.address.cleared': 'Your own address is removed: reports go to the address your administrator set.',
  'ui.report.address.cleared-none': 'Your own address is removed. No IT address is set now.',
  'ui.report.address.invalid': 'That is not an e-mail address. Check it and try again.',
  'ui.report.address.locked': 'Your administrator sets the IT address; it cannot be changed here.',
  'ui.report.address.failed': 'The address could not be saved ({error}).',
  'ui.false-alarm.button': 'This looks wrong',
  'ui.false-alarm.label': 'Tell IT this result looks wrong',
  'ui.false-alarm.question':
    'Tell IT ({address}) that this result looks wrong? A draft opens with the message attached, marked as a possible false alarm, so IT can correct the settings. Nothing is sent until you press Send.',
  'ui.false-alarm.question-save':
    'Save the summary, marked as a possible false alarm, to send to your IT team? They can correct the settings.',
  'ui.false-alarm.save': 'Save the summary',
  'ui.false-alarm.saved': 'Saved. Send the file to your IT team.',
  'ui.false-alarm.opened':
    'A draft to {address} is open, marked as a possible false alarm, with this message attached. Check it, then press Send.',
  'ui.copy.button': 'Copy summary',
  'ui.copy.done': 'Summary copied. Paste it into your ticket or message.',
  'ui.copy.fallback': 'Copying is not allowed here. The summary is selected below: copy it with Ctrl+C (⌘C on a Mac).',
  'ui.copy.fallback-label': 'Summary of the check',

  // the report draft (src/hosts/outlook/report.ts) and its configuration (settings.ts)
  'report.false-alarm.subject': '[Reported as a possible false alarm]',
  'report.false-alarm.intro':
    'Reported as a possible false alarm: I think Phish Inspector got this message wrong. Please check the result below and correct the settings (own domains, extra brands, trusted senders) if it was mistaken.',
  'report.body.intro': 'I received the attached message and have not acted on it. Phish Inspector found the following.',
  'report.body.shortened': 'The summary was shortened to fit in a message; the original is attached whole.',
  'report.original-name': 'Reported message',
  'report.no-item-id': 'Outlook gave no id for this message, so it cannot be attached',
  'report.no-answer': 'Outlook did not answer',
  'report.config-unreadable':
    'The add-in configuration (config.json) could not be read ({error}). The defaults are used; tell your IT team.',

  // IP owner (ip-owner/table.ts; checks/origin.ts sender-ip and entry-hop; checks/origin-network.ts). {owner} is the
  // data's own text (`Microsoft Corporation, AS8075, JP`) or one of the ip.* terms below.
  'origin.sender-ip.owner':
    'The message was first handed over by {ip} ({owner}; reverse DNS: {rdns}; it named itself "{helo}"), as recorded by {relay}.',
  'origin.sender-ip.authenticated.owner':
    'The message was sent by someone logged in to a mail account at {relay}, from {ip} ({owner}; reverse DNS: {rdns}; it named itself "{helo}"), as recorded by {relay}.',
  'origin.entry-hop.owner':
    'It entered your mail system from {host} [{ip}] ({owner}; reverse DNS: {rdns}), received by {by}.',
  'origin.sender-network': 'The first sending machine, {ip}, is on the network of {owner}.',
  'origin.sender-network.hosting':
    'The first sending machine, {ip}, is in {provider}, a network where anyone can rent a server ({owner}). Companies and mail services send from such networks too, so on its own this says little.',
  'origin.sender-network.rented-login':
    "The message claims to be {brand}, but it was sent by someone who logged in to the mail account at {relay} from {ip}, a rented server in {provider} ({owner}), not from a home or office line. Phishers send from stolen mailboxes this way; some mail apps also log in through their maker's cloud, so weigh it with the other signs.",
  'ip.kind.private': 'a private address of an internal network',
  'ip.kind.loopback': 'a loopback address: the machine itself',
  'ip.kind.link-local': 'a link-local address, used only inside one local network',
  'ip.kind.documentation': 'a documentation address that never appears on the Internet',
  'ip.kind.reserved': 'a reserved address no Internet sender can have',
  'ip.not-listed': 'not in the IP network data',
  'ip.attribution': 'IP network data: {source}, as of {date}.',
  'ip.table-missing': 'IP network data not loaded ({reason}): the report does not name the networks that own the IPs.',
  'ip.unavailable': 'The IP network data could not be loaded, so the networks that own the IPs are not named.',
} as const;

/** A key of the shared dictionary: what the core and the shared pane say, in every host. */
export type SharedKey = keyof typeof en;
