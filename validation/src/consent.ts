import { z } from 'zod';
import type { Problem } from './problems';
import { personName } from './text';

/** The largest drawn signature accepted, as a PNG data URL (characters). */
export const SIGNATURE_MAX_CHARS = 300_000;

const PNG_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+={0,2}$/;

/**
 * An electronic signature on an e-consent: the signer's typed full name, the drawn signature as a
 * PNG data URL, and an explicit "I agree" (Information Technology Act 2000 §3A allows electronic
 * signatures; Telemedicine Practice Guidelines 2020 §3.7 need explicit consent).
 */
export const consentSignatureSchema = z.object({
  typedFullName: personName,
  signatureImage: z.string().superRefine((value, ctx) => {
    if (value.length > SIGNATURE_MAX_CHARS) {
      ctx.addIssue({ code: 'custom', params: { rule: 'signature.tooLarge' } });
    } else if (!PNG_DATA_URL.test(value) || value.length < 200) {
      ctx.addIssue({ code: 'custom', params: { rule: 'signature.missing' } });
    }
  }),
  agreed: z.boolean().superRefine((value, ctx) => {
    if (value !== true) ctx.addIssue({ code: 'custom', params: { rule: 'consent.agree' } });
  }),
});
export type ConsentSignature = z.output<typeof consentSignatureSchema>;

/**
 * A name compared the way people read it: NFC, case folded (upper then lower case, so `ß` and
 * `SS` compare equal), spaces and punctuation ignored.
 */
function comparable(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleUpperCase('en-IN')
    .toLocaleLowerCase('en-IN')
    .replace(/[\s.\-'’]+/gu, '');
}

/**
 * Whether the typed name fits who signs: the patient types their own registered name (or its
 * local-script form); a proxy types their own name — the guardian's registered name for a minor,
 * and in any case not the patient's.
 * @param typed - the typed full name
 * @param signer - SELF with the patient's names, or PROXY with the guardian's name if registered
 * @returns the problem, or null
 */
export function signerNameProblem(
  typed: string,
  signer:
    | { kind: 'SELF'; names: string[] }
    | { kind: 'PROXY'; patientNames: string[]; guardianName: string | null },
): Problem | null {
  const given = comparable(typed);
  if (signer.kind === 'SELF') {
    return signer.names.some((name) => comparable(name) === given)
      ? null
      : { field: 'input.typedFullName', rule: 'signer.name', values: { name: signer.names[0]! } };
  }
  if (signer.guardianName && comparable(signer.guardianName) !== given) {
    return {
      field: 'input.typedFullName',
      rule: 'signer.name',
      values: { name: signer.guardianName },
    };
  }
  return signer.patientNames.some((name) => comparable(name) === given)
    ? { field: 'input.typedFullName', rule: 'signer.notPatient' }
    : null;
}
