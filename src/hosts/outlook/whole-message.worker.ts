/**
 * The whole message read off the pane's thread: a Base64 .eml in, a MessageInput out (or null when unreadable).
 * Decoding and MIME-parsing a message of megabytes takes long enough to freeze the pane; here it cannot. Its own
 * bundle (webpack makes one of `new Worker(new URL(…))`), so the MIME parser never weighs on the first checklist.
 */
import { readWholeMessage } from './whole-message';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const base64 = typeof event.data === 'string' ? event.data : '';
  readWholeMessage(base64).then(
    (input) => scope.postMessage(input ?? null),
    () => scope.postMessage(null),
  );
};
