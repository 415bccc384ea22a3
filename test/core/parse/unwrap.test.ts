import { expect } from 'chai';
import { MAX_UNWRAP_DEPTH, unwrapUrl } from '../../../src/core/parse/unwrap';

// Wrapper shapes as the vendors write them (sources in src/core/parse/unwrap.ts). Real: the Proofpoint v3 ones (a TAP
// decoder's documented example and a user's published GitHub link), Barracuda's documented example, the Sophos base64.
// Synthetic in the real shape: the others (tenant ids, tokens, hashes and signatures replaced by placeholders; the
// host, path and query layout are the vendors').

describe('unwrapUrl', () => {
  it('returns a plain URL untouched, with no wrapper', () => {
    expect(unwrapUrl('https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp')).to.deep.equal({
      url: 'https://santamariasold.com/move/kagoya.net/?uid=info@example.co.jp',
    });
  });

  it('unwraps Microsoft Safe Links to the percent-decoded url parameter', () => {
    const safe =
      'https://jpn01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fsantamariasold.com%2Fmove%2Fkagoya.net%2F%3Fuid%3Dinfo%2540example.co.jp' +
      '&data=05%7C02%7Cinfo%40example.co.jp%7C0a1b2c3d4e5f40718293a4b5c6d7e8f9%7C11111111222233334444555555555555%7C0%7C0%7C638000000000000000%7CUnknown' +
      '&sdata=AbCdEfGhIjKlMnOpQrStUvWxYz0123456789%2BabcdE%3D&reserved=0';
    const out = unwrapUrl(safe);
    expect(out.url).to.equal('https://santamariasold.com/move/kagoya.net/?uid=info%40example.co.jp');
    expect(out.wrapper).to.deep.equal({ kind: 'safelinks', href: safe });
  });

  it('unwraps Proofpoint v1 (u= percent-encoded)', () => {
    const v1 =
      'https://urldefense.proofpoint.com/v1/url?u=http://www.example.com/login%3Fnext%3D%252Fhome&k=abcd%3D%3D%0A&r=efgh&m=ijkl&s=mnop';
    expect(unwrapUrl(v1)).to.deep.equal({
      url: 'http://www.example.com/login?next=%2Fhome',
      wrapper: { kind: 'proofpoint', href: v1 },
    });
  });

  it('unwraps Proofpoint v2, where - stands for % and _ for /', () => {
    const v2 =
      'https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_signin-3Fuser-3Dinfo-40example.co.jp&d=DwMFaQ&c=euGZstcaTDllvimEN8b7jXrwqOf-v5A_CdpgnVfiiMM&r=abc&m=def&s=ghi&e=';
    expect(unwrapUrl(v2).url).to.equal('https://evil.example/signin?user=info@example.co.jp');
    expect(unwrapUrl(v2).wrapper?.kind).to.equal('proofpoint');
  });

  it('unwraps Proofpoint v3, putting back the characters replaced by * from the base64 tail', () => {
    // Real (redacted by its publisher): `JSM` decodes to "%#" for the two `*`.
    const v3 =
      'https://urldefense.com/v3/__https://firebasestorage.googleapis.com/v0/b/gund-50757.appspot.com/o/owa*2Findex2gun.html?alt=media&token=02497332-ff04-xxxxxxx-a76b-xxxxx*vicky@rsrchxchange.com__;JSM!!Fjc1LPEtn8I!xxxxx-xxxxxxxx$';
    expect(unwrapUrl(v3).url).to.equal(
      'https://firebasestorage.googleapis.com/v0/b/gund-50757.appspot.com/o/owa%2Findex2gun.html?alt=media&token=02497332-ff04-xxxxxxx-a76b-xxxxx#vicky@rsrchxchange.com',
    );
  });

  it('reads a Proofpoint v3 fragment marker and a **X run of several characters', () => {
    const real =
      'https://urldefense.com/v3/__https://github.com/nextstrain/augur/pull/1175*discussion_r1130183899__;Iw!!GuAItXPztq0!jULEM6V$';
    expect(unwrapUrl(real).url).to.equal('https://github.com/nextstrain/augur/pull/1175#discussion_r1130183899');
    // Synthetic: `**A` is a run of 2; "Pz0" is base64url for "?=".
    const run = 'https://urldefense.com/v3/__https://evil.example/a**Ab__;Pz0!!ORG!sig$';
    expect(unwrapUrl(run).url).to.equal('https://evil.example/a?=b');
  });

  it('keeps a Proofpoint v3 link whose replacement characters run out as a wrapper, not a guess', () => {
    const broken = 'https://urldefense.com/v3/__https://evil.example/a*b*c__;Iw!!ORG!sig$';
    expect(unwrapUrl(broken)).to.deep.equal({ url: broken, wrapper: { kind: 'proofpoint', href: broken } });
  });

  it('reports Mimecast as a wrapper it cannot open offline, leaving the URL and naming the domain it declares', () => {
    // The old regional hosts and the mimecastprotect.com ones of February 2024 (`m` Gateway, `a` Integrated).
    for (const m of [
      'https://protect-us.mimecast.com/s/AbCdEfGhIjKlMn?domain=example.com',
      'https://url.uk.m.mimecastprotect.com/s/AbCdEfGhIjKlMn?domain=example.com',
      'https://url.de.a.mimecastprotect.com/s/AbCdEfGhIjKlMn?domain=EXAMPLE.com',
    ]) {
      expect(unwrapUrl(m)).to.deep.equal({ url: m, wrapper: { kind: 'mimecast', href: m, declared: 'example.com' } });
    }
  });

  it('declares no target for a Mimecast link without domain=, or with one that is no host name', () => {
    for (const m of [
      'https://url.uk.m.mimecastprotect.com/s/AbCdEfGhIjKlMn',
      'https://url.uk.m.mimecastprotect.com/s/AbCdEfGhIjKlMn?domain=not%20a%20host',
      'https://url.uk.m.mimecastprotect.com/s/AbCdEfGhIjKlMn?domain=localhost',
    ]) {
      expect(unwrapUrl(m)).to.deep.equal({ url: m, wrapper: { kind: 'mimecast', href: m } });
    }
  });

  it('a wrapper around Mimecast names the outer kind and the target Mimecast declares', () => {
    const inner = 'https://url.uk.m.mimecastprotect.com/s/AbCd?domain=example.com';
    const outer = `https://nam12.safelinks.protection.outlook.com/ap/w-59523e83/?url=${encodeURIComponent(inner)}&data=x`;
    expect(unwrapUrl(outer)).to.deep.equal({
      url: inner,
      wrapper: { kind: 'safelinks', href: outer, declared: 'example.com' },
    });
  });

  it('unwraps Barracuda (a=, plain or percent-encoded), Trend Micro (url=), Cisco (the path) and Trellix (u=)', () => {
    const target = 'https://evil.example/login?next=%2Fhome&u=1';
    const cases: [string, string][] = [
      ['barracuda', 'https://linkprotect.cudasvc.com/url?a=http://www.codestore.net&c=E,1,5bEVim247z1fGh&typo=1'],
      ['barracuda', `https://linkprotect.cudasvc.com/url?a=${encodeURIComponent(target)}&c=E,1,hA45iW0G,,&typo=1`],
      [
        'trendmicro',
        `https://imsva91-ctp.trendmicro.com:443/wis/clicktime/v1/query?url=${encodeURIComponent(target)}&umid=AB-CD&auth=00e1-5a8d`,
      ],
      ['trendmicro', `https://ddei3-0-ctp.asiainfo-sec.com/wis/clicktime/v1/query?url=${encodeURIComponent(target)}`],
      [
        'cisco',
        `https://secure-web.cisco.com/1VqOjcxMgKL3XZfH1RVFk4flLLurhrVbZ_UeqrpX0yBPcm/${encodeURIComponent(target)}`,
      ],
      [
        'other',
        `https://protect2.fireeye.com/v1/url?k=00bf92e9-5f24adeb&q=1&e=221919da&u=${encodeURIComponent(target)}`,
      ],
    ];
    for (const [kind, href] of cases) {
      const out = unwrapUrl(href);
      expect(out.wrapper, href).to.deep.equal({ kind, href });
      expect(out.url, href).to.equal(href.includes('codestore') ? 'http://www.codestore.net' : target);
    }
  });

  it("unwraps Bing's click redirect from its a1-prefixed base64url u=, and leaves any other shape wrapped", () => {
    const target = 'https://rfq-files.transfer-site.example/rfq/?u=reader@example.com';
    const b64 = btoa(target).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    const bing = `https://www.bing.com/ck/a?!&&p=7a1c3f&ptn=3&ver=2&hsh=4&u=a1${b64}&ntb=1`;
    expect(unwrapUrl(bing)).to.deep.equal({ url: target, wrapper: { kind: 'other', href: bing } });
    // Without the a1 marker, or off /ck/a, nothing is guessed: the link stays Bing's.
    const plain = `https://www.bing.com/ck/a?u=${b64}`;
    expect(unwrapUrl(plain).url).to.equal(plain);
    const search = `https://www.bing.com/search?q=a1${b64}`;
    expect(unwrapUrl(search)).to.deep.equal({ url: search });
  });

  it('unwraps Sophos Time-of-Click from its base64 u=, and falls back to the domain its d= declares', () => {
    // The base64 is a public decoder's example: https://www.microsoft.com/licensing/servicecenter/default.aspx
    const sophos =
      'https://eu-west-1.protection.sophos.com/?d=microsoft.com&u=aHR0cHM6Ly93d3cubWljcm9zb2Z0LmNvbS9saWNlbnNpbmcvc2VydmljZWNlbnRlci9kZWZhdWx0LmFzcHg=&i=x&t=y&h=z';
    expect(unwrapUrl(sophos)).to.deep.equal({
      url: 'https://www.microsoft.com/licensing/servicecenter/default.aspx',
      wrapper: { kind: 'sophos', href: sophos },
    });
    const noU = 'https://us-west-2.protection.sophos.com?d=example.com&u=!!!&i=x';
    expect(unwrapUrl(noU)).to.deep.equal({ url: noU, wrapper: { kind: 'sophos', href: noU, declared: 'example.com' } });
  });

  it('unwraps Twelvehorses’ click-through from the target after /*, its repeated copy dropped (Tesco .ie, 2002)', () => {
    // As the SpamAssassin public corpus's Tesco .ie newsletter writes them (hard_ham 00245).
    const base = 'http://www.twelvehorses.com/mm/Clickthrough/23317062/27021558/23333143/uBn6_sdjVJ8Dmr08mYuLuACBQH4A/';
    const home = `${base}*http://www.tesco.ie*http://www.tesco.ie`;
    expect(unwrapUrl(home)).to.deep.equal({ url: 'http://www.tesco.ie', wrapper: { kind: 'other', href: home } });
    // The target's own query (a `?` that would split a parsed wrapper) and a lone `*` inside it are the target's.
    const unsub = `${base}*http://www.tesco.ie/register/unsubscribe.asp?from=reader@example.net&x=a*b`;
    expect(unwrapUrl(unsub).url).to.equal('http://www.tesco.ie/register/unsubscribe.asp?from=reader@example.net&x=a*b');
    // Its own pages behind its own click-through are its own; off /mm/Clickthrough/, or with no target, nothing is guessed.
    const own = `${base}*http://www.twelvehorses.com/wrapper/doc_view.jhtml?d=spirits*http://www.twelvehorses.com/x`;
    expect(unwrapUrl(own).url).to.equal('http://www.twelvehorses.com/wrapper/doc_view.jhtml?d=spirits');
    const other = 'http://www.twelvehorses.com/S/G35YU/DW3YV/*http://www.tesco.ie';
    expect(unwrapUrl(other)).to.deep.equal({ url: other });
    const bare = `${base}`;
    expect(unwrapUrl(bare)).to.deep.equal({ url: bare, wrapper: { kind: 'other', href: bare } });
  });

  it('unwraps Proofpoint v3 on urldefense.us as on urldefense.com', () => {
    const us =
      'https://urldefense.us/v3/__https://google.com:443/search?q=a*test&gs=ps__;Kw!-612Flbf0JvQ3kNJkRi5Jg!Ue6t$';
    expect(unwrapUrl(us).url).to.equal('https://google.com:443/search?q=a+test&gs=ps');
  });

  it('unwraps a Google redirect, an open redirector phishing mail uses', () => {
    const g = 'https://www.google.com/url?q=https://evil.example/amazon&sa=D&source=editors&ust=1&usg=AOvVaw0';
    expect(unwrapUrl(g)).to.deep.equal({ url: 'https://evil.example/amazon', wrapper: { kind: 'google', href: g } });
  });

  it('does not unwrap look-alike wrapper hosts: the attacker would choose the host we judge', () => {
    for (const fake of [
      'https://google.evil.example/url?q=https://www.amazon.co.jp/',
      'https://safelinks.protection.outlook.com.evil.example/?url=https%3A%2F%2Fwww.amazon.co.jp%2F',
      'https://urldefense.proofpoint.com.evil.example/v2/url?u=https-3A__www.amazon.co.jp_',
      'https://linkprotect.cudasvc.com.evil.example/url?a=https://www.amazon.co.jp/',
      'https://trendmicro.com.evil.example/wis/clicktime/v1/query?url=https://www.amazon.co.jp/',
      'https://secure-web.cisco.com.evil.example/token/https%3A%2F%2Fwww.amazon.co.jp%2F',
      'https://protection.sophos.com.evil.example/?d=amazon.co.jp&u=aHR0cHM6Ly93d3cuYW1hem9uLmNvLmpwLw==',
      'https://url.uk.m.mimecastprotect.com.evil.example/s/AbCd?domain=amazon.co.jp',
      'http://www.twelvehorses.com.evil.example/mm/Clickthrough/1/2/3/h/*https://www.amazon.co.jp/',
      'http://www.twelvehorses-mail.example/mm/Clickthrough/1/2/3/h/*https://www.amazon.co.jp/',
    ]) {
      expect(unwrapUrl(fake)).to.deep.equal({ url: fake });
    }
  });

  it('peels nested wrappers and names the outermost one', () => {
    const inner = 'https://urldefense.proofpoint.com/v2/url?u=https-3A__evil.example_login&d=DwMFaQ&c=x&r=y&m=z&s=w&e=';
    const outer = `https://nam12.safelinks.protection.outlook.com/?url=${encodeURIComponent(inner)}&data=05%7C01&sdata=x&reserved=0`;
    expect(unwrapUrl(outer)).to.deep.equal({
      url: 'https://evil.example/login',
      wrapper: { kind: 'safelinks', href: outer },
    });
  });

  it('stops after a bounded number of layers', () => {
    let url = 'https://evil.example/';
    for (let i = 0; i < MAX_UNWRAP_DEPTH + 2; i++) url = `https://www.google.com/url?q=${encodeURIComponent(url)}`;
    const out = unwrapUrl(url);
    expect(out.url).to.match(/^https:\/\/www\.google\.com\/url\?q=/);
    expect(out.wrapper?.href).to.equal(url);
  });

  it('keeps a wrapper whose inner URL is missing or not absolute as the wrapper', () => {
    const noUrl = 'https://jpn01.safelinks.protection.outlook.com/?data=05%7C01';
    expect(unwrapUrl(noUrl)).to.deep.equal({ url: noUrl, wrapper: { kind: 'safelinks', href: noUrl } });
    const relative = 'https://www.google.com/url?q=/search%3Fq%3Dx';
    expect(unwrapUrl(relative).url).to.equal(relative);
  });

  it('never throws on malformed input', () => {
    for (const bad of [
      '',
      '%',
      'https://urldefense.com/v3/__%E0%A4%A__;!!',
      'https://urldefense.proofpoint.com/v2/url?u=-ZZ-',
      'http://[::1',
    ]) {
      expect(() => unwrapUrl(bad)).not.to.throw();
    }
  });
});
