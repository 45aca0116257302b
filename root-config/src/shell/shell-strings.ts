import { addTranslations } from '@consilium/web-kit';

/** Strings of the shell: header, navigation, account menu (namespace `shell`). */
addTranslations('shell', {
  en: {
    brand: 'Consilium',
    skipToContent: 'Skip to content',
    tagline: 'Expert medical second opinions',
    navLabel: 'Main',
    patient: 'Patient',
    doctor: 'Doctor',
    admin: 'Operations',
    language: 'Language',
    signIn: 'Sign in',
    createAccount: 'Create an account',
    signOut: 'Sign out',
    signOutEverywhere: 'Sign out on all devices',
    accountMenu: 'Account:',
    signedInAs: 'Signed in as {{name}}',
    loadingApp: 'Loading…',
    appFailed:
      'This part of Consilium could not be loaded. The rest still works; reload the page to try again.',
    retry: 'Reload',
    goToYourPage: 'Go to your page',
    notFound: 'There is no page at this address.',
  },
  hi: {
    brand: 'कॉन्सिलियम',
    skipToContent: 'मुख्य सामग्री पर जाएँ',
    tagline: 'विशेषज्ञ चिकित्सा दूसरी राय',
    navLabel: 'मुख्य',
    patient: 'मरीज़',
    doctor: 'डॉक्टर',
    admin: 'संचालन',
    language: 'भाषा',
    signIn: 'साइन इन करें',
    createAccount: 'खाता बनाएँ',
    signOut: 'साइन आउट करें',
    signOutEverywhere: 'सभी डिवाइस पर साइन आउट करें',
    accountMenu: 'खाता:',
    signedInAs: '{{name}} के रूप में साइन इन',
    loadingApp: 'लोड हो रहा है…',
    appFailed:
      'कॉन्सिलियम का यह हिस्सा लोड नहीं हो सका। बाकी सब काम कर रहा है; फिर से कोशिश करने के लिए पेज दोबारा लोड करें।',
    retry: 'दोबारा लोड करें',
    goToYourPage: 'अपने पेज पर जाएँ',
    notFound: 'इस पते पर कोई पेज नहीं है।',
  },
});
