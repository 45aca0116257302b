/**
 * The reasons for a second opinion a patient gives with their case (DESIGN.md §2; the API's
 * `SecondOpinionReason` values), in the order the page lists them. Each names the strings
 * `public:reasons.<reason>.title|text|example`.
 */
export const SECOND_OPINION_REASONS = [
  'ALTERNATIVES_PROS_CONS',
  'INADEQUATE_RESPONSE',
  'REASSURANCE',
  'RIGHT_DOCTOR_OR_HOSPITAL',
  'PAYER_OR_EMPLOYER_REQUIREMENT',
  'SPECIALIST_REFERRAL',
] as const;
