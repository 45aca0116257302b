import { registerEnumType } from 'type-graphql';

/** Why the patient wants a second opinion (DESIGN.md §2, the six reasons). */
export enum SecondOpinionReason {
  /** alternatives' pros and cons, e.g. surgery; radiotherapy vs immunotherapy vs targeted therapy */
  ALTERNATIVES_PROS_CONS = 'ALTERNATIVES_PROS_CONS',
  INADEQUATE_RESPONSE = 'INADEQUATE_RESPONSE',
  REASSURANCE = 'REASSURANCE',
  RIGHT_DOCTOR_OR_HOSPITAL = 'RIGHT_DOCTOR_OR_HOSPITAL',
  PAYER_OR_EMPLOYER_REQUIREMENT = 'PAYER_OR_EMPLOYER_REQUIREMENT',
  SPECIALIST_REFERRAL = 'SPECIALIST_REFERRAL',
}

registerEnumType(SecondOpinionReason, {
  name: 'SecondOpinionReason',
  description: 'Why the patient wants a second opinion.',
  valuesConfig: {
    ALTERNATIVES_PROS_CONS: { description: "Compare alternatives' pros and cons." },
    INADEQUATE_RESPONSE: { description: 'Earlier answers were inadequate or dissatisfying.' },
    REASSURANCE: { description: 'Reassurance about a diagnosis or plan.' },
    RIGHT_DOCTOR_OR_HOSPITAL: { description: 'Finding the right doctor or hospital.' },
    PAYER_OR_EMPLOYER_REQUIREMENT: { description: 'An insurer or employer requires it.' },
    SPECIALIST_REFERRAL: { description: 'A referral to a specialist.' },
  },
});
