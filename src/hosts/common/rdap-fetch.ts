/**
 * The RDAP fetch every host uses (core/online/session.ts `RdapFetch`): the WHATWG fetch, the same in Node (the CLI)
 * and in browsers (the page). One polite GET asking for RDAP JSON, without cookies or credentials, read only up to
 * the cap (a huge answer is cut, not held in memory).
 */
import type { RdapFetch } from '../../core/online';

export const rdapFetch: RdapFetch = async (url, signal, maxBytes) => {
  const response = await fetch(url, {
    signal,
    headers: { accept: 'application/rdap+json' },
    credentials: 'omit',
    redirect: 'follow',
  });
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let body = '';
  let read = 0;
  let truncated = false;
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      read += value.byteLength;
      if (read > maxBytes) {
        truncated = true;
        await reader.cancel();
        break;
      }
      body += decoder.decode(value, { stream: true });
    }
  }
  return { status: response.status, body: truncated ? '' : body + decoder.decode(), truncated };
};
