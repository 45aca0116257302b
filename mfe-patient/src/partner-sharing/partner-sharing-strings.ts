import { addTranslations } from '@consilium/web-kit';

/** Strings of the case page's "Share with an organisation" section (namespace `patient`). */
addTranslations('patient', {
  en: {
    'partners.title': 'Share with an organisation',
    'partners.explain':
      'Your insurer, employer or hospital can follow this case if you allow it: they see its stage, the dates and the number and names of your doctors, never your history, reports or the doctors’ opinions.',
    'partners.organisation': 'Organisation',
    'partners.choose': 'Choose an organisation',
    'partners.includeReport': 'Also let them download the final report',
    'partners.includeReportHint': 'Only once it is delivered. You can change this later.',
    'partners.share': 'Share',
    'partners.chooseFirst': 'Choose the organisation to share with.',
    'partners.none': 'This case is not shared with any organisation.',
    'partners.current': 'Shared with',
    'partners.since': 'since {{date}}',
    'partners.withReport': 'status and final report',
    'partners.statusOnly': 'status only',
    'partners.revoke': 'Stop sharing with {{name}}',
    'partners.revokeConfirm': 'Stop sharing this case with {{name}}? They lose access at once.',
    'partners.shared': 'Shared with {{name}}.',
    'partners.revoked': 'No longer shared with {{name}}.',
    'partners.noOrganisations': 'No organisation can receive cases just now.',
  },
  hi: {
    'partners.title': 'किसी संस्था के साथ साझा करें',
    'partners.explain':
      'आप अनुमति दें तो आपकी बीमा कंपनी, नियोक्ता या अस्पताल इस केस को देख सकते हैं: उन्हें इसका चरण, तारीखें और आपके डॉक्टरों की संख्या और नाम दिखते हैं, आपका इतिहास, रिपोर्ट या डॉक्टरों की राय कभी नहीं।',
    'partners.organisation': 'संस्था',
    'partners.choose': 'एक संस्था चुनें',
    'partners.includeReport': 'उन्हें अंतिम रिपोर्ट डाउनलोड करने भी दें',
    'partners.includeReportHint': 'सिर्फ़ रिपोर्ट मिलने के बाद। आप इसे बाद में बदल सकते हैं।',
    'partners.share': 'साझा करें',
    'partners.chooseFirst': 'साझा करने के लिए संस्था चुनें।',
    'partners.none': 'यह केस किसी संस्था के साथ साझा नहीं है।',
    'partners.current': 'इनके साथ साझा',
    'partners.since': '{{date}} से',
    'partners.withReport': 'स्थिति और अंतिम रिपोर्ट',
    'partners.statusOnly': 'सिर्फ़ स्थिति',
    'partners.revoke': '{{name}} के साथ साझा करना बंद करें',
    'partners.revokeConfirm': 'इस केस को {{name}} के साथ साझा करना बंद करें? उनकी पहुँच तुरंत बंद हो जाएगी।',
    'partners.shared': '{{name}} के साथ साझा किया गया।',
    'partners.revoked': 'अब {{name}} के साथ साझा नहीं है।',
    'partners.noOrganisations': 'अभी कोई संस्था केस नहीं ले सकती।',
  },
});
