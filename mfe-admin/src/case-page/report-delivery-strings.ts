import { addTranslations } from '@consilium/web-kit';

/** The strings of a case's report delivery (namespace `admin`, keys `report.*`). */
addTranslations('admin', {
  en: {
    'report.title': 'Report to the patient',
    'report.delivered': 'Delivered on {{when}} by {{name}}.',
    'report.ready':
      'Every opinion is signed. Check the case file, then forward it to the patient: their history, reports, the GP’s referral note and the signed opinions.',
    'report.notYet':
      'The report can be delivered once every opinion is signed and the GP’s referral note is submitted.',
    'report.deliver': 'Deliver the report to the patient',
    'report.confirm':
      'Forward the case file with the signed opinions to the patient now? The case then takes no more opinions.',
    'report.busy': 'Delivering…',
    'report.failed': 'The report was not delivered: {{message}}',
  },
  hi: {
    'report.title': 'मरीज़ को रिपोर्ट',
    'report.delivered': '{{when}} को {{name}} ने भेजी।',
    'report.ready':
      'सभी राय पर हस्ताक्षर हो चुके हैं। केस फ़ाइल जाँचें, फिर मरीज़ को भेजें: उनका इतिहास, रिपोर्टें, जीपी का रेफ़रल नोट और हस्ताक्षरित राय।',
    'report.notYet': 'सभी राय पर हस्ताक्षर और जीपी का रेफ़रल नोट जमा होने के बाद रिपोर्ट भेजी जा सकती है।',
    'report.deliver': 'मरीज़ को रिपोर्ट भेजें',
    'report.confirm':
      'हस्ताक्षरित राय के साथ केस फ़ाइल अभी मरीज़ को भेजें? इसके बाद केस में और राय नहीं ली जाएगी।',
    'report.busy': 'भेजी जा रही है…',
    'report.failed': 'रिपोर्ट नहीं भेजी गई: {{message}}',
  },
});
