import { addTranslations } from '@consilium/web-kit';

/** Strings of the page where a referred patient claims their case (namespace `patient`). */
addTranslations('patient', {
  en: {
    'referral.link': 'I have an invitation code',
    'referral.title': 'Complete a request started for you',
    'referral.explain':
      'Your insurer, employer or hospital started a second-opinion request for you and we sent you a code. Enter it to add the request to your cases; you then complete it like any other. They see only how it progresses, never your history, reports or the doctors’ opinions.',
    'referral.code': 'Invitation code',
    'referral.codeHint': 'Eight letters and digits, e.g. K7QH-3MZP.',
    'referral.codeRequired': 'Enter the code from the message we sent you.',
    'referral.claim': 'Add to my cases',
    'referral.onlyPatients':
      'Sign in with your own patient account (the email or phone the code was sent to) to add this request.',
  },
  hi: {
    'referral.link': 'मेरे पास आमंत्रण कोड है',
    'referral.title': 'आपके लिए शुरू किया गया अनुरोध पूरा करें',
    'referral.explain':
      'आपकी बीमा कंपनी, नियोक्ता या अस्पताल ने आपके लिए सेकंड ओपिनियन का अनुरोध शुरू किया है और हमने आपको एक कोड भेजा है। अनुरोध को अपने केसों में जोड़ने के लिए इसे डालें; फिर आप इसे किसी दूसरे केस की तरह पूरा करें। उन्हें सिर्फ़ यह दिखता है कि यह कहाँ तक पहुँचा, आपका इतिहास, रिपोर्ट या डॉक्टरों की राय कभी नहीं।',
    'referral.code': 'आमंत्रण कोड',
    'referral.codeHint': 'आठ अक्षर और अंक, जैसे K7QH-3MZP।',
    'referral.codeRequired': 'हमारे भेजे संदेश का कोड डालें।',
    'referral.claim': 'मेरे केसों में जोड़ें',
    'referral.onlyPatients':
      'यह अनुरोध जोड़ने के लिए अपने मरीज़ खाते से साइन इन करें (वही ईमेल या फ़ोन जिस पर कोड भेजा गया)।',
  },
});
