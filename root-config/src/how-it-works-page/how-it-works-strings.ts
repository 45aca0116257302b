import { addTranslations } from '@consilium/web-kit';

/** Strings of the "How it works" page (namespace `public`, keys `steps.*`). */
addTranslations('public', {
  en: {
    'steps.intro':
      'A second opinion on Consilium takes eight steps, from registering to your written opinion and a health record you keep for life. Here is what you do at each step, and what we do.',
    'steps.proxies':
      'A family member can take every step for the patient: a parent or guardian for a child under 18, or a relative for a patient who is elderly or too unwell. Everything they do is recorded in their own name.',
    'steps.promiseTitle': 'Our 48-hour promise',
    'steps.promise':
      'Within 48 hours of your payment, every specialist on your case contacts you. We track each contact, and if one is late our operations team steps in.',
    'steps.listTitle': 'The eight steps',
    'steps.stepTitle': 'Step {{number}}: {{title}}',
    'steps.youDo': 'What you do',
    'steps.weDo': 'What Consilium does',
    'steps.registration.title': 'Register',
    'steps.registration.you':
      'Create an account with your mobile number or email. Then give the patient’s name, date of birth, sex, address and preferred language. If you are acting for someone else, say how you are related to them.',
    'steps.registration.we':
      'We confirm your mobile number or email with a 6-digit code and keep your details private. A patient under 18 is registered only by a parent or guardian.',
    'steps.history.title': 'Tell us the medical history',
    'steps.history.you':
      'Describe the symptoms (when they started, for how long, how severe), the diagnoses, medicines, allergies, past operations and the treating doctor or hospital. Say why you want a second opinion and write down your questions for the specialists. Upload the reports as phone photos or scans (JPEG, PNG, HEIC or PDF).',
    'steps.history.we':
      'We tell you straight away when a photo is too blurred or too dark to read, show which reports a case like yours usually needs, and keep every file encrypted.',
    'steps.consent.title': 'Give your consent',
    'steps.consent.you':
      'Read the consent form (you can download it as a PDF first), choose “I agree” and sign on the screen. A parent, guardian or authorised family member signs for a patient who cannot.',
    'steps.consent.we':
      'We keep a record of exactly which version of the form was signed, by whom and when. You can withdraw your consent at any time.',
    'steps.doctors.title': 'Choose your doctors',
    'steps.doctors.you':
      'Read the profiles of our specialists (specialty, qualifications, AIIMS training, experience, languages, hospitals) and choose one, two, or a board of three or more. Or ask us to choose for you.',
    'steps.doctors.we':
      'We check every specialist’s medical registration before they are listed. When you ask us to choose, our team suggests specialists who fit your case, have time for it and speak your language, for you to approve.',
    'steps.payment.title': 'Confirmation and payment',
    'steps.payment.you':
      'Once your specialists have confirmed, pay the fixed fee for the number of specialists you chose.',
    'steps.payment.we':
      'We ask each specialist to confirm they can take your case; if one cannot, we offer you another. Your receipt lists what the fee includes. If your case cannot go ahead, we refund you.',
    'steps.consultation.title': 'Consultation',
    'steps.consultation.you':
      'Talk to your specialists by phone or video, or meet them in person if you agree a visit. Answer their questions and upload any further tests they ask for.',
    'steps.consultation.we':
      'Every specialist contacts you within 48 hours of your payment; we track this and step in when a contact is late. Appointment times are shown in your time zone (Indian Standard Time unless you change it).',
    'steps.review.title': 'Review of your case',
    'steps.review.you':
      'Nothing, unless a specialist asks you something. You can follow your case in your account.',
    'steps.review.we':
      'The specialists assess your case against current medical guidelines and write a structured opinion: whether the diagnosis is confirmed or revised, the treatment they recommend, the alternatives with their pros and cons, an answer to each of your questions, and any further tests. A board discusses your case and agrees on one opinion.',
    'steps.report.title': 'Report and lifetime record',
    'steps.report.you':
      'Read the opinions and download the report. Share your record with any doctor or hospital when you wish, or ask us to destroy it.',
    'steps.report.we':
      'We add the case to your lifetime health record, with a case summary by a general physician that also serves as a referral note. A link you share works only for the time you choose, can be withdrawn, and every use of it is logged.',
    'steps.seePrices': 'See the prices',
  },
  hi: {
    'steps.intro':
      'कॉन्सिलियम पर दूसरी राय के आठ चरण हैं: पंजीकरण से लेकर आपकी लिखित राय और जीवन भर साथ रहने वाले स्वास्थ्य रिकॉर्ड तक। हर चरण पर आप क्या करते हैं और हम क्या करते हैं, यह नीचे दिया गया है।',
    'steps.proxies':
      'परिवार का कोई सदस्य मरीज़ की ओर से हर चरण पूरा कर सकता है: 18 वर्ष से कम उम्र के बच्चे के लिए माता-पिता या अभिभावक, या किसी बुज़ुर्ग या बहुत बीमार मरीज़ के लिए कोई रिश्तेदार। वे जो भी करते हैं, वह उनके अपने नाम से दर्ज होता है।',
    'steps.promiseTitle': '48 घंटे का हमारा वादा',
    'steps.promise':
      'आपके भुगतान के 48 घंटों के भीतर आपके केस का हर विशेषज्ञ आपसे संपर्क करता है। हम हर संपर्क पर नज़र रखते हैं, और देर होने पर हमारी संचालन टीम तुरंत कदम उठाती है।',
    'steps.listTitle': 'आठ चरण',
    'steps.stepTitle': 'चरण {{number}}: {{title}}',
    'steps.youDo': 'आप क्या करते हैं',
    'steps.weDo': 'कॉन्सिलियम क्या करता है',
    'steps.registration.title': 'पंजीकरण',
    'steps.registration.you':
      'अपने मोबाइल नंबर या ईमेल से खाता बनाएँ। फिर मरीज़ का नाम, जन्म तिथि, लिंग, पता और पसंदीदा भाषा बताएँ। अगर आप किसी और की ओर से काम कर रहे हैं, तो बताएँ कि उनसे आपका क्या रिश्ता है।',
    'steps.registration.we':
      'हम 6 अंकों के कोड से आपके मोबाइल नंबर या ईमेल की पुष्टि करते हैं और आपकी जानकारी गोपनीय रखते हैं। 18 वर्ष से कम उम्र के मरीज़ का पंजीकरण केवल माता-पिता या अभिभावक ही कर सकते हैं।',
    'steps.history.title': 'चिकित्सा इतिहास बताएँ',
    'steps.history.you':
      'लक्षण बताएँ (कब शुरू हुए, कितने समय से हैं, कितने गंभीर हैं), साथ ही बीमारियाँ, दवाइयाँ, एलर्जी, पहले हुए ऑपरेशन और इलाज करने वाले डॉक्टर या अस्पताल। बताएँ कि आप दूसरी राय क्यों चाहते हैं और विशेषज्ञों के लिए अपने प्रश्न लिखें। रिपोर्टें फ़ोन से खींची फ़ोटो या स्कैन के रूप में अपलोड करें (JPEG, PNG, HEIC या PDF)।',
    'steps.history.we':
      'कोई फ़ोटो इतनी धुँधली या अँधेरी हो कि पढ़ी न जा सके, तो हम तुरंत बता देते हैं; आपके जैसे केस में आम तौर पर कौन-सी रिपोर्टें चाहिए, यह दिखाते हैं; और हर फ़ाइल एन्क्रिप्ट करके रखते हैं।',
    'steps.consent.title': 'अपनी सहमति दें',
    'steps.consent.you':
      'सहमति पत्र पढ़ें (चाहें तो पहले PDF डाउनलोड कर लें), “मैं सहमत हूँ” चुनें और स्क्रीन पर हस्ताक्षर करें। जो मरीज़ ख़ुद हस्ताक्षर नहीं कर सकते, उनकी ओर से माता-पिता, अभिभावक या अधिकृत परिजन हस्ताक्षर करते हैं।',
    'steps.consent.we':
      'हम ठीक-ठीक दर्ज करते हैं कि पत्र के किस संस्करण पर, किसने और कब हस्ताक्षर किए। आप कभी भी अपनी सहमति वापस ले सकते हैं।',
    'steps.doctors.title': 'अपने डॉक्टर चुनें',
    'steps.doctors.you':
      'हमारे विशेषज्ञों की प्रोफ़ाइल पढ़ें (विशेषज्ञता, योग्यताएँ, AIIMS प्रशिक्षण, अनुभव, भाषाएँ, अस्पताल) और एक, दो, या तीन या अधिक विशेषज्ञों का बोर्ड चुनें। या हमसे कहें कि हम आपके लिए चुनें।',
    'steps.doctors.we':
      'किसी भी विशेषज्ञ को सूची में जोड़ने से पहले हम उनका मेडिकल पंजीकरण जाँचते हैं। जब आप हमसे चुनने को कहते हैं, तो हमारी टीम ऐसे विशेषज्ञ सुझाती है जो आपके केस के लिए उपयुक्त हों, जिनके पास समय हो और जो आपकी भाषा बोलते हों; अंतिम मंज़ूरी आप देते हैं।',
    'steps.payment.title': 'पुष्टि और भुगतान',
    'steps.payment.you':
      'जब आपके विशेषज्ञ पुष्टि कर दें, तब चुने गए विशेषज्ञों की संख्या के अनुसार तय शुल्क का भुगतान करें।',
    'steps.payment.we':
      'हम हर विशेषज्ञ से पुष्टि करवाते हैं कि वे आपका केस ले सकते हैं; अगर कोई नहीं ले सकता, तो हम आपको दूसरा विशेषज्ञ सुझाते हैं। आपकी रसीद में लिखा होता है कि शुल्क में क्या शामिल है। अगर आपका केस आगे नहीं बढ़ सकता, तो हम पैसे लौटा देते हैं।',
    'steps.consultation.title': 'परामर्श',
    'steps.consultation.you':
      'अपने विशेषज्ञों से फ़ोन या वीडियो पर बात करें, या तय होने पर उनसे मिलने जाएँ। उनके प्रश्नों के उत्तर दें और वे जो और जाँचें माँगें, उनकी रिपोर्टें अपलोड करें।',
    'steps.consultation.we':
      'हर विशेषज्ञ आपके भुगतान के 48 घंटों के भीतर आपसे संपर्क करता है; हम इस पर नज़र रखते हैं और देर होने पर कदम उठाते हैं। अपॉइंटमेंट का समय आपके समय क्षेत्र में दिखता है (जब तक आप न बदलें, भारतीय मानक समय)।',
    'steps.review.title': 'आपके केस की समीक्षा',
    'steps.review.you':
      'कुछ नहीं, जब तक कोई विशेषज्ञ आपसे कुछ न पूछे। आप अपने खाते में अपने केस की प्रगति देख सकते हैं।',
    'steps.review.we':
      'विशेषज्ञ मौजूदा चिकित्सा दिशानिर्देशों के आधार पर आपके केस का आकलन करते हैं और एक व्यवस्थित राय लिखते हैं: निदान सही है या बदला गया, वे कौन-सा इलाज सुझाते हैं, दूसरे विकल्प और उनके फ़ायदे-नुकसान, आपके हर प्रश्न का उत्तर, और आगे की कोई जाँच। बोर्ड आपके केस पर मिलकर चर्चा करता है और एक साझा राय पर सहमत होता है।',
    'steps.report.title': 'रिपोर्ट और आजीवन रिकॉर्ड',
    'steps.report.you':
      'राय पढ़ें और रिपोर्ट डाउनलोड करें। जब चाहें, अपना रिकॉर्ड किसी भी डॉक्टर या अस्पताल के साथ साझा करें, या हमसे उसे नष्ट करने को कहें।',
    'steps.report.we':
      'हम यह केस आपके आजीवन स्वास्थ्य रिकॉर्ड में जोड़ते हैं, साथ में एक जनरल फ़िज़िशियन का लिखा केस सारांश, जो रेफ़रल नोट का काम भी करता है। आपका साझा किया गया लिंक उतने ही समय चलता है जितना आप चुनें, उसे वापस लिया जा सकता है, और उसका हर उपयोग दर्ज होता है।',
    'steps.seePrices': 'शुल्क देखें',
  },
});
