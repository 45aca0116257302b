import { addTranslations } from '@consilium/web-kit';

/** Strings of the shell and the sign-in page (namespace `shell`). */
addTranslations('shell', {
  en: {
    brand: 'Consilium',
    tagline: 'Expert medical second opinions',
    navLabel: 'Main',
    patient: 'Patient',
    doctor: 'Doctor',
    admin: 'Operations',
    language: 'Language',
    signIn: 'Sign in',
    signOut: 'Sign out',
    signedInAs: 'Signed in as {{name}}',
    loadingApp: 'Loading…',
    appFailed:
      'This part of Consilium could not be loaded. The rest still works; reload the page to try again.',
    retry: 'Reload',
    signInTitle: 'Sign in',
    signInIntro: 'This demo platform has no passwords yet. Choose who you want to be:',
    signInAsPatient: 'Patient: {{name}}',
    signInAsSpecialist: 'Specialist: {{name}}',
    signInAsOperations: 'Operations staff: {{name}}',
    welcomeTitle: 'Welcome to Consilium',
    welcomeText:
      'Second opinions from India’s leading specialists, with your records kept safe for life.',
    notFound: 'There is no page at this address.',
  },
  hi: {
    brand: 'कॉन्सिलियम',
    tagline: 'विशेषज्ञ चिकित्सा दूसरी राय',
    navLabel: 'मुख्य',
    patient: 'मरीज़',
    doctor: 'डॉक्टर',
    admin: 'संचालन',
    language: 'भाषा',
    signIn: 'साइन इन करें',
    signOut: 'साइन आउट करें',
    signedInAs: '{{name}} के रूप में साइन इन',
    loadingApp: 'लोड हो रहा है…',
    appFailed:
      'कॉन्सिलियम का यह हिस्सा लोड नहीं हो सका। बाकी सब काम कर रहा है; फिर से कोशिश करने के लिए पेज दोबारा लोड करें।',
    retry: 'दोबारा लोड करें',
    signInTitle: 'साइन इन करें',
    signInIntro: 'इस डेमो प्लेटफ़ॉर्म में अभी पासवर्ड नहीं हैं। चुनें कि आप कौन बनना चाहते हैं:',
    signInAsPatient: 'मरीज़: {{name}}',
    signInAsSpecialist: 'विशेषज्ञ: {{name}}',
    signInAsOperations: 'संचालन कर्मचारी: {{name}}',
    welcomeTitle: 'कॉन्सिलियम में आपका स्वागत है',
    welcomeText: 'भारत के प्रमुख विशेषज्ञों से दूसरी राय, और आपके रिकॉर्ड जीवन भर सुरक्षित।',
    notFound: 'इस पते पर कोई पेज नहीं है।',
  },
});
