/**
 * The standard list of specialties a specialist is listed under: the broad and super-specialty
 * qualifications the National Medical Commission recognises (MD/MS and DM/MCh subjects), named as
 * Indian hospitals name their departments. Onboarding refuses any other name, so directory filters
 * and the matching table (`matching/specialty-map.ts`) always agree.
 */
export const SPECIALTIES = [
  'Anaesthesiology',
  'Cardiology',
  'Cardiothoracic and Vascular Surgery',
  'Clinical Haematology',
  'Dermatology',
  'Endocrine Surgery',
  'Endocrinology',
  'ENT',
  'Gastroenterology',
  'General Medicine',
  'General Surgery',
  'Geriatric Medicine',
  'Gynaecologic Oncology',
  'Haematology',
  'Hepatology',
  'Infectious Diseases',
  'Medical Genetics',
  'Medical Oncology',
  'Nephrology',
  'Neurology',
  'Neurosurgery',
  'Nuclear Medicine',
  'Obstetrics and Gynaecology',
  'Ophthalmology',
  'Orthopaedics',
  'Paediatric Cardiology',
  'Paediatric Neurology',
  'Paediatric Surgery',
  'Paediatrics',
  'Pathology',
  'Plastic and Reconstructive Surgery',
  'Psychiatry',
  'Pulmonology',
  'Radiation Oncology',
  'Radiodiagnosis',
  'Rheumatology',
  'Spine Surgery',
  'Surgical Gastroenterology',
  'Surgical Oncology',
  'Urology',
] as const;

/** One specialty name from the standard list. */
export type Specialty = (typeof SPECIALTIES)[number];

/**
 * Whether a name is on the standard list (exact spelling).
 * @param name - a specialty as entered
 * @returns true when listed
 */
export function isSpecialty(name: string): name is Specialty {
  return (SPECIALTIES as readonly string[]).includes(name);
}
