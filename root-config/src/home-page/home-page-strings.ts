import { addTranslations } from '@consilium/web-kit';

/** Strings of the public home page (namespace `public`, keys `home.*`). */
addTranslations('public', {
  en: {
    'home.title': 'Expert second opinions from India’s leading specialists',
    'home.lead':
      'Send your reports and questions from home. Verified specialists review your case, talk to you and write their opinion, and your records are kept safe for life.',
    'home.promise': 'Every specialist you choose contacts you within 48 hours of your payment.',
    'home.signedOut':
      'Create an account to ask for a second opinion, for yourself or for someone in your family, or sign in to your account.',
    'home.learnTitle': 'Before you start',
    'home.about.howItWorks':
      'The eight steps from registering to your written opinion, and what we do at each.',
    'home.about.reasons':
      'The six reasons patients and families most often give, each with an example.',
    'home.about.prices':
      'One fixed fee by the number of specialists, what it includes and what it does not.',
    'home.about.specialists': 'Some of the verified specialists you can choose.',
    'home.about.privacy':
      'How we protect your personal data, and whom to write to with a complaint.',
  },
  hi: {
    'home.title': 'भारत के प्रमुख विशेषज्ञों से दूसरी राय',
    'home.lead':
      'अपनी रिपोर्टें और प्रश्न घर बैठे भेजें। जाँचे-परखे विशेषज्ञ आपका केस देखते हैं, आपसे बात करते हैं और अपनी राय लिखकर देते हैं, और आपके रिकॉर्ड जीवन भर सुरक्षित रहते हैं।',
    'home.promise': 'आपका चुना हुआ हर विशेषज्ञ आपके भुगतान के 48 घंटों के भीतर आपसे संपर्क करता है।',
    'home.signedOut':
      'अपने लिए या परिवार के किसी सदस्य के लिए दूसरी राय माँगने के लिए खाता बनाएँ, या अपने खाते में साइन इन करें।',
    'home.learnTitle': 'शुरू करने से पहले',
    'home.about.howItWorks': 'पंजीकरण से लिखित राय तक के आठ चरण, और हर चरण पर हम क्या करते हैं।',
    'home.about.reasons':
      'मरीज़ और उनके परिवार दूसरी राय के जो छह कारण सबसे ज़्यादा बताते हैं, हर एक उदाहरण के साथ।',
    'home.about.prices': 'विशेषज्ञों की संख्या के अनुसार एक तय शुल्क, उसमें क्या शामिल है और क्या नहीं।',
    'home.about.specialists': 'कुछ जाँचे-परखे विशेषज्ञ, जिन्हें आप चुन सकते हैं।',
    'home.about.privacy': 'हम आपके व्यक्तिगत डेटा की रक्षा कैसे करते हैं, और शिकायत किसे लिखें।',
  },
});
