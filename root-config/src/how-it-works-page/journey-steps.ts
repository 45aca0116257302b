/**
 * The eight steps of a second opinion, in order (DESIGN.md §2 "The journey"); each names the
 * strings `public:steps.<step>.title|you|we`.
 */
export const JOURNEY_STEPS = [
  'registration',
  'history',
  'consent',
  'doctors',
  'payment',
  'consultation',
  'review',
  'report',
] as const;
