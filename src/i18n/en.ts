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
} as const;

export type MessageKey = keyof typeof en;
