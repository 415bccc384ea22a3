/**
 * "Re-confirm with your email login here" (issue #16): the credential ask of a renewal notice posted to a mailing
 * list, whose list re-signed it, so nothing about the sender speaks (set14's family); the wording does
 * (lure-phrases.ts, the `verify` family). Its twin: a service's own authenticated notice asking the same on its own
 * site. Every message here is synthetic.
 */
import { expect } from 'chai';
import { analyze } from '../../../src/core/analyze';
import { halvorsenMail } from '../../helpers';

const mail = (from: string, subject: string, text: string) => halvorsenMail(from, subject, text);

describe('"re-confirm with your email login" (content.lure)', () => {
  it('reads the ask in a renewal notice whose link leads to another organisation', () => {
    const r = analyze(
      mail(
        'Project Admin via Discuss <discuss@lists.orrery-project.example>',
        'Action required: e-mail accounts renewal',
        'All addresses are being renewed on the new mail host. Members who do not re-confirm before Friday will ' +
          'lose access.\n\nRe-confirm with your email login here: https://orrery-project-org.mail-renew.example/c\n',
      ),
    );
    expect(r.findings.find((f) => f.id === 'content.lure')?.status).to.equal('warn');
    expect(r.verdict).to.not.equal('no-red-flags');
  });

  it("leaves a service's own notice asking to confirm with your password on its own site alone", () => {
    const r = analyze(
      mail(
        'Orrery Cloud <no-reply@orrery-cloud.example>',
        'Confirm the new recovery phone',
        'You added a recovery phone to your account. Confirm with your account password at ' +
          'https://account.orrery-cloud.example/security to turn it on.\n',
      ),
    );
    expect(r.verdict).to.equal('no-red-flags');
  });
});
