/**
 * What the national-brand tests share (regional-brands.test.ts, national-brands-26.test.ts): a synthetic notice signed
 * with a brand's name, and the two tests each country's case gets — its genuine notice from a listed domain passes
 * clean, the same name from a foreign domain fails (a verified brand) or warns (an unverified one).
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { parseMessage } from '../../../src/core/parse-message';
import type { Report } from '../../../src/core/report';
import { findClaimedBrands, loadBrands } from '../../../src/core/brands/lookup';

export const claims = (name: string): string[] => findClaimedBrands(loadBrands(), name).map((m) => m.brand.id);
const b64 = (text: string) => `=?UTF-8?B?${Buffer.from(text).toString('base64')}?=`;

/** A synthetic message from `name <noreply@domain>`; DMARC passes for the brand's own domain, is absent for another. */
export function message(name: string, domain: string, subject: string, html: string, aligned: boolean): string {
  const auth = aligned
    ? `spf=pass smtp.mailfrom=${domain}; dkim=pass header.d=${domain}; dmarc=pass header.from=${domain}`
    : `spf=pass smtp.mailfrom=${domain}; dkim=none; dmarc=none header.from=${domain}`;
  return [
    `Return-Path: <bounce@${domain}>`,
    `Received: from mail.${domain} (mail.${domain} [203.0.113.41])`,
    `\tby mx.example.net (Postfix) with ESMTPS id 5R2Yz3Aa4; Tue, 13 May 2025 10:30:07 +0300`,
    `Authentication-Results: mx.example.net; ${auth}`,
    'Date: Tue, 13 May 2025 10:30:01 +0300',
    `From: ${b64(name)} <noreply@${domain}>`,
    'To: reader@example.net',
    `Subject: ${b64(subject)}`,
    `Message-ID: <20250513103001.3C4D@mail.${domain}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    'X-Fixture: synthetic (issue #16: a national brand and its twin)',
    '',
    `<html><body>${html}</body></html>`,
  ].join('\r\n');
}

export const report = async (raw: string): Promise<Report> => analyze(await parseMessage(raw));
const mismatch = (r: Report) => r.findings.find((f) => f.id === 'sender.brand-mismatch');

export interface BrandCase {
  country: string;
  /** How the test names the brand (its signed name by default). */
  brand?: string;
  name: string;
  own: string;
  foreign: string;
  /** What the foreign claim gets: verified brands fail, unverified ones warn. */
  foreignStatus: 'fail' | 'warn';
  subject: string;
  genuine: string;
  lure: string;
}

/** Each case's two tests, inside the caller's `describe`. */
export function itJudgesEachBrand(cases: readonly BrandCase[]): void {
  for (const c of cases) {
    const brand = c.brand ?? c.name;
    it(`passes ${brand}'s genuine notice from ${c.own} clean (${c.country})`, async () => {
      const r = await report(message(c.name, c.own, c.subject, c.genuine, true));
      expect(mismatch(r)).to.include({ status: 'pass' });
      expect(r.verdict).to.equal('no-red-flags');
    });

    const verb = c.foreignStatus === 'fail' ? 'fails' : 'only warns about';
    it(`${verb} ${brand} claimed from ${c.foreign} (${c.country})`, async () => {
      const r = await report(message(c.name, c.foreign, c.subject, c.lure, false));
      expect(mismatch(r)).to.include({ status: c.foreignStatus });
    });
  }
}
