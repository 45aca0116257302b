import type { Specialty } from '../specialist/specialty-catalog';

/** One row of the mapping table: what in a case points to which specialties, and how strongly. */
export interface SpecialtyRule {
  /** ICD-10 code prefixes, e.g. `I2` for I20–I29 (matched against the case's condition codes) */
  icd10?: string[];
  /** a pattern looked for in the case's words (conditions, symptoms, treatment advised, reason) */
  words?: RegExp;
  /** the specialties it points to, weight 0–1 (1: the specialty for this problem) */
  specialties: Partial<Record<Specialty, number>>;
  /** a word that, found in a specialist's sub-specialty, makes them a closer fit */
  subSpecialty?: string;
  /** why, as shown to operations staff and the patient */
  why: string;
}

/**
 * The transparent mapping from a case to the specialties that should see it (issue 8: "a
 * transparent mapping table, not a black box"). Codes are WHO ICD-10 blocks; weights were set by
 * our clinical lead from the usual referral pathway for each problem. A case's fit for a specialty
 * is the highest weight any matching row gives it.
 */
export const SPECIALTY_RULES: SpecialtyRule[] = [
  {
    icd10: ['C50'],
    specialties: { 'Medical Oncology': 1, 'Surgical Oncology': 0.9, 'Radiation Oncology': 0.9 },
    subSpecialty: 'breast',
    why: 'breast cancer (ICD-10 C50)',
  },
  {
    icd10: ['C'],
    specialties: { 'Medical Oncology': 1, 'Surgical Oncology': 0.7, 'Radiation Oncology': 0.7 },
    why: 'cancer (ICD-10 C00–C97)',
  },
  {
    icd10: ['D5', 'D6', 'D7'],
    specialties: { Haematology: 0.6 },
    why: 'blood disorder (ICD-10 D50–D89)',
  },
  {
    icd10: ['E0'],
    specialties: { Endocrinology: 0.7, 'Endocrine Surgery': 0.4 },
    subSpecialty: 'thyroid',
    why: 'thyroid disorder (ICD-10 E00–E07)',
  },
  {
    icd10: ['E10', 'E11', 'E12', 'E13', 'E14'],
    specialties: { Endocrinology: 0.8 },
    subSpecialty: 'diabetes',
    why: 'diabetes (ICD-10 E10–E14)',
  },
  {
    icd10: ['E78'],
    specialties: { Cardiology: 0.3, Endocrinology: 0.3 },
    why: 'lipid disorder (ICD-10 E78)',
  },
  {
    icd10: ['G40', 'G41'],
    specialties: { Neurology: 1 },
    subSpecialty: 'epilep',
    why: 'epilepsy (ICD-10 G40–G41)',
  },
  {
    icd10: ['I60', 'I61', 'I62', 'I63', 'I64'],
    specialties: { Neurology: 1, Neurosurgery: 0.5 },
    subSpecialty: 'stroke',
    why: 'stroke (ICD-10 I60–I64)',
  },
  {
    icd10: ['I10', 'I11', 'I12', 'I13', 'I15'],
    specialties: { Cardiology: 0.4, Nephrology: 0.3 },
    why: 'high blood pressure (ICD-10 I10–I15)',
  },
  {
    icd10: ['I20', 'I21', 'I22', 'I23', 'I24', 'I25'],
    specialties: { Cardiology: 1, 'Cardiothoracic and Vascular Surgery': 0.9 },
    why: 'ischaemic heart disease (ICD-10 I20–I25)',
  },
  {
    icd10: ['I50'],
    specialties: { Cardiology: 0.8 },
    subSpecialty: 'heart failure',
    why: 'heart failure (ICD-10 I50)',
  },
  {
    icd10: ['J45', 'J44', 'J84'],
    specialties: { Pulmonology: 0.6 },
    why: 'lung disease (ICD-10 J44–J84)',
  },
  {
    icd10: ['K2', 'K5', 'K9'],
    specialties: { Gastroenterology: 0.5 },
    why: 'digestive disorder (ICD-10 K20–K93)',
  },
  {
    icd10: ['K7'],
    specialties: { Hepatology: 0.9, Gastroenterology: 0.6 },
    why: 'liver disease (ICD-10 K70–K77)',
  },
  {
    icd10: ['M05', 'M06', 'M32'],
    specialties: { Rheumatology: 1 },
    why: 'inflammatory arthritis or lupus (ICD-10 M05–M32)',
  },
  {
    icd10: ['M16', 'M17'],
    specialties: { Orthopaedics: 1 },
    subSpecialty: 'arthroplasty',
    why: 'hip or knee arthritis (ICD-10 M16–M17)',
  },
  {
    icd10: ['M47', 'M48', 'M50', 'M51', 'M54'],
    specialties: { 'Spine Surgery': 1, Orthopaedics: 0.6, Neurosurgery: 0.6 },
    why: 'spine disorder (ICD-10 M47–M54)',
  },
  {
    icd10: ['N18', 'N17', 'N04'],
    specialties: { Nephrology: 1 },
    why: 'kidney disease (ICD-10 N04–N18)',
  },
  {
    icd10: ['N40', 'N20'],
    specialties: { Urology: 0.6 },
    why: 'prostate or kidney stone (ICD-10 N20, N40)',
  },
  {
    icd10: ['O'],
    specialties: { 'Obstetrics and Gynaecology': 1 },
    why: 'pregnancy (ICD-10 O00–O9A)',
  },
  { icd10: ['F'], specialties: { Psychiatry: 0.8 }, why: 'mental health (ICD-10 F00–F99)' },
  { icd10: ['L'], specialties: { Dermatology: 0.8 }, why: 'skin disease (ICD-10 L00–L99)' },
  { icd10: ['H3'], specialties: { Ophthalmology: 1 }, why: 'retinal disease (ICD-10 H30–H36)' },
  {
    words: /\b(cabg|bypass graft|bypass surgery|off-pump|on-pump)/,
    specialties: { 'Cardiothoracic and Vascular Surgery': 1 },
    subSpecialty: 'cabg',
    why: 'bypass surgery (CABG) is being considered',
  },
  {
    words: /\b(pci|angioplasty|stent)/,
    specialties: { Cardiology: 1 },
    subSpecialty: 'interventional',
    why: 'angioplasty (PCI) is being considered',
  },
  {
    words: /\b(heart attack|myocardial|chest pain|chest tightness|angina)/,
    specialties: { Cardiology: 0.9 },
    why: 'chest pain or a heart attack',
  },
  {
    words: /\bdialysis\b/,
    specialties: { Nephrology: 1 },
    subSpecialty: 'dialysis',
    why: 'dialysis is being considered',
  },
  { words: /\b(kidney|renal|egfr)\b/, specialties: { Nephrology: 0.8 }, why: 'kidney function' },
  {
    words: /\b(discectomy|slipped disc|disc prolapse|sciatica|spinal)/,
    specialties: { 'Spine Surgery': 1, Neurosurgery: 0.6 },
    why: 'spine surgery is being considered',
  },
  {
    words: /\b(seizure|epilep|absence|staring spells)/,
    specialties: { Neurology: 1 },
    subSpecialty: 'epilep',
    why: 'seizures',
  },
  {
    words: /\b(radiotherapy|radiation)\b/,
    specialties: { 'Radiation Oncology': 1 },
    why: 'radiotherapy is being considered',
  },
  {
    words: /\b(chemotherapy|trastuzumab|targeted therapy|immunotherapy|her2)/,
    specialties: { 'Medical Oncology': 1 },
    why: 'cancer drug treatment is being considered',
  },
  {
    words: /\b(mastectomy|lumpectomy|oncoplastic)/,
    specialties: { 'Surgical Oncology': 0.9 },
    subSpecialty: 'breast',
    why: 'breast surgery',
  },
  { words: /\bbreast\b/, specialties: {}, subSpecialty: 'breast', why: 'breast' },
  {
    words: /\bdiabet/,
    specialties: { Endocrinology: 0.7 },
    subSpecialty: 'diabetes',
    why: 'diabetes',
  },
  {
    words: /\bthyroid/,
    specialties: { Endocrinology: 0.6 },
    subSpecialty: 'thyroid',
    why: 'thyroid',
  },
  {
    words: /\b(knee replacement|hip replacement|arthroplasty)/,
    specialties: { Orthopaedics: 1 },
    subSpecialty: 'arthroplasty',
    why: 'joint replacement is being considered',
  },
];

/**
 * For a patient under 18, the children's specialty replaces the adult one where we list one
 * (the adult specialty keeps half its weight).
 */
export const PAEDIATRIC_SPECIALTY: Partial<Record<Specialty, Specialty>> = {
  Neurology: 'Paediatric Neurology',
  Cardiology: 'Paediatric Cardiology',
  'General Surgery': 'Paediatric Surgery',
  'General Medicine': 'Paediatrics',
};
