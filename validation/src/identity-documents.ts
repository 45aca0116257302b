import { z } from 'zod';

/**
 * The identity documents accepted to identify a patient or guardian before a teleconsultation
 * (Telemedicine Practice Guidelines 2020, §3.3: the registered medical practitioner verifies the
 * patient's identity by name, age, address, email, phone number, or a government ID).
 */
export const IDENTITY_DOCUMENT_TYPES = [
  'AADHAAR',
  'ABHA',
  'PAN',
  'PASSPORT',
  'VOTER_ID',
  'DRIVING_LICENCE',
  'BIRTH_CERTIFICATE',
] as const;
export type IdentityDocumentType = (typeof IDENTITY_DOCUMENT_TYPES)[number];

const FORMATS: Record<IdentityDocumentType, RegExp> = {
  AADHAAR: /^[2-9][0-9]{11}$/,
  ABHA: /^[0-9]{14}$/,
  PAN: /^[A-Z]{5}[0-9]{4}[A-Z]$/,
  PASSPORT: /^[A-Z][0-9]{7}$/,
  VOTER_ID: /^[A-Z]{3}[0-9]{7}$/,
  DRIVING_LICENCE: /^[A-Z]{2}[0-9]{2}[0-9]{4}[0-9]{7}$/,
  BIRTH_CERTIFICATE: /^[A-Z0-9/-]{4,40}$/,
};

// Verhoeff check digit tables (UIDAI uses Verhoeff's dihedral-group check for Aadhaar numbers).
const D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Whether a digit string passes Verhoeff's check. */
export function verhoeffValid(digits: string): boolean {
  let check = 0;
  [...digits].reverse().forEach((digit, index) => {
    check = D[check]![P[index % 8]![Number(digit)]!]!;
  });
  return check === 0;
}

/**
 * What is kept of an identity document number. An Aadhaar number is never stored whole: only its
 * last four digits (Aadhaar Act 2016 §29 and UIDAI's masking rule for entities that are not
 * authorised to store it); other numbers are kept as given.
 * @param type - the document
 * @param value - the normalised number
 * @returns the value to store and show
 */
export function storedIdentifierValue(type: IdentityDocumentType, value: string): string {
  return type === 'AADHAAR' ? `XXXX XXXX ${value.slice(-4)}` : value;
}

/** An identity document type and number, normalised (upper case, separators removed). */
export const identityDocument = z
  .object({
    type: z.enum(IDENTITY_DOCUMENT_TYPES),
    value: z.string().transform((raw) =>
      raw
        .normalize('NFKC')
        .toUpperCase()
        .replace(/[\s.-]/g, ''),
    ),
  })
  .superRefine((document, ctx) => {
    if (!FORMATS[document.type].test(document.value)) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        params: { rule: `identifier.${document.type}` },
      });
    } else if (document.type === 'AADHAAR' && !verhoeffValid(document.value)) {
      ctx.addIssue({ code: 'custom', path: ['value'], params: { rule: 'identifier.checksum' } });
    }
  });
