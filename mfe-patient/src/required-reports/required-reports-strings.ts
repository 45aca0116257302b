import { addTranslations } from '@consilium/web-kit';

/** Strings of the "reports the specialists usually need" list (namespace `patient`). */
addTranslations('patient', {
  en: {
    'reports.title': 'Reports the specialists usually need',
    'reports.intro':
      'For cases like this one, specialists usually ask for these reports. Sending them now avoids waiting for a request later.',
    'reports.none': 'No particular reports are listed for this case.',
    'reports.present': 'Uploaded',
    'reports.missing': 'Not uploaded yet',
    'reports.because': 'Because of: {{because}}',
    'reports.status': 'Status',
    'reports.report': 'Report',
  },
  hi: {
    'reports.title': 'विशेषज्ञों को आमतौर पर चाहिए रिपोर्टें',
    'reports.intro':
      'ऐसे केस में विशेषज्ञ आमतौर पर ये रिपोर्टें माँगते हैं। इन्हें अभी भेजने से बाद में अनुरोध का इंतज़ार नहीं करना पड़ता।',
    'reports.none': 'इस केस के लिए कोई विशेष रिपोर्ट सूचीबद्ध नहीं है।',
    'reports.present': 'अपलोड हो चुकी',
    'reports.missing': 'अभी अपलोड नहीं हुई',
    'reports.because': 'कारण: {{because}}',
    'reports.status': 'स्थिति',
    'reports.report': 'रिपोर्ट',
  },
});
