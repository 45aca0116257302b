import { addTranslations } from '@consilium/web-kit';

/**
 * Strings every public page shares (namespace `public`): the navigation, each page's title, and
 * loading and failure messages. Each page adds its own text to the same namespace.
 */
addTranslations('public', {
  en: {
    navLabel: 'About Consilium',
    'nav.howItWorks': 'How it works',
    'nav.reasons': 'Why a second opinion',
    'nav.prices': 'Prices',
    'nav.specialists': 'Our specialists',
    'nav.privacy': 'Privacy',
    'title.howItWorks': 'How Consilium works',
    'title.reasons': 'When to seek a second opinion',
    'title.prices': 'Prices',
    'title.specialists': 'Our specialists',
    'title.privacy': 'Privacy and grievances',
    loading: 'Loading…',
    loadFailed: 'This could not be loaded just now. Check your connection and try again.',
    retry: 'Try again',
    createAccount: 'Create an account',
  },
  hi: {
    navLabel: 'कॉन्सिलियम के बारे में',
    'nav.howItWorks': 'यह कैसे काम करता है',
    'nav.reasons': 'दूसरी राय क्यों',
    'nav.prices': 'शुल्क',
    'nav.specialists': 'हमारे विशेषज्ञ',
    'nav.privacy': 'गोपनीयता',
    'title.howItWorks': 'कॉन्सिलियम कैसे काम करता है',
    'title.reasons': 'दूसरी राय कब लें',
    'title.prices': 'शुल्क',
    'title.specialists': 'हमारे विशेषज्ञ',
    'title.privacy': 'गोपनीयता और शिकायतें',
    loading: 'लोड हो रहा है…',
    loadFailed: 'यह अभी लोड नहीं हो सका। अपना इंटरनेट कनेक्शन जाँचें और फिर से कोशिश करें।',
    retry: 'फिर से कोशिश करें',
    createAccount: 'खाता बनाएँ',
  },
});
