import { addTranslations } from '@consilium/web-kit';

/** Strings of the delivered report on a case's page (namespace `patient`, keys `report.*`). */
addTranslations('patient', {
  en: {
    'report.title': 'Your report',
    'report.delivered':
      'Delivered on {{when}}: your history and reports, the GP’s referral note and the specialists’ signed opinions, in one file.',
    'report.download': 'Download the report (PDF)',
    'report.busy': 'Preparing the file…',
    'report.saved': 'Saved as {{fileName}}.',
    'report.failed': 'The report could not be downloaded just now. Please try again.',
  },
  hi: {
    'report.title': 'आपकी रिपोर्ट',
    'report.delivered':
      '{{when}} को भेजी गई: आपका इतिहास और रिपोर्टें, जीपी का रेफ़रल नोट और विशेषज्ञों की हस्ताक्षरित राय, एक फ़ाइल में।',
    'report.download': 'रिपोर्ट डाउनलोड करें (PDF)',
    'report.busy': 'फ़ाइल तैयार हो रही है…',
    'report.saved': '{{fileName}} नाम से सहेजी गई।',
    'report.failed': 'रिपोर्ट अभी डाउनलोड नहीं हो सकी। कृपया फिर से कोशिश करें।',
  },
});
