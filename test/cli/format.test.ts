import { expect } from 'chai';
import { evidenceLine, formatText } from '../../src/cli/format-text';
import { formatJson } from '../../src/cli/format-json';
import { printable } from '../../src/cli/printable';
import type { Report } from '../../src/core/report';
import { analyze } from '../../src/core/analyze';
import { parseMessage } from '../../src/core/parse-message';
import { fixture } from '../helpers';

// Evidence values are the KAGOYA message's real header shapes; an ESC sequence and a bidi override are planted in
// the Subject the way an attacker would (synthetic). The message keys are existing ones standing in for checks' keys.
const report: Report = {
  verdict: 'likely-phishing',
  verdictReasons: [],
  story: [],
  hops: [],
  about: { from: 'KAGOYA Inc <sawada@air.linkclub.or.jp>', subject: 'test' },
  findings: [
    {
      id: 'origin.sender-ip',
      section: 'origin',
      status: 'info',
      message: { key: 'author.relay', params: { relay: 'mail.air.linkclub.or.jp' } },
      evidence: [
        {
          header: 'Received',
          value:
            'from [127.0.0.1] (unknown [52.140.217.90]) by mail.air.linkclub.or.jp (Postfix) with ESMTPA id 7C1A2C01D3',
          author: 'relay',
          recordedBy: 'mail.air.linkclub.or.jp',
        },
      ],
    },
    {
      id: 'sender.brand-mismatch',
      section: 'sender',
      status: 'fail',
      message: { key: 'author.relay', params: { relay: 'KAGOYA Inc' } },
      evidence: [
        { header: 'From', value: 'KAGOYA Inc <sawada@air.linkclub.or.jp>', author: 'sender' },
        { header: 'Subject', value: 'ログイン\u001b]0;owned\u0007\u202egpj.exe', author: 'sender' },
      ],
    },
    {
      id: 'links.brand-in-path',
      section: 'links',
      status: 'fail',
      message: { key: 'section.links', params: {} },
      evidence: [{ url: 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp' }],
    },
  ],
};

describe('cli: report formats', () => {
  it('groups the text report by section in checklist order, whatever the order of the findings', () => {
    const lines = formatText('kagoya.eml', report, 'en').split('\n');
    const headings = lines.filter((l) => ['Sender', 'Origin', 'Links', 'Content'].includes(l));
    expect(headings).to.deep.equal(['Sender', 'Origin', 'Links']);
    expect(lines[lines.indexOf('Sender') + 1]).to.equal('  [FAIL] as recorded by KAGOYA Inc');
  });

  it('shows evidence as `header: value` or the URL, with who wrote it, defanged for the terminal', () => {
    expect(evidenceLine(report.findings[0]!.evidence[0]!, 'en')).to.match(
      /^Received: from \[127\[\.\]0\[\.\]0\[\.\]1\] .* {2}\(as recorded by mail\[\.\]air\[\.\]linkclub\[\.\]or\[\.\]jp\)$/,
    );
    expect(evidenceLine(report.findings[1]!.evidence[0]!, 'en')).to.equal(
      "From: KAGOYA Inc <sawada@air[.]linkclub[.]or[.]jp>  (the sender's own word)",
    );
    expect(evidenceLine(report.findings[2]!.evidence[0]!, 'ja')).to.equal(
      'hxxps://santamariasold[.]com/move/kagoya[.]net/?uid=info@example[.]co[.]jp',
    );
    expect(evidenceLine({ header: 'Received', value: 'x', author: 'relay' }, 'en')).to.include('an unnamed relay');
  });

  it('never lets message text drive the terminal: control and bidi characters are printed as markers', () => {
    const text = formatText('kagoya.eml', report, 'en');
    // eslint-disable-next-line no-control-regex -- asserting their absence
    expect(text).not.to.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(text).to.include('ログイン⟨U+001B⟩]0;owned⟨U+0007⟩⟨U+202E⟩gpj[.]exe');
    expect(printable('a\tb\r\nc\u200bd')).to.equal('a b⟨U+000D⟩⟨U+000A⟩c⟨U+200B⟩d');
  });

  it('writes JSON lines that parse back to the same values, with invisible characters escaped', () => {
    const line = formatJson('box.mbox#2', report, 'en');
    expect(line.endsWith('\n')).to.equal(true);
    expect(line.trimEnd()).not.to.include('\n');
    expect(line).not.to.include('\u001b').and.not.to.include('\u202e');
    expect(line).to.include('\\u202e');
    const parsed = JSON.parse(line);
    expect(parsed).to.include({ source: 'box.mbox#2', verdict: 'likely-phishing' });
    expect(parsed.findings[1]).to.deep.include({
      id: 'sender.brand-mismatch',
      section: 'sender',
      status: 'fail',
      message: 'as recorded by KAGOYA Inc',
    });
    expect(parsed.findings[1].evidence[1].value).to.equal(report.findings[1]!.evidence[1]!.value);
  });

  it('prints a hostile message with markers for its hidden characters and every host and IP defanged', async () => {
    const hostile = analyze(await parseMessage(fixture('hostile-disguise-subject.synthetic.eml')));
    for (const lang of ['en', 'ja'] as const) {
      const text = formatText('hostile.eml', hostile, lang);
      expect(text).to.include('Pay⟨U+200B⟩Pal Security <service@evil[.]example>');
      expect(text).to.include('smtp.mailfrom=evil[.]example').and.include('52[.]140[.]217[.]90');
      expect(text).to.include('javascript[:]alert(');
      // eslint-disable-next-line no-control-regex -- asserting their absence
      expect(text).not.to.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);
      expect(text).not.to.match(/evil\.example|52\.140\.|javascript:|https?:\/\//i);
    }
  });

  it('prints a Japanese subject and emoji with joiners as written (the twin)', async () => {
    const twin = analyze(await parseMessage(fixture('hostile-disguise-twin-ja-emoji.synthetic.eml')));
    const subject = twin.about.subject;
    expect(printable(subject)).to.equal(
      '【重要】12月のご請求金額のお知らせ 👨\u200d👩\u200d👧 ❤\ufe0f 葛\u{e0100}飾区',
    );
    expect(formatText('twin.eml', twin, 'ja')).not.to.include('⟨U+');
  });

  it('keeps the exact values in JSON lines: tools get them undefanged', async () => {
    const hostile = analyze(await parseMessage(fixture('hostile-disguise-subject.synthetic.eml')));
    const parsed = JSON.parse(formatJson('hostile.eml', hostile, 'en'));
    const sender = parsed.findings.find((f: { id: string }) => f.id === 'sender.brand-mismatch');
    expect(sender.evidence[0].value).to.include('service@evil.example');
    expect(sender.message).to.include('Pay\u200bPal').and.include('evil.example');
  });
});
