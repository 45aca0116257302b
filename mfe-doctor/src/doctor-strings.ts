import { addTranslations } from '@consilium/web-kit';

/** The doctor app's strings (namespace `doctor`). */
addTranslations('doctor', {
  en: {
    casePage: 'Case',
    sections: 'Doctor',
    invitations: 'Invitations',
    myProfile: 'My profile',
    caseOf: 'Case of {{name}}',
    backToCases: '← My assigned cases',
    reports: 'Reports',
    assignedCases: 'My assigned cases',
    greeting: '{{name}} · {{council}} registration {{number}}',
    noCases: 'No cases are assigned to you yet.',
    patient: 'Patient',
    stage: 'Stage',
    yourAnswer: 'Your answer',
    submitted: 'Submitted',
    notSubmitted: 'Not submitted yet',
    complaint: 'Presenting complaint',
    signInNeeded: 'Sign in as a specialist to see the cases assigned to you.',
    noSpecialistProfile:
      'Your account has no specialist profile yet, so no cases can be assigned to it. Operations staff can link one.',
    appError: 'Something went wrong in the doctor app. Reload the page to try again.',
  },
  hi: {
    casePage: 'केस',
    sections: 'डॉक्टर',
    invitations: 'आमंत्रण',
    myProfile: 'मेरी प्रोफ़ाइल',
    caseOf: '{{name}} का केस',
    backToCases: '← मुझे सौंपे गए केस',
    reports: 'रिपोर्टें',
    assignedCases: 'मुझे सौंपे गए केस',
    greeting: '{{name}} · {{council}} पंजीकरण {{number}}',
    noCases: 'अभी आपको कोई केस नहीं सौंपा गया है।',
    patient: 'मरीज़',
    stage: 'चरण',
    yourAnswer: 'आपका उत्तर',
    submitted: 'जमा किया गया',
    notSubmitted: 'अभी जमा नहीं हुआ',
    complaint: 'मुख्य समस्या',
    signInNeeded: 'आपको सौंपे गए केस देखने के लिए विशेषज्ञ के रूप में साइन इन करें।',
    noSpecialistProfile:
      'आपके खाते से अभी कोई विशेषज्ञ प्रोफ़ाइल जुड़ी नहीं है, इसलिए इसे केस नहीं सौंपे जा सकते। संचालन कर्मचारी इसे जोड़ सकते हैं।',
    appError: 'डॉक्टर ऐप में कुछ गड़बड़ हो गई। फिर से कोशिश करने के लिए पेज दोबारा लोड करें।',
  },
});
