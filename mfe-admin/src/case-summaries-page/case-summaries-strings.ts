import { addTranslations } from '@consilium/web-kit';

/** The strings of the "Case summaries" page (namespace `admin`, keys `sum.*`). */
addTranslations('admin', {
  en: {
    'sum.nav': 'Case summaries',
    'sum.intro':
      'A GP writes each case’s summary, which doubles as the referral note for the specialists. It is due 48 hours after the patient’s consent (aim: 24); overdue summaries come first.',
    'sum.patient': 'Patient',
    'sum.gp': 'GP',
    'sum.due': 'Due',
    'sum.status': 'Summary',
    'sum.action': 'Give to',
    'sum.notConsented': 'After the patient consents',
    'sum.overdue': 'Overdue',
    'sum.lateBy': 'was due {{at}}',
    'sum.status.DRAFT': 'Draft',
    'sum.status.FINAL': 'Submitted {{at}}',
    'sum.none': 'No GP has been given a case yet.',
    'sum.chooseGp': 'Choose a GP',
    'sum.gpFor': 'GP for the case of {{name}}',
    'sum.assign': 'Assign',
    'sum.reassign': 'Reassign',
    'sum.assigned': '{{gp}} now writes the summary of {{name}}’s case.',
    'sum.noGps': 'There are no GP accounts yet. Add one under Accounts.',
    'sum.waitingTitle': 'Cases waiting for a GP',
    'sum.waitingIntro':
      'Submitted cases (newest first) that no GP has been given yet. A GP given a case before the consent gets the due time once the patient consents.',
    'sum.noneWaiting': 'Every submitted case on this page has a GP.',
    'sum.stage': 'Stage',
    'sum.error.choose': 'Choose the GP first.',
    'sum.error.conflict':
      'This summary can no longer be given to another GP: it was submitted, or the case was closed.',
    'sum.error.notFound':
      'The records service has not heard of this case yet. Try again in a moment.',
    'sum.error.network': 'Consilium could not be reached. Check the connection and try again.',
  },
  hi: {
    'sum.nav': 'केस सारांश',
    'sum.intro':
      'हर केस का सारांश एक जीपी लिखते हैं, जो विशेषज्ञों के लिए रेफ़रल नोट भी है। यह मरीज़ की सहमति के 48 घंटे में देय है (लक्ष्य: 24); जिनका समय निकल गया है वे सबसे ऊपर हैं।',
    'sum.patient': 'मरीज़',
    'sum.gp': 'जीपी',
    'sum.due': 'देय',
    'sum.status': 'सारांश',
    'sum.action': 'किसे दें',
    'sum.notConsented': 'मरीज़ की सहमति के बाद',
    'sum.overdue': 'समय निकल गया',
    'sum.lateBy': '{{at}} तक देय था',
    'sum.status.DRAFT': 'मसौदा',
    'sum.status.FINAL': '{{at}} को जमा',
    'sum.none': 'अभी किसी जीपी को कोई केस नहीं दिया गया है।',
    'sum.chooseGp': 'जीपी चुनें',
    'sum.gpFor': '{{name}} के केस के लिए जीपी',
    'sum.assign': 'सौंपें',
    'sum.reassign': 'दूसरे को सौंपें',
    'sum.assigned': 'अब {{gp}} {{name}} के केस का सारांश लिखेंगे।',
    'sum.noGps': 'अभी कोई जीपी खाता नहीं है। खाते में जाकर एक जोड़ें।',
    'sum.waitingTitle': 'जीपी की प्रतीक्षा में केस',
    'sum.waitingIntro':
      'जमा किए गए केस (नए पहले) जिन्हें अभी किसी जीपी को नहीं दिया गया। सहमति से पहले दिए गए केस का देय समय मरीज़ की सहमति के बाद तय होता है।',
    'sum.noneWaiting': 'इस पेज के हर जमा केस का जीपी है।',
    'sum.stage': 'चरण',
    'sum.error.choose': 'पहले जीपी चुनें।',
    'sum.error.conflict':
      'यह सारांश अब किसी दूसरे जीपी को नहीं दिया जा सकता: यह जमा हो चुका है, या केस बंद हो गया है।',
    'sum.error.notFound':
      'रिकॉर्ड सेवा को अभी इस केस की जानकारी नहीं मिली है। थोड़ी देर में फिर से कोशिश करें।',
    'sum.error.network': 'कॉन्सिलियम से संपर्क नहीं हो सका। कनेक्शन जाँचें और फिर से कोशिश करें।',
  },
});
