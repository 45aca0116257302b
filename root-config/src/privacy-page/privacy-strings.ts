import { addTranslations } from '@consilium/web-kit';

/** Strings of the privacy and grievances page (namespace `public`, keys `privacy.*`). */
addTranslations('public', {
  en: {
    'privacy.intro':
      'Your health data is yours. We use it only to arrange your second opinion and keep your health record, as our privacy notice explains and the Digital Personal Data Protection Act 2023 allows.',
    'privacy.noticeTitle': 'Our privacy notice',
    'privacy.noticeInForce': 'The privacy notice in force is version {{version}}, since {{date}}.',
    'privacy.noticePdf': 'Download the privacy notice (PDF, version {{version}})',
    'privacy.readHere': 'Read the privacy notice here',
    'privacy.rightsTitle': 'Your rights',
    'privacy.rights.access': 'See a summary of your personal data and with whom it was shared.',
    'privacy.rights.correct': 'Have it corrected, completed or updated.',
    'privacy.rights.erase': 'Have it erased: we destroy your health record.',
    'privacy.rights.withdraw':
      'Withdraw your consent at any time; this stops the work on your case from then on.',
    'privacy.rights.nominate': 'Name someone to act for you if you die or cannot act yourself.',
    'privacy.rights.complain':
      'Complain to our Grievance Officer, then to the Data Protection Board.',
    'privacy.grievanceTitle': 'Grievance Officer',
    'privacy.grievanceIntro':
      'Write to our Grievance Officer with any complaint about your personal data or about our service.',
    'privacy.officer': 'Officer',
    'privacy.email': 'Email',
    'privacy.address': 'Postal address',
    'privacy.responseTime': 'Response time',
    'privacy.responseValue':
      'We acknowledge your complaint within {{hours}} hours and answer it within {{days}} days.',
    'privacy.board':
      'If you are not satisfied with our answer, you may complain to the Data Protection Board of India.',
  },
  hi: {
    'privacy.intro':
      'आपका स्वास्थ्य डेटा आपका है। हम इसका उपयोग केवल आपकी दूसरी राय की व्यवस्था करने और आपका स्वास्थ्य रिकॉर्ड रखने के लिए करते हैं, जैसा हमारी गोपनीयता सूचना में बताया गया है और डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम 2023 अनुमति देता है।',
    'privacy.noticeTitle': 'हमारी गोपनीयता सूचना',
    'privacy.noticeInForce': 'लागू गोपनीयता सूचना का संस्करण {{version}} है, {{date}} से।',
    'privacy.noticePdf': 'गोपनीयता सूचना डाउनलोड करें (PDF, संस्करण {{version}})',
    'privacy.readHere': 'गोपनीयता सूचना यहीं पढ़ें',
    'privacy.rightsTitle': 'आपके अधिकार',
    'privacy.rights.access': 'अपने व्यक्तिगत डेटा का सारांश देखें, और यह कि वह किसके साथ साझा हुआ।',
    'privacy.rights.correct': 'उसे सुधरवाएँ, पूरा करवाएँ या अपडेट करवाएँ।',
    'privacy.rights.erase': 'उसे मिटवाएँ: हम आपका स्वास्थ्य रिकॉर्ड नष्ट कर देते हैं।',
    'privacy.rights.withdraw': 'कभी भी अपनी सहमति वापस लें; इसके बाद आपके केस पर काम रुक जाता है।',
    'privacy.rights.nominate':
      'किसी व्यक्ति को नामित करें, जो आपकी मृत्यु या असमर्थता की स्थिति में आपकी ओर से काम करे।',
    'privacy.rights.complain': 'हमारे शिकायत अधिकारी से, और फिर डेटा संरक्षण बोर्ड से शिकायत करें।',
    'privacy.grievanceTitle': 'शिकायत अधिकारी',
    'privacy.grievanceIntro':
      'अपने व्यक्तिगत डेटा या हमारी सेवा के बारे में कोई भी शिकायत हमारे शिकायत अधिकारी को लिखें।',
    'privacy.officer': 'अधिकारी',
    'privacy.email': 'ईमेल',
    'privacy.address': 'डाक पता',
    'privacy.responseTime': 'उत्तर का समय',
    'privacy.responseValue':
      'हम {{hours}} घंटों के भीतर आपकी शिकायत मिलने की पुष्टि करते हैं और {{days}} दिनों के भीतर उसका उत्तर देते हैं।',
    'privacy.board':
      'अगर आप हमारे उत्तर से संतुष्ट नहीं हैं, तो आप भारतीय डेटा संरक्षण बोर्ड से शिकायत कर सकते हैं।',
  },
});
