import { z } from 'zod';
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
