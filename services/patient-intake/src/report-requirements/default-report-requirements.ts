import type { DocumentKind } from '@consilium/validation';
import { SecondOpinionReason } from '../case/second-opinion-reason.enum';

/** A completeness rule as shipped. */
interface DefaultRequirement {
  conditionCodes: string[];
  conditionKeywords: string[];
  reasons?: SecondOpinionReason[];
  documentKind: DocumentKind;
  titleEn: string;
  titleHi: string;
}

/**
 * The completeness table the platform ships with (issue 6's examples, extended to the common
 * second-opinion conditions); operations staff edit it in the admin app.
 */
export const DEFAULT_REPORT_REQUIREMENTS: DefaultRequirement[] = [
  {
    conditionCodes: ['C50'],
    conditionKeywords: ['breast cancer', 'carcinoma breast', 'breast carcinoma'],
    documentKind: 'PATHOLOGY_REPORT',
    titleEn: 'Histopathology (biopsy or surgery) report with receptor status (ER, PR, HER2)',
    titleHi: 'रिसेप्टर स्थिति (ER, PR, HER2) सहित हिस्टोपैथोलॉजी (बायोप्सी या सर्जरी) रिपोर्ट',
  },
  {
    conditionCodes: ['C50'],
    conditionKeywords: ['breast cancer', 'carcinoma breast', 'breast carcinoma'],
    documentKind: 'IMAGING_REPORT',
    titleEn: 'Breast imaging report (mammogram, ultrasound or MRI)',
    titleHi: 'स्तन इमेजिंग रिपोर्ट (मैमोग्राम, अल्ट्रासाउंड या MRI)',
  },
  {
    conditionCodes: ['M51', 'M50', 'M54.1'],
    conditionKeywords: ['disc herniation', 'disc prolapse', 'slipped disc', 'sciatica'],
    documentKind: 'IMAGING_REPORT',
    titleEn: 'MRI report of the spine',
    titleHi: 'रीढ़ की MRI रिपोर्ट',
  },
  {
    conditionCodes: ['N18'],
    conditionKeywords: ['chronic kidney disease', 'ckd', 'renal failure', 'dialysis'],
    documentKind: 'LAB_REPORT',
    titleEn: 'Kidney function trend: creatinine and eGFR over the last 6–12 months',
    titleHi: 'गुर्दे की कार्यक्षमता का रुझान: पिछले 6–12 महीनों का क्रिएटिनिन और eGFR',
  },
  {
    conditionCodes: ['N18'],
    conditionKeywords: ['chronic kidney disease', 'ckd', 'renal failure'],
    documentKind: 'IMAGING_REPORT',
    titleEn: 'Ultrasound of the kidneys',
    titleHi: 'गुर्दों का अल्ट्रासाउंड',
  },
  {
    conditionCodes: ['G40', 'G41'],
    conditionKeywords: ['epilepsy', 'seizure', 'convulsion'],
    documentKind: 'LAB_REPORT',
    titleEn: 'EEG report',
    titleHi: 'EEG रिपोर्ट',
  },
  {
    conditionCodes: ['I20', 'I21', 'I25'],
    conditionKeywords: [
      'coronary artery disease',
      'angina',
      'heart attack',
      'myocardial infarction',
    ],
    documentKind: 'IMAGING_REPORT',
    titleEn: 'Coronary angiography report',
    titleHi: 'कोरोनरी एंजियोग्राफी रिपोर्ट',
  },
  {
    conditionCodes: ['I20', 'I21', 'I25', 'I50'],
    conditionKeywords: ['coronary artery disease', 'heart failure', 'myocardial infarction'],
    documentKind: 'IMAGING_REPORT',
    titleEn: 'Echocardiography report',
    titleHi: 'इकोकार्डियोग्राफी रिपोर्ट',
  },
  {
    conditionCodes: [],
    conditionKeywords: [],
    reasons: [SecondOpinionReason.PAYER_OR_EMPLOYER_REQUIREMENT],
    documentKind: 'OTHER',
    titleEn: 'The insurer’s or employer’s letter asking for a second opinion',
    titleHi: 'दूसरी राय माँगने वाला बीमा कंपनी या नियोक्ता का पत्र',
  },
];
