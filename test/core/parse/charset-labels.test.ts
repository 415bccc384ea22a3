import { expect } from 'chai';
import { parseAddressList } from '../../../src/core/parse/addresses';
import { mendEncodedWordLabels } from '../../../src/core/parse/charset-labels';
import { decodeEncodedWords } from '../../../src/core/parse/headers';
import { parse } from '../../../src/core/parse/index';
import { parseMessage } from '../../../src/core/parse-message';

/** 财务部 ("finance department") in GB2312, base64: what Python's email package writes as `=?eucgb2312_cn?B?…?=`. */
const FINANCE_GB2312 = Buffer.from([0xb2, 0xc6, 0xce, 0xf1, 0xb2, 0xbf]).toString('base64');
/** 経理部 in EUC-JP. */
const ACCOUNTS_EUCJP = Buffer.from([0xb7, 0xd0, 0xcd, 0xfd, 0xc9, 0xf4]).toString('base64');

describe('charset labels senders write that TextDecoder does not know', () => {
  it("reads Python's and Windows' names as the charset they mean", () => {
    const label = (name: string) => mendEncodedWordLabels(`=?${name}?B?AA==?=`).slice(2, -9);
    expect(label('eucgb2312_cn')).to.equal('gbk');
    expect(label('EUCGB2312_CN')).to.equal('gbk');
    expect(label('big5_tw')).to.equal('big5');
    expect(label('euc_jp')).to.equal('euc-jp');
    expect(label('cp936')).to.equal('gbk');
    expect(label('utf_8')).to.equal('utf-8');
    expect(mendEncodedWordLabels('=?eucgb2312_cn*zh?Q?a?=')).to.equal('=?gbk*zh?Q?a?=');
  });

  it('leaves a label TextDecoder knows, and one nothing maps, as written', () => {
    for (const label of ['gb2312', 'UTF-8', 'iso-2022-jp', 'shift_jis', 'x-unknown_charset', 'utf-7']) {
      expect(mendEncodedWordLabels(`=?${label}?B?AA==?=`), label).to.equal(`=?${label}?B?AA==?=`);
    }
    const plain = '=?UTF-8?B?5pel5pys?= and =?x-nothing?Q?a?=';
    expect(mendEncodedWordLabels(plain)).to.equal(plain);
  });

  it('decodes a subject and a display name in such a charset instead of as Latin-1 mojibake', () => {
    expect(decodeEncodedWords(`=?eucgb2312_cn?B?${FINANCE_GB2312}?=`)).to.equal('财务部');
    expect(decodeEncodedWords(`Re: =?euc_jp?B?${ACCOUNTS_EUCJP}?= notice`)).to.equal('Re: 経理部 notice');
    const [from] = parseAddressList(`=?eucgb2312_cn?B?${FINANCE_GB2312}?= <caiwu@supplier-mail.example.cn>`);
    expect(from?.name).to.equal('财务部');
    expect(from?.address).to.equal('caiwu@supplier-mail.example.cn');
  });

  it('reads the name and subject of a whole message so, and keeps the raw header as written', async () => {
    const raw =
      `From: =?eucgb2312_cn?B?${FINANCE_GB2312}?= <caiwu@supplier-mail.example.cn>\r\n` +
      'To: staff@ourcompany.example.cn\r\nSubject: =?eucgb2312_cn?B?' +
      FINANCE_GB2312 +
      '?=\r\nDate: Mon, 7 Dec 2026 09:00:00 +0800\r\nMessage-ID: <a1@supplier-mail.example.cn>\r\n\r\nhello\r\n';
    const input = await parseMessage(raw);
    const msg = parse(input);
    expect(msg.from?.name).to.equal('财务部');
    expect(msg.subject).to.equal('财务部');
    expect(input.headers).to.contain('=?eucgb2312_cn?B?');
  });
});
