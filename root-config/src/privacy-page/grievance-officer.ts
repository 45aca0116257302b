/**
 * Whom a patient writes to with a complaint about their personal data or our service, as the
 * Digital Personal Data Protection Act 2023 (§8(9)–(10), §13) and the DPDP Rules 2025 require a
 * Data Fiduciary to publish; shown on the public privacy page (`/privacy`). Change it here.
 *
 * The email and the time to answer must say what section 6 of the privacy notice in force says
 * (services/patient-intake/src/consent/default-legal-documents.ts, version v1:
 * grievance@consilium.example, "we answer within 7 days"); the title and postal address are the
 * company's registered office until a named officer is appointed.
 */
export const GRIEVANCE_OFFICER = {
  title: { en: 'Grievance Officer', hi: 'शिकायत अधिकारी' },
  organisation: {
    en: 'Consilium Health Private Limited',
    hi: 'कॉन्सिलियम हेल्थ प्राइवेट लिमिटेड',
  },
  email: 'grievance@consilium.example',
  postalAddress: {
    en: 'Grievance Officer, Consilium Health Private Limited, New Delhi, India',
    hi: 'शिकायत अधिकारी, कॉन्सिलियम हेल्थ प्राइवेट लिमिटेड, नई दिल्ली, भारत',
  },
  /** a complaint is acknowledged within this many hours */
  acknowledgeWithinHours: 48,
  /** and answered within this many days (the privacy notice's promise) */
  answerWithinDays: 7,
} as const;
