import { DEMO_IDS } from '@consilium/subgraph-kit';

/** The case stages a demo case can be left at (patient-intake's CaseStage). */
export type DemoStage =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'CONSENTED'
  | 'PANEL_REQUESTED'
  | 'AWAITING_CONFIRMATION'
  | 'AWAITING_PAYMENT'
  | 'ACTIVE'
  | 'INFO_REQUESTED'
  | 'OPINIONS_READY'
  | 'REPORT_DELIVERED'
  | 'CLOSED'
  | 'CANCELLED';

/** Every case stage, in patient-intake's order. */
export const CASE_STAGES: DemoStage[] = [
  'DRAFT',
  'SUBMITTED',
  'CONSENTED',
  'PANEL_REQUESTED',
  'AWAITING_CONFIRMATION',
  'AWAITING_PAYMENT',
  'ACTIVE',
  'INFO_REQUESTED',
  'OPINIONS_READY',
  'REPORT_DELIVERED',
  'CLOSED',
  'CANCELLED',
];

/**
 * The demo specialists who get a sign-in account from the seeder (operations create it and the
 * specialist sets DEMO_PASSWORD with the emailed code), by their index in DEMO_IDS.specialists.
 * Their profiles are specialist-matching's demo roster (`src/demo/demo-specialists.ts`); Sunanda
 * Iyer (index 0) already has a demo account.
 */
export const DEMO_SPECIALIST_LOGINS: { index: number; displayName: string; email: string }[] = [
  { index: 0, displayName: 'Dr Sunanda Iyer', email: 'sunanda.iyer@consilium.example' },
  { index: 1, displayName: 'Dr Vikram Sethi', email: 'vikram.sethi@consilium.example' },
  { index: 2, displayName: 'Dr Ananya Ghosh', email: 'ananya.ghosh@consilium.example' },
  { index: 3, displayName: 'Dr Rahul Menon', email: 'rahul.menon@consilium.example' },
  { index: 4, displayName: 'Dr Pooja Agarwal', email: 'pooja.agarwal@consilium.example' },
];

/** A demo specialist's profile id by roster index (0 Sunanda Iyer … 4 Pooja Agarwal). */
export function demoSpecialistId(index: number): string {
  return DEMO_IDS.specialists[index]!;
}

/** One synthetic demo patient and the case they bring, and the stage the seeder leaves it at. */
export interface DemoCase {
  /** the stage the case is taken to through the API */
  stage: DemoStage;
  /** the patient's sign-in (an email; the password is DEMO_PASSWORD) */
  login: string;
  /** PatientRegistrationInput (without email, which is the login) */
  registration: Record<string, unknown>;
  /** CaseIntakeInput; a DRAFT saves only part of it */
  intake: Record<string, unknown>;
  /** the doctors the patient's side asks for (roster indexes), or the platform's choice */
  panel?:
    | { mode: 'SINGLE' | 'MULTIPLE' | 'BOARD'; specialists: number[] }
    | {
        mode: 'PLATFORM_CHOOSES';
        preferredSize: 'SINGLE' | 'MULTIPLE' | 'BOARD';
        specialties: string[];
      };
  /** the question a specialist asks while the case is INFO_REQUESTED */
  infoRequest?: { kind: 'INFORMATION' | 'TEST'; question: string };
  /** the reason given when the patient's side cancels a paid case for a refund */
  cancelReason?: string;
  /** the reason given when the patient asks for their record to be erased */
  erasureReason?: string;
  /** whether the demo GP (Dr Arvind Rao) is given the case's summary to write */
  gpSummary?: boolean;
  /** the referral note the GP submits (CaseSummaryInput's parts) before the report is delivered */
  referralNote?: { history: string; keyFindings: string[]; questions: string[] };
  /** whether the patient shares the case, report included, with the demo insurer (partner API) */
  sharedWithInsurer?: boolean;
  /**
   * a video appointment the (first) specialist proposes after the first contact and the patient
   * books: the next days in the specialist's weekly hours (0 Sunday … 6 Saturday, India time)
   */
  appointment?: { weekdays: number[]; localTime: string };
  /** the opinion each specialist of the panel signs (OpinionDraftInput; one answer per question) */
  opinion?: DemoOpinion;
}

/** A demo opinion's content: OpinionDraftInput's fields, the answers in the questions' order. */
export interface DemoOpinion {
  diagnosisAssessment: 'CONFIRMED' | 'REVISED';
  recommendedTreatment: string;
  alternatives: { option: string; pros: string; cons: string }[];
  answers: string[];
  furtherTests: string[];
  notes: string;
}

/**
 * The demo cases `pnpm start` adds through the platform's own API, one at each stage the case
 * stage machine lets a user reach (Kavita Deshpande's case, seeded by the services themselves,
 * is the one AWAITING_PAYMENT). Synthetic people: names, addresses, PANs and phones are made up.
 */
export const DEMO_CASES: DemoCase[] = [
  {
    stage: 'DRAFT',
    login: 'meenakshi.sundaram@example.org',
    registration: {
      fullName: 'Meenakshi Sundaram',
      nameLocal: 'மீனாட்சி சுந்தரம்',
      birthDate: '1968-07-02',
      gender: 'FEMALE',
      phone: '+919000009101',
      preferredLanguage: 'ta',
      address: {
        line1: '14, 3rd Cross Street, Besant Nagar',
        city: 'Chennai',
        district: 'Chennai',
        state: 'TN',
        postalCode: '600090',
      },
      identifier: { type: 'PAN', value: 'BQSPS4821M' },
    },
    intake: {
      presentingComplaint:
        'A swelling in the front of my neck for six months. The ultrasound found a 2.4 cm ' +
        'thyroid nodule and the surgeon has advised removing half of the thyroid.',
      symptoms: [
        {
          description: 'Painless swelling in the front of the neck',
          onsetDate: '2026-05-10',
          severity: 2,
        },
      ],
    },
  },
  {
    stage: 'SUBMITTED',
    login: 'harish.joshi@example.org',
    registration: {
      fullName: 'Harish Chandra Joshi',
      nameLocal: 'हरीश चन्द्र जोशी',
      birthDate: '1957-01-23',
      gender: 'MALE',
      phone: '+919000009102',
      preferredLanguage: 'hi',
      address: {
        line1: '22 Rajpur Road, near Clock Tower',
        city: 'Dehradun',
        district: 'Dehradun',
        state: 'UK',
        postalCode: '248001',
      },
      identifier: { type: 'PAN', value: 'CJHPJ7310A' },
    },
    intake: {
      presentingComplaint:
        'Pain in both knees for four years, worse in the right knee; I can walk only 300 metres. ' +
        'My orthopaedic surgeon advises a total knee replacement of the right knee.',
      symptoms: [
        {
          description: 'Right knee pain on walking and climbing stairs',
          onsetDate: '2022-09-01',
          severity: 7,
        },
        {
          description: 'Morning stiffness of both knees for 15 minutes',
          onsetDate: '2023-01-15',
          severity: 4,
        },
      ],
      conditions: [
        {
          text: 'Primary osteoarthritis of both knees',
          code: { system: 'ICD-10', code: 'M17.0' },
          onsetDate: '2022-10-10',
          clinicalStatus: 'ACTIVE',
        },
        {
          text: 'Essential hypertension',
          code: { system: 'ICD-10', code: 'I10' },
          onsetDate: '2015-04-01',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Amlodipine',
          dose: '5 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2015-04-01',
        },
        { medication: 'Paracetamol', dose: '650 mg', frequency: 'when needed', route: 'oral' },
      ],
      noKnownAllergies: true,
      investigations: [
        {
          name: 'X-ray both knees, standing',
          date: '2026-10-05',
          result:
            'Kellgren-Lawrence grade 4 on the right, grade 3 on the left; medial joint space lost',
        },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Sanjay Bisht',
        specialty: 'Orthopaedics',
        hospital: 'Doon Valley Hospital',
        city: 'Dehradun',
      },
      treatmentAdvised: 'Total knee replacement of the right knee.',
      reasonForSecondOpinion: 'REASSURANCE',
      reasonDetail: 'I want to be sure surgery is the right step now and not physiotherapy first.',
      questions: [
        'Is a knee replacement needed now, or can injections and physiotherapy help for some years?',
        'Should both knees be replaced together?',
      ],
      patientLocation: { city: 'Dehradun', state: 'UK' },
    },
  },
  {
    stage: 'CONSENTED',
    login: 'sana.qureshi@example.org',
    registration: {
      fullName: 'Sana Qureshi',
      nameLocal: 'सना क़ुरैशी',
      birthDate: '1991-11-08',
      gender: 'FEMALE',
      phone: '+919000009103',
      preferredLanguage: 'hi',
      address: {
        line1: 'B-17, Aliganj Sector H',
        city: 'Lucknow',
        district: 'Lucknow',
        state: 'UP',
        postalCode: '226024',
      },
      identifier: { type: 'PAN', value: 'DKQPQ2290H' },
    },
    intake: {
      presentingComplaint:
        'Headaches with flashing zig-zag lines before them, three or four times a month, for two ' +
        'years. Tablets have not helped and a neurologist suggests monthly injections.',
      symptoms: [
        {
          description: 'One-sided throbbing headache with nausea',
          onsetDate: '2024-10-01',
          severity: 8,
        },
        {
          description: 'Zig-zag lights in the vision for 20 minutes before the headache',
          onsetDate: '2024-10-01',
          severity: 5,
        },
      ],
      conditions: [
        {
          text: 'Migraine with aura',
          code: { system: 'ICD-10', code: 'G43.1' },
          onsetDate: '2024-10-15',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Propranolol',
          dose: '40 mg',
          frequency: 'twice daily',
          route: 'oral',
          effectiveStart: '2025-03-01',
        },
        {
          medication: 'Naproxen',
          dose: '500 mg',
          frequency: 'at the start of a headache',
          route: 'oral',
        },
      ],
      allergies: [{ substance: 'Penicillin', reaction: 'Hives', severity: 'MODERATE' }],
      investigations: [{ name: 'MRI brain', date: '2026-06-12', result: 'Normal study' }],
      treatingPractitioner: {
        fullName: 'Dr. Alok Srivastava',
        specialty: 'Neurology',
        hospital: 'Gomti Nagar Neuro Clinic',
        city: 'Lucknow',
      },
      treatmentAdvised: 'Monthly injections of a CGRP antibody (erenumab).',
      reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
      reasonDetail: 'The injections are costly; I want to know what else could be tried first.',
      questions: [
        'Should I try another preventive tablet before the injections?',
        'Is it safe to use the injections if I plan a pregnancy next year?',
      ],
      patientLocation: { city: 'Lucknow', state: 'UP' },
    },
  },
  {
    stage: 'PANEL_REQUESTED',
    login: 'venkatesh.gudipati@example.org',
    registration: {
      fullName: 'Venkatesh Rao Gudipati',
      nameLocal: 'వెంకటేష్ రావు గుడిపాటి',
      birthDate: '1962-05-19',
      gender: 'MALE',
      phone: '+919000009104',
      preferredLanguage: 'te',
      address: {
        line1: 'Plot 41, Road No. 5, Banjara Hills',
        city: 'Hyderabad',
        district: 'Hyderabad',
        state: 'TS',
        postalCode: '500034',
      },
      identifier: { type: 'PAN', value: 'EGVPG5561C' },
    },
    intake: {
      presentingComplaint:
        'Chest tightness on walking uphill for three months. The angiogram shows blockages in ' +
        'three heart arteries; one cardiologist advises bypass surgery, another stents.',
      symptoms: [
        {
          description: 'Chest tightness on exertion, relieved by rest',
          onsetDate: '2026-08-10',
          severity: 6,
        },
      ],
      conditions: [
        {
          text: 'Triple vessel coronary artery disease',
          code: { system: 'ICD-10', code: 'I25.1' },
          onsetDate: '2026-10-28',
          clinicalStatus: 'ACTIVE',
        },
        {
          text: 'Type 2 diabetes mellitus',
          code: { system: 'ICD-10', code: 'E11.9' },
          onsetDate: '2012-02-01',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Aspirin',
          dose: '75 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2026-10-28',
        },
        {
          medication: 'Atorvastatin',
          dose: '80 mg',
          frequency: 'at night',
          route: 'oral',
          effectiveStart: '2026-10-28',
        },
        {
          medication: 'Metformin',
          dose: '1000 mg',
          frequency: 'twice daily',
          route: 'oral',
          effectiveStart: '2012-02-01',
        },
      ],
      noKnownAllergies: true,
      procedures: [
        {
          name: 'Coronary angiography',
          performedDate: '2026-10-28',
          location: 'Jubilee Hills Heart Institute, Hyderabad',
        },
      ],
      investigations: [
        {
          name: 'Echocardiogram',
          date: '2026-10-26',
          result: 'LVEF 50%, mild inferior hypokinesia',
        },
        { name: 'HbA1c', date: '2026-10-20', result: '7.8%' },
      ],
      treatingPractitioner: {
        fullName: 'Dr. K. Srinivas',
        specialty: 'Cardiology',
        hospital: 'Jubilee Hills Heart Institute',
        city: 'Hyderabad',
      },
      treatmentAdvised: 'Coronary artery bypass grafting (CABG), or stents (PCI) in three vessels.',
      reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
      reasonDetail: 'My two doctors disagree; I want a heart team to weigh bypass against stents.',
      questions: [
        'With diabetes and three blocked arteries, is bypass better than stents for me?',
        'How long is the recovery after each?',
      ],
      patientLocation: { city: 'Hyderabad', state: 'TS' },
    },
    panel: {
      mode: 'PLATFORM_CHOOSES',
      preferredSize: 'BOARD',
      specialties: ['Cardiology', 'Cardiothoracic and Vascular Surgery'],
    },
  },
  {
    stage: 'AWAITING_CONFIRMATION',
    login: 'anjali.verma@example.org',
    registration: {
      fullName: 'Anjali Verma',
      nameLocal: 'अंजलि वर्मा',
      birthDate: '1988-02-27',
      gender: 'FEMALE',
      phone: '+919000009105',
      preferredLanguage: 'hi',
      address: {
        line1: 'E-5/112, Arera Colony',
        city: 'Bhopal',
        district: 'Bhopal',
        state: 'MP',
        postalCode: '462016',
      },
      identifier: { type: 'PAN', value: 'FHVPV8834K' },
    },
    intake: {
      presentingComplaint:
        'A 3 cm lump in the right breast. The biopsy shows triple-negative breast cancer and I ' +
        'have been advised chemotherapy before surgery.',
      symptoms: [
        { description: 'Firm lump in the right breast', onsetDate: '2026-09-20', severity: 3 },
      ],
      conditions: [
        {
          text: 'Carcinoma of the right breast, triple negative',
          code: { system: 'ICD-10', code: 'C50.9' },
          onsetDate: '2026-10-30',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [],
      noKnownAllergies: true,
      procedures: [
        {
          name: 'Core needle biopsy of the right breast',
          performedDate: '2026-10-28',
          location: 'Bhopal Memorial Cancer Centre',
        },
      ],
      investigations: [
        {
          name: 'Histopathology with receptors',
          date: '2026-10-30',
          result: 'Invasive ductal carcinoma grade 3; ER 0%, PR 0%, HER2 1+',
        },
        {
          name: 'PET-CT',
          date: '2026-11-06',
          result: 'No distant disease; one enlarged right axillary node',
        },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Rashmi Tiwari',
        specialty: 'Medical Oncology',
        hospital: 'Bhopal Memorial Cancer Centre',
        city: 'Bhopal',
      },
      treatmentAdvised: 'Neoadjuvant chemotherapy with pembrolizumab, then surgery.',
      reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
      reasonDetail:
        'I want to know whether immunotherapy adds enough to be worth its cost and side effects.',
      questions: [
        'Is chemotherapy before surgery the best order for me?',
        'Does pembrolizumab add enough benefit in my case?',
        'Can I keep my breast after the chemotherapy?',
      ],
      patientLocation: { city: 'Bhopal', state: 'MP' },
    },
    panel: { mode: 'MULTIPLE', specialists: [0, 2] },
  },
  {
    stage: 'ACTIVE',
    login: 'lalitha.krishnan@example.org',
    registration: {
      fullName: 'Lalitha Krishnan',
      nameLocal: 'ಲಲಿತಾ ಕೃಷ್ಣನ್',
      birthDate: '1970-09-14',
      gender: 'FEMALE',
      phone: '+919000009106',
      preferredLanguage: 'kn',
      address: {
        line1: '88, 9th Main, Jayanagar 4th Block',
        city: 'Bengaluru',
        district: 'Bengaluru Urban',
        state: 'KA',
        postalCode: '560011',
      },
      identifier: { type: 'PAN', value: 'GLKPK1902D' },
    },
    intake: {
      presentingComplaint:
        'Early breast cancer treated with surgery; the tumour is hormone-sensitive and I have ' +
        'been advised chemotherapy as well as hormone tablets for ten years.',
      symptoms: [
        {
          description: 'Small lump in the left breast found on a screening mammogram',
          onsetDate: '2026-08-02',
          severity: 1,
        },
      ],
      conditions: [
        {
          text: 'Carcinoma of the left breast, ER/PR positive, HER2 negative',
          code: { system: 'ICD-10', code: 'C50.4' },
          onsetDate: '2026-08-20',
          clinicalStatus: 'ACTIVE',
        },
        {
          text: 'Hypothyroidism',
          code: { system: 'ICD-10', code: 'E03.9' },
          onsetDate: '2010-06-01',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Levothyroxine',
          dose: '75 mcg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2010-06-01',
        },
      ],
      allergies: [
        { substance: 'Iodinated contrast', reaction: 'Itching and wheeze', severity: 'MODERATE' },
      ],
      procedures: [
        {
          name: 'Left breast-conserving surgery with sentinel node biopsy',
          performedDate: '2026-09-18',
          location: 'Jayanagar General Hospital, Bengaluru',
        },
      ],
      investigations: [
        {
          name: 'Histopathology',
          date: '2026-09-24',
          result: 'IDC grade 2, 1.8 cm, 0/3 nodes; ER 90%, PR 60%, HER2 negative, Ki-67 22%',
        },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Prakash Hegde',
        specialty: 'Surgical Oncology',
        hospital: 'Jayanagar General Hospital',
        city: 'Bengaluru',
      },
      treatmentAdvised: 'Four cycles of chemotherapy, radiotherapy, then letrozole for ten years.',
      reasonForSecondOpinion: 'REASSURANCE',
      reasonDetail: 'I would like to know whether a genomic test could spare me chemotherapy.',
      questions: [
        'Would a genomic test such as Oncotype DX change the advice on chemotherapy?',
        'Is ten years of letrozole better than five for me?',
      ],
      patientLocation: { city: 'Bengaluru', state: 'KA' },
    },
    panel: { mode: 'SINGLE', specialists: [0] },
    gpSummary: true,
  },
  {
    stage: 'INFO_REQUESTED',
    login: 'ramesh.patel@example.org',
    registration: {
      fullName: 'Ramesh Chandra Patel',
      nameLocal: 'રમેશ ચંદ્ર પટેલ',
      birthDate: '1959-12-03',
      gender: 'MALE',
      phone: '+919000009107',
      preferredLanguage: 'gu',
      address: {
        line1: '5, Shantiniketan Society, Navrangpura',
        city: 'Ahmedabad',
        district: 'Ahmedabad',
        state: 'GJ',
        postalCode: '380009',
      },
      identifier: { type: 'PAN', value: 'HRPPP6678E' },
    },
    intake: {
      presentingComplaint:
        'Breathlessness on climbing one floor for six months. I had a heart attack in 2023 and ' +
        'a stent; now my cardiologist advises a second angiography and possibly more stents.',
      symptoms: [
        {
          description: 'Breathlessness on climbing one floor of stairs',
          onsetDate: '2026-05-15',
          severity: 6,
        },
        { description: 'Swelling of both ankles by evening', onsetDate: '2026-08-01', severity: 3 },
      ],
      conditions: [
        {
          text: 'Old myocardial infarction',
          code: { system: 'ICD-10', code: 'I25.2' },
          onsetDate: '2023-03-11',
          clinicalStatus: 'INACTIVE',
        },
        {
          text: 'Ischaemic cardiomyopathy',
          code: { system: 'ICD-10', code: 'I25.5' },
          onsetDate: '2026-06-20',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Clopidogrel',
          dose: '75 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2023-03-12',
        },
        {
          medication: 'Rosuvastatin',
          dose: '20 mg',
          frequency: 'at night',
          route: 'oral',
          effectiveStart: '2023-03-12',
        },
        {
          medication: 'Furosemide',
          dose: '20 mg',
          frequency: 'in the morning',
          route: 'oral',
          effectiveStart: '2026-08-05',
        },
      ],
      allergies: [{ substance: 'Aspirin', reaction: 'Stomach bleeding', severity: 'SEVERE' }],
      procedures: [
        {
          name: 'Primary angioplasty with a stent to the left anterior descending artery',
          performedDate: '2023-03-11',
          location: 'Sola Civil Heart Centre, Ahmedabad',
        },
      ],
      investigations: [
        { name: 'Echocardiogram', date: '2026-06-20', result: 'LVEF 35%, anterior wall akinesia' },
        { name: 'NT-proBNP', date: '2026-06-20', result: '1,850 pg/mL' },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Nirav Shah',
        specialty: 'Cardiology',
        hospital: 'Sola Civil Heart Centre',
        city: 'Ahmedabad',
      },
      treatmentAdvised: 'Repeat coronary angiography, more stents if needed, and an ICD later.',
      reasonForSecondOpinion: 'INADEQUATE_RESPONSE',
      reasonDetail: 'My breathlessness has not improved with the present tablets.',
      questions: [
        'Do I need another angiography now, or should the heart-failure medicines be increased first?',
        'Do I need a defibrillator (ICD)?',
      ],
      patientLocation: { city: 'Ahmedabad', state: 'GJ' },
    },
    panel: { mode: 'SINGLE', specialists: [3] },
    // Dr Rahul Menon sees patients on Mondays and Wednesdays, 07:00–08:30
    appointment: { weekdays: [1, 3], localTime: '07:30' },
    infoRequest: {
      kind: 'TEST',
      question:
        'Please upload a fresh echocardiogram and a 24-hour Holter report, done after you have ' +
        'taken the present tablets for at least three months.',
    },
  },
  {
    stage: 'OPINIONS_READY',
    login: 'priya.nair@example.org',
    registration: {
      fullName: 'Priya Nair',
      nameLocal: 'പ്രിയ നായർ',
      birthDate: '1999-04-30',
      gender: 'FEMALE',
      phone: '+919000009108',
      preferredLanguage: 'ml',
      address: {
        line1: 'TC 25/1431, Vazhuthacaud',
        city: 'Thiruvananthapuram',
        district: 'Thiruvananthapuram',
        state: 'KL',
        postalCode: '695014',
      },
      identifier: { type: 'PAN', value: 'JPNPN3345F' },
    },
    intake: {
      presentingComplaint:
        'I have had jerks in the mornings and two fits since I was 16, controlled with sodium ' +
        'valproate. I plan to marry next year and want to know whether I should change the medicine.',
      symptoms: [
        {
          description: 'Brief jerks of the arms in the first hour after waking',
          onsetDate: '2015-06-01',
          severity: 3,
        },
      ],
      conditions: [
        {
          text: 'Juvenile myoclonic epilepsy',
          code: { system: 'ICD-10', code: 'G40.3' },
          onsetDate: '2015-08-14',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Sodium valproate',
          dose: '500 mg',
          frequency: 'twice daily',
          route: 'oral',
          effectiveStart: '2015-08-20',
        },
        {
          medication: 'Folic acid',
          dose: '5 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2026-09-01',
        },
      ],
      noKnownAllergies: true,
      investigations: [
        {
          name: 'EEG',
          date: '2026-07-09',
          result: 'Generalised 4-6 Hz polyspike-and-wave discharges, photoparoxysmal response',
        },
        { name: 'MRI brain', date: '2015-09-02', result: 'Normal' },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Thomas Mathew',
        specialty: 'Neurology',
        hospital: 'Medical College Hospital',
        city: 'Thiruvananthapuram',
      },
      treatmentAdvised: 'Continue valproate; consider levetiracetam before a pregnancy.',
      reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
      reasonDetail:
        'I want to understand the risks of valproate in pregnancy and how to switch safely.',
      questions: [
        'Should I switch from valproate to another medicine before a pregnancy?',
        'How should the switch be done, and how long before trying to conceive?',
      ],
      patientLocation: { city: 'Thiruvananthapuram', state: 'KL' },
    },
    panel: { mode: 'SINGLE', specialists: [4] },
    // the referral note is in: operations can check the case file and deliver the report
    gpSummary: true,
    referralNote: {
      history:
        'Ms Nair, 27, has juvenile myoclonic epilepsy since 16, controlled on sodium valproate ' +
        '500 mg twice daily with morning jerks only; she plans a pregnancy next year and takes ' +
        'folic acid 5 mg daily.',
      keyFindings: [
        'Juvenile myoclonic epilepsy (G40.3), seizure-free on valproate',
        'EEG July 2026: generalised polyspike-and-wave, photoparoxysmal response',
      ],
      questions: ['Should valproate be changed before a pregnancy, and how?'],
    },
    opinion: {
      diagnosisAssessment: 'CONFIRMED',
      recommendedTreatment:
        'Change from sodium valproate to levetiracetam over eight weeks before trying to ' +
        'conceive, and continue folic acid 5 mg daily.',
      alternatives: [
        {
          option: 'Lamotrigine instead of levetiracetam',
          pros: 'Well studied in pregnancy; few mood side effects.',
          cons: 'Can worsen myoclonic jerks in juvenile myoclonic epilepsy.',
        },
        {
          option: 'Stay on the lowest effective dose of valproate',
          pros: 'Seizures stay controlled without a change.',
          cons: 'A higher risk of birth defects and of developmental problems in the child.',
        },
      ],
      answers: [
        'Yes. Valproate carries the highest risk in pregnancy of the epilepsy medicines; ' +
          'levetiracetam controls juvenile myoclonic epilepsy well and is much safer.',
        'Add levetiracetam and raise it over four weeks, then taper valproate over the next ' +
          'four. Wait until you have been free of seizures for three months on levetiracetam ' +
          'alone, about six months in all.',
      ],
      furtherTests: ['Sleep-deprived EEG three months after the change'],
      notes: 'Keep a seizure diary and avoid missing sleep during the change.',
    },
  },
  {
    stage: 'REPORT_DELIVERED',
    login: 'farhan.shaikh@example.org',
    sharedWithInsurer: true,
    registration: {
      fullName: 'Farhan Shaikh',
      nameLocal: 'फ़रहान शेख़',
      birthDate: '1971-02-17',
      gender: 'MALE',
      phone: '+919000009110',
      preferredLanguage: 'hi',
      address: {
        line1: 'Flat 7, Noor Manzil, Mohammed Ali Road',
        city: 'Mumbai',
        district: 'Mumbai',
        state: 'MH',
        postalCode: '400003',
      },
      identifier: { type: 'PAN', value: 'KQFPS7812M' },
    },
    intake: {
      presentingComplaint:
        'Chest tightness on climbing stairs for three months. An angiogram showed a blocked ' +
        'artery and my cardiologist advises a stent; I want to know whether medicines alone are enough.',
      symptoms: [
        {
          description: 'Tightness in the centre of the chest after two flights of stairs',
          onsetDate: '2026-08-20',
          severity: 5,
        },
      ],
      conditions: [
        {
          text: 'Stable angina',
          code: { system: 'ICD-10', code: 'I20.8' },
          onsetDate: '2026-09-05',
          clinicalStatus: 'ACTIVE',
        },
        {
          text: 'Type 2 diabetes mellitus',
          code: { system: 'ICD-10', code: 'E11.9' },
          onsetDate: '2014-03-01',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Aspirin',
          dose: '75 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2026-09-05',
        },
        {
          medication: 'Atorvastatin',
          dose: '40 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2026-09-05',
        },
        {
          medication: 'Metformin',
          dose: '500 mg',
          frequency: 'twice daily',
          route: 'oral',
          effectiveStart: '2014-03-10',
        },
      ],
      noKnownAllergies: true,
      investigations: [
        {
          name: 'Coronary angiogram',
          date: '2026-10-12',
          result: '80% narrowing of the proximal left anterior descending artery; others normal',
        },
        { name: 'Echocardiogram', date: '2026-10-02', result: 'Ejection fraction 58%' },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Nitin Kulkarni',
        specialty: 'Cardiology',
        hospital: 'City Heart Hospital',
        city: 'Mumbai',
      },
      treatmentAdvised:
        'Angioplasty with a drug-eluting stent to the left anterior descending artery.',
      reasonForSecondOpinion: 'ALTERNATIVES_PROS_CONS',
      reasonDetail:
        'I would like to know whether a stent is needed now or medicines can be tried first.',
      questions: [
        'Do I need a stent now, or can I try medicines first?',
        'If I have the stent, how long must I take the blood thinners?',
      ],
      patientLocation: { city: 'Mumbai', state: 'MH' },
    },
    panel: { mode: 'SINGLE', specialists: [3] },
    gpSummary: true,
    referralNote: {
      history:
        'Mr Shaikh, 55, with type 2 diabetes for twelve years, has had exertional chest ' +
        'tightness for three months; an angiogram in October showed an 80% proximal LAD stenosis ' +
        'with normal left ventricular function. He has been advised a drug-eluting stent.',
      keyFindings: [
        'Stable angina, Canadian class II, on aspirin and atorvastatin',
        '80% proximal LAD stenosis; ejection fraction 58%',
      ],
      questions: [
        'Is optimal medical therapy a reasonable first step, and when would a stent be needed?',
      ],
    },
    opinion: {
      diagnosisAssessment: 'CONFIRMED',
      recommendedTreatment:
        'Angioplasty with a drug-eluting stent to the proximal LAD, with aspirin and ticagrelor ' +
        'for twelve months, a high-dose statin and tighter control of blood sugar.',
      alternatives: [
        {
          option: 'Medicines alone for now',
          pros: 'No procedure; many people with stable angina do well on medicines.',
          cons: 'A proximal LAD narrowing supplies much of the heart; symptoms limit him today.',
        },
        {
          option: 'Bypass surgery',
          pros: 'Durable for disease of several arteries.',
          cons: 'A larger operation than needed for a single narrowing.',
        },
      ],
      answers: [
        'A stent is reasonable now because the narrowing is proximal and you have symptoms on ' +
          'two flights of stairs; medicines alone are an option if you prefer to wait, with a ' +
          'stress test in three months.',
        'Aspirin for life; the second blood thinner (ticagrelor) for twelve months.',
      ],
      furtherTests: ['HbA1c and lipid profile in three months'],
      notes: 'Cardiac rehabilitation after the procedure; stop smoking if you smoke.',
    },
  },
  {
    stage: 'CLOSED',
    login: 'dinesh.yadav@example.org',
    registration: {
      fullName: 'Dinesh Kumar Yadav',
      nameLocal: 'दिनेश कुमार यादव',
      birthDate: '1979-08-16',
      gender: 'MALE',
      phone: '+919000009109',
      preferredLanguage: 'hi',
      address: {
        line1: 'House 12, Road 4, Rajendra Nagar',
        city: 'Patna',
        district: 'Patna',
        state: 'BR',
        postalCode: '800016',
      },
      identifier: { type: 'PAN', value: 'KDYPY9021G' },
    },
    intake: {
      presentingComplaint:
        'Low back pain going down the left leg for four months after lifting a heavy box. The ' +
        'MRI shows a disc bulge and surgery has been advised.',
      symptoms: [
        {
          description: 'Low back pain radiating to the left leg',
          onsetDate: '2026-07-20',
          severity: 7,
        },
      ],
      conditions: [
        {
          text: 'Lumbar disc herniation at L4-L5 with radiculopathy',
          code: { system: 'ICD-10', code: 'M51.1' },
          onsetDate: '2026-08-05',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Pregabalin',
          dose: '75 mg',
          frequency: 'at night',
          route: 'oral',
          effectiveStart: '2026-08-05',
        },
      ],
      noKnownAllergies: true,
      investigations: [
        {
          name: 'MRI lumbar spine',
          date: '2026-08-04',
          result: 'Left paracentral disc extrusion at L4-L5 touching the L5 root',
        },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Manish Sinha',
        specialty: 'Neurosurgery',
        hospital: 'Patliputra Spine Hospital',
        city: 'Patna',
      },
      treatmentAdvised: 'Microdiscectomy at L4-L5.',
      reasonForSecondOpinion: 'REASSURANCE',
      reasonDetail: 'I want to know if physiotherapy could avoid the operation.',
      questions: ['Can I avoid surgery with physiotherapy and an epidural injection?'],
      patientLocation: { city: 'Patna', state: 'BR' },
    },
    erasureReason: 'My pain settled with physiotherapy; please delete my details.',
  },
  {
    stage: 'CANCELLED',
    login: 'sunita.sharma@example.org',
    registration: {
      fullName: 'Sunita Devi Sharma',
      nameLocal: 'सुनीता देवी शर्मा',
      birthDate: '1965-03-09',
      gender: 'FEMALE',
      phone: '+919000009110',
      preferredLanguage: 'hi',
      address: {
        line1: 'C-44, Malviya Nagar',
        city: 'Jaipur',
        district: 'Jaipur',
        state: 'RJ',
        postalCode: '302017',
      },
      identifier: { type: 'PAN', value: 'LSSPS4410H' },
    },
    intake: {
      presentingComplaint:
        'Breathlessness and palpitations for a year. I had rheumatic fever as a child; the echo ' +
        'shows a narrowed mitral valve and a balloon procedure has been advised.',
      symptoms: [
        { description: 'Breathlessness on walking briskly', onsetDate: '2025-11-01', severity: 5 },
        { description: 'Fast irregular heartbeat at times', onsetDate: '2026-03-01', severity: 4 },
      ],
      conditions: [
        {
          text: 'Rheumatic mitral stenosis',
          code: { system: 'ICD-10', code: 'I05.0' },
          onsetDate: '2026-04-10',
          clinicalStatus: 'ACTIVE',
        },
      ],
      medications: [
        {
          medication: 'Metoprolol succinate',
          dose: '25 mg',
          frequency: 'once daily',
          route: 'oral',
          effectiveStart: '2026-04-12',
        },
        {
          medication: 'Benzathine penicillin',
          dose: '1.2 million units',
          frequency: 'every three weeks',
          route: 'intramuscular',
          effectiveStart: '1978-01-01',
        },
      ],
      noKnownAllergies: true,
      investigations: [
        {
          name: 'Echocardiogram',
          date: '2026-10-14',
          result: 'Mitral valve area 1.1 cm², Wilkins score 7, no clot in the left atrium',
        },
      ],
      treatingPractitioner: {
        fullName: 'Dr. Anil Mathur',
        specialty: 'Cardiology',
        hospital: 'Pink City Heart Hospital',
        city: 'Jaipur',
      },
      treatmentAdvised: 'Balloon mitral valvotomy.',
      reasonForSecondOpinion: 'RIGHT_DOCTOR_OR_HOSPITAL',
      reasonDetail: 'I want to know whether the procedure is better done at a larger centre.',
      questions: ['Is a balloon valvotomy right for my valve, or will I need a valve replacement?'],
      patientLocation: { city: 'Jaipur', state: 'RJ' },
    },
    panel: { mode: 'SINGLE', specialists: [3] },
    cancelReason:
      'My cardiologist has booked the procedure next week, so I no longer need the opinion.',
  },
];
