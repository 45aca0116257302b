import { DEMO_CASES, type DemoCase } from '@consilium/gateway/dist/demo/demo-cases';

/** The scenario-1 patient's sign-in (password DEMO_PASSWORD). */
export const BENCH_PATIENT_LOGIN = 'bench.patient@example.org';

const ACTIVE = DEMO_CASES.find((demo) => demo.stage === 'ACTIVE')!;

/** Eight investigations, each uploaded as a real report (PDF) by the patient. */
const INVESTIGATIONS = [
  ['Mammogram (bilateral)', '2026-08-02', 'BI-RADS 4 lesion, 1.8 cm, left upper outer quadrant'],
  ['Ultrasound breast', '2026-08-05', 'Irregular hypoechoic mass, no suspicious axillary node'],
  ['Core biopsy histopathology', '2026-08-12', 'Invasive ductal carcinoma, grade 2'],
  ['Histopathology (lumpectomy)', '2026-09-24', 'IDC grade 2, 1.8 cm, 0/3 nodes, margins clear'],
  ['Complete blood count', '2026-09-28', 'Haemoglobin 12.4 g/dL, counts normal'],
  ['Liver function tests', '2026-09-28', 'Within normal limits'],
  ['CT chest abdomen pelvis', '2026-10-02', 'No distant metastasis'],
  ['Echocardiogram', '2026-10-04', 'LVEF 62%, normal valves'],
].map(([name, date, result]) => ({ name, date, result }));

/**
 * The bench's own patient, taken through the real API to INFO_REQUESTED: a board of three demo
 * specialists (Sunanda Iyer, Vikram Sethi, Ananya Ghosh) who each logged a contact, a quote, a
 * captured payment, eight uploaded reports, a GP summary, a booked video appointment, a test
 * asked for, and the timeline those steps leave.
 */
export const BENCH_CASE: DemoCase = {
  ...ACTIVE,
  login: BENCH_PATIENT_LOGIN,
  registration: {
    ...ACTIVE.registration,
    fullName: 'Bench Patient',
    nameLocal: null,
    phone: '+919000019999',
    identifier: { type: 'PAN', value: 'BNCPP1234B' },
  },
  intake: { ...ACTIVE.intake, investigations: INVESTIGATIONS },
  stage: 'INFO_REQUESTED',
  panel: { mode: 'BOARD', specialists: [0, 1, 2] },
  gpSummary: true,
  infoRequest: {
    kind: 'TEST',
    question: 'Please upload the Ki-67 and Oncotype DX reports if they have been done.',
  },
  appointment: { weekdays: [1, 4], localTime: '18:30' },
};
