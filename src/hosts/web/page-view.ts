/**
 * The standalone page's own chrome around the shared pane: a header with the language switch, the input (paste
 * box, Check, Try the sample, choose or drop an .eml) and the bar that downloads the result. Built from
 * DOM nodes with text from the dictionaries (src/ui/dom.ts); every label is re-translated in place when the
 * language changes, so what the user pasted stays where it is.
 */
import { translate, type Lang, type MessageKey } from '../../i18n';
import { custom, el } from '../../ui/dom';

export interface PageView {
  header: HTMLElement;
  input: HTMLElement;
  /** Where mountPane draws (verdict, notices, checklist, footer). */
  paneRoot: HTMLElement;
  actions: HTMLElement;
  paste: HTMLTextAreaElement;
  check: HTMLButtonElement;
  sample: HTMLButtonElement;
  choose: HTMLButtonElement;
  file: HTMLInputElement;
  downloadReport: HTMLElement;
  downloadSummary: HTMLElement;
  langButtons: Map<Lang, HTMLButtonElement>;
  /** Puts every label in `lang` and marks its button pressed. */
  translateTo(lang: Lang): void;
}

type Labelled = { node: HTMLElement; key: MessageKey; attr?: string };

function button(doc: Document, className: string, action: string): HTMLButtonElement {
  return el(doc, 'button', { className, attrs: { type: 'button', 'data-action': action } });
}

/**
 * For whoever ran `npm start` with Outlook at hand: this server also hosts the add-in. Closed by default (a native
 * <details>: no script); the links are ours, fixed here.
 */
function outlookHelp(
  doc: Document,
  t: <N extends HTMLElement>(node: N, key: MessageKey, attr?: string) => N,
): HTMLElement {
  const link = (href: string, text: string) =>
    el(doc, 'a', { attrs: { href, target: '_blank', rel: 'noopener noreferrer' }, text });
  return el(doc, 'details', { className: 'web-outlook' }, [
    t(el(doc, 'summary'), 'web.outlook.summary'),
    t(el(doc, 'p'), 'web.outlook.steps'),
    el(doc, 'p', { className: 'web-outlook-links' }, [
      link('manifest.xml', 'manifest.xml'),
      ' · ',
      link('https://aka.ms/olksideload', 'aka.ms/olksideload'),
    ]),
  ]);
}

/** A secondary button like the pane's own actions: Fluent's when registered, else a native one. */
function paneStyleButton(doc: Document, action: string): HTMLElement {
  return doc.defaultView?.customElements?.get('fluent-button')
    ? custom(doc, 'fluent-button', {
        attrs: { appearance: 'secondary', size: 'small', type: 'button', 'data-action': action },
      })
    : button(doc, 'button button--secondary', action);
}

export function buildPageView(root: HTMLElement): PageView {
  const doc = root.ownerDocument;
  const labelled: Labelled[] = [];
  /** `node` gets its text (or attribute `attr`) from `key` in the current language. */
  const t = <N extends HTMLElement>(node: N, key: MessageKey, attr?: string): N => {
    labelled.push({ node, key, attr });
    return node;
  };

  const langButtons = new Map<Lang, HTMLButtonElement>();
  for (const lang of ['en', 'ja'] as const) {
    // Each language's name in itself, so a reader finds theirs whatever the page is in.
    const b = t(
      el(doc, 'button', {
        className: 'web-lang-button',
        attrs: { type: 'button', lang, 'data-lang': lang, 'aria-pressed': 'false' },
      }),
      `web.lang.${lang}`,
    );
    langButtons.set(lang, b);
  }
  const header = el(doc, 'header', { className: 'web-header' }, [
    el(doc, 'p', { className: 'web-brand' }, [
      el(doc, 'img', { attrs: { src: 'assets/icon-32.png', alt: '', width: '32', height: '32' } }),
      t(el(doc, 'span'), 'ui.title'),
    ]),
    t(
      el(doc, 'div', { className: 'web-lang', attrs: { role: 'group' } }, [...langButtons.values()]),
      'web.lang.label',
      'aria-label',
    ),
  ]);

  const paste = el(doc, 'textarea', {
    className: 'web-paste',
    attrs: {
      id: 'web-paste',
      rows: '8',
      dir: 'ltr',
      spellcheck: 'false',
      autocomplete: 'off',
      'aria-describedby': 'web-paste-hint',
    },
  });
  const check = t(button(doc, 'button', 'check'), 'web.check');
  const sample = t(button(doc, 'button button--secondary', 'sample'), 'web.sample');
  const choose = t(button(doc, 'button button--secondary', 'choose'), 'web.file.choose');
  const file = el(doc, 'input', {
    className: 'web-file',
    attrs: { type: 'file', accept: '.eml,message/rfc822', tabindex: '-1' },
  });
  file.hidden = true;
  const input = el(doc, 'section', { className: 'web-input', attrs: { 'aria-labelledby': 'web-heading' } }, [
    t(el(doc, 'h1', { className: 'web-heading', attrs: { id: 'web-heading' } }), 'web.heading'),
    t(el(doc, 'p', { className: 'web-intro' }), 'web.intro'),
    t(el(doc, 'label', { className: 'web-paste-label', attrs: { for: 'web-paste' } }), 'web.paste.label'),
    t(el(doc, 'p', { className: 'web-hint', attrs: { id: 'web-paste-hint' } }), 'web.paste.hint'),
    paste,
    el(doc, 'div', { className: 'web-buttons' }, [
      check,
      sample,
      t(el(doc, 'span', { className: 'web-hint web-sample-hint' }), 'web.sample.hint'),
    ]),
    el(doc, 'div', { className: 'web-drop' }, [
      choose,
      t(el(doc, 'span', { className: 'web-drop-text' }), 'web.file.drop'),
      file,
    ]),
    outlookHelp(doc, t),
  ]);

  // Copy summary is the pane's own action (src/ui/actions.ts); saving files is this page's, drawn to match it.
  const downloadReport = t(paneStyleButton(doc, 'download-report'), 'web.download.report');
  const downloadSummary = t(paneStyleButton(doc, 'download-summary'), 'web.download.summary');
  const actions = t(
    el(doc, 'section', { className: 'web-actions' }, [
      el(doc, 'div', { className: 'web-buttons' }, [downloadReport, downloadSummary]),
    ]),
    'web.actions.label',
    'aria-label',
  );
  actions.hidden = true;

  const paneRoot = el(doc, 'div', { className: 'web-pane', attrs: { id: 'pane' } });
  root.replaceChildren(header, input, paneRoot);

  return {
    header,
    input,
    paneRoot,
    actions,
    paste,
    check,
    sample,
    choose,
    file,
    downloadReport,
    downloadSummary,
    langButtons,
    translateTo(lang) {
      for (const { node, key, attr } of labelled) {
        if (attr) node.setAttribute(attr, translate(lang, key));
        else node.textContent = translate(lang, key);
      }
      for (const [l, b] of langButtons) b.setAttribute('aria-pressed', String(l === lang));
    },
  };
}
