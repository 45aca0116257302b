/**
 * India's states and union territories by ISO 3166-2:IN subdivision code (as revised in 2023:
 * CG, OD, TS, UK; DH since the 2020 merger of Dadra and Nagar Haveli with Daman and Diu).
 */
export const INDIAN_STATES = {
  AN: { en: 'Andaman and Nicobar Islands', hi: 'अंडमान और निकोबार द्वीपसमूह' },
  AP: { en: 'Andhra Pradesh', hi: 'आंध्र प्रदेश' },
  AR: { en: 'Arunachal Pradesh', hi: 'अरुणाचल प्रदेश' },
  AS: { en: 'Assam', hi: 'असम' },
  BR: { en: 'Bihar', hi: 'बिहार' },
  CH: { en: 'Chandigarh', hi: 'चंडीगढ़' },
  CG: { en: 'Chhattisgarh', hi: 'छत्तीसगढ़' },
  DH: { en: 'Dadra and Nagar Haveli and Daman and Diu', hi: 'दादरा और नगर हवेली और दमन और दीव' },
  DL: { en: 'Delhi', hi: 'दिल्ली' },
  GA: { en: 'Goa', hi: 'गोवा' },
  GJ: { en: 'Gujarat', hi: 'गुजरात' },
  HR: { en: 'Haryana', hi: 'हरियाणा' },
  HP: { en: 'Himachal Pradesh', hi: 'हिमाचल प्रदेश' },
  JK: { en: 'Jammu and Kashmir', hi: 'जम्मू और कश्मीर' },
  JH: { en: 'Jharkhand', hi: 'झारखंड' },
  KA: { en: 'Karnataka', hi: 'कर्नाटक' },
  KL: { en: 'Kerala', hi: 'केरल' },
  LA: { en: 'Ladakh', hi: 'लद्दाख' },
  LD: { en: 'Lakshadweep', hi: 'लक्षद्वीप' },
  MP: { en: 'Madhya Pradesh', hi: 'मध्य प्रदेश' },
  MH: { en: 'Maharashtra', hi: 'महाराष्ट्र' },
  MN: { en: 'Manipur', hi: 'मणिपुर' },
  ML: { en: 'Meghalaya', hi: 'मेघालय' },
  MZ: { en: 'Mizoram', hi: 'मिज़ोरम' },
  NL: { en: 'Nagaland', hi: 'नागालैंड' },
  OD: { en: 'Odisha', hi: 'ओडिशा' },
  PY: { en: 'Puducherry', hi: 'पुदुचेरी' },
  PB: { en: 'Punjab', hi: 'पंजाब' },
  RJ: { en: 'Rajasthan', hi: 'राजस्थान' },
  SK: { en: 'Sikkim', hi: 'सिक्किम' },
  TN: { en: 'Tamil Nadu', hi: 'तमिलनाडु' },
  TS: { en: 'Telangana', hi: 'तेलंगाना' },
  TR: { en: 'Tripura', hi: 'त्रिपुरा' },
  UP: { en: 'Uttar Pradesh', hi: 'उत्तर प्रदेश' },
  UK: { en: 'Uttarakhand', hi: 'उत्तराखंड' },
  WB: { en: 'West Bengal', hi: 'पश्चिम बंगाल' },
} as const;
export type IndianState = keyof typeof INDIAN_STATES;
export const INDIAN_STATE_CODES = Object.keys(INDIAN_STATES) as [IndianState, ...IndianState[]];

/**
 * The languages a patient can prefer: English and the 22 languages of the Eighth Schedule of the
 * Constitution of India, by BCP 47 tag (FHIR R4 Patient.communication.language), with their own
 * names.
 */
export const PATIENT_LANGUAGES = {
  en: 'English',
  as: 'অসমীয়া (Assamese)',
  bn: 'বাংলা (Bengali)',
  brx: 'बड़ो (Bodo)',
  doi: 'डोगरी (Dogri)',
  gu: 'ગુજરાતી (Gujarati)',
  hi: 'हिन्दी (Hindi)',
  kn: 'ಕನ್ನಡ (Kannada)',
  ks: 'کٲشُر (Kashmiri)',
  kok: 'कोंकणी (Konkani)',
  mai: 'मैथिली (Maithili)',
  ml: 'മലയാളം (Malayalam)',
  mni: 'মৈতৈলোন্ (Manipuri)',
  mr: 'मराठी (Marathi)',
  ne: 'नेपाली (Nepali)',
  or: 'ଓଡ଼ିଆ (Odia)',
  pa: 'ਪੰਜਾਬੀ (Punjabi)',
  sa: 'संस्कृतम् (Sanskrit)',
  sat: 'ᱥᱟᱱᱛᱟᱲᱤ (Santali)',
  sd: 'سنڌي (Sindhi)',
  ta: 'தமிழ் (Tamil)',
  te: 'తెలుగు (Telugu)',
  ur: 'اردو (Urdu)',
} as const;
export type PatientLanguage = keyof typeof PATIENT_LANGUAGES;
export const PATIENT_LANGUAGE_CODES = Object.keys(PATIENT_LANGUAGES) as [
  PatientLanguage,
  ...PatientLanguage[],
];

/** An Indian postal index number: 6 digits, the first 1–9 (India Post). */
export const PIN_CODE = /^[1-9][0-9]{5}$/;
