import { addTranslations } from '@consilium/web-kit';

/** Strings of the "When to seek a second opinion" page (namespace `public`, keys `reasons.*`). */
addTranslations('public', {
  en: {
    'reasons.intro':
      'Asking for a second opinion is a normal part of good care, and doctors ask each other for one all the time. When you start a case, you tell us why you want one. These are the six reasons patients and families give.',
    'reasons.example': 'For example:',
    'reasons.ALTERNATIVES_PROS_CONS.title': 'Weighing the treatment options',
    'reasons.ALTERNATIVES_PROS_CONS.text':
      'There is more than one way to treat the condition, and you want a specialist to set out the pros and cons of each: an operation or not, or radiotherapy, immunotherapy or targeted therapy.',
    'reasons.ALTERNATIVES_PROS_CONS.example':
      'Rekha’s father, 64, has lung cancer with an EGFR mutation. His oncologist has offered radiotherapy; the family asks a board of three specialists to compare it with immunotherapy and targeted therapy for his case.',
    'reasons.INADEQUATE_RESPONSE.title': 'Answers that left you unsure',
    'reasons.INADEQUATE_RESPONSE.text':
      'Your questions were not answered, the answers did not satisfy you, or the treatment is not working as you were told it would.',
    'reasons.INADEQUATE_RESPONSE.example':
      'Sanjay’s kidney function has been falling for a year, and his clinic visits are too short for his questions. A nephrologist reads all his reports and answers each question in writing.',
    'reasons.REASSURANCE.title': 'Reassurance before you decide',
    'reasons.REASSURANCE.text':
      'You trust your doctor’s plan, but the decision is a big one and you want to be sure before you go ahead.',
    'reasons.REASSURANCE.example':
      'Anita, 41, has been advised an operation for a slipped disc in her lower back. Before she books it, a spine surgeon reviews her MRI and tells her whether surgery is the right next step.',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.title': 'Finding the right doctor or hospital',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.text':
      'You know which treatment is needed, but not who should give it or where.',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.example':
      'Harish’s mother in Patna needs heart valve surgery. A cardiologist advises what kind of centre and surgeon her case needs, and whether travelling to a bigger city is worth it.',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.title': 'Your insurer or employer asks for one',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.text':
      'An insurer, an employer or another payer needs an independent opinion before it approves a costly treatment.',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.example':
      'Farhan’s health insurer asks for an independent orthopaedic opinion before it approves his planned knee replacement.',
    'reasons.SPECIALIST_REFERRAL.title': 'Your doctor refers you to a specialist',
    'reasons.SPECIALIST_REFERRAL.text':
      'Your own doctor wants a specialist’s view before deciding the next step, or there is no such specialist nearby.',
    'reasons.SPECIALIST_REFERRAL.example':
      'A family doctor in Mysuru refers a 30-year-old teacher, whose seizures have come back despite her medicines, to a neurologist who specialises in epilepsy.',
    'reasons.questions':
      'Whatever your reason, write down your questions when you start your case: every specialist answers each one in their opinion.',
  },
  hi: {
    'reasons.intro':
      'दूसरी राय लेना अच्छे इलाज का एक सामान्य हिस्सा है, और डॉक्टर भी आपस में अक्सर एक-दूसरे की राय लेते हैं। केस शुरू करते समय आप हमें बताते हैं कि आप दूसरी राय क्यों चाहते हैं। मरीज़ और उनके परिवार ये छह कारण बताते हैं।',
    'reasons.example': 'उदाहरण:',
    'reasons.ALTERNATIVES_PROS_CONS.title': 'इलाज के विकल्पों को परखना',
    'reasons.ALTERNATIVES_PROS_CONS.text':
      'बीमारी का इलाज एक से ज़्यादा तरीक़ों से हो सकता है, और आप चाहते हैं कि कोई विशेषज्ञ हर तरीक़े के फ़ायदे और नुकसान समझाए: ऑपरेशन हो या नहीं, या रेडियोथेरेपी, इम्यूनोथेरेपी या टार्गेटेड थेरेपी।',
    'reasons.ALTERNATIVES_PROS_CONS.example':
      'रेखा के 64 वर्षीय पिता को EGFR म्यूटेशन वाला फेफड़ों का कैंसर है। उनके ऑन्कोलॉजिस्ट ने रेडियोथेरेपी सुझाई है; परिवार तीन विशेषज्ञों के बोर्ड से कहता है कि उनके केस में इसकी तुलना इम्यूनोथेरेपी और टार्गेटेड थेरेपी से करे।',
    'reasons.INADEQUATE_RESPONSE.title': 'जवाबों से संतुष्ट न होना',
    'reasons.INADEQUATE_RESPONSE.text':
      'आपके प्रश्नों के उत्तर नहीं मिले, मिले उत्तरों से आप संतुष्ट नहीं हैं, या इलाज वैसा असर नहीं कर रहा जैसा बताया गया था।',
    'reasons.INADEQUATE_RESPONSE.example':
      'संजय के गुर्दों की कार्यक्षमता एक साल से घट रही है, और क्लिनिक में मिलने का समय उनके प्रश्नों के लिए कम पड़ता है। एक नेफ़्रोलॉजिस्ट उनकी सारी रिपोर्टें पढ़कर हर प्रश्न का लिखित उत्तर देते हैं।',
    'reasons.REASSURANCE.title': 'फ़ैसले से पहले तसल्ली',
    'reasons.REASSURANCE.text':
      'आपको अपने डॉक्टर की योजना पर भरोसा है, पर फ़ैसला बड़ा है और आगे बढ़ने से पहले आप पक्का होना चाहते हैं।',
    'reasons.REASSURANCE.example':
      '41 वर्षीय अनीता को कमर में स्लिप डिस्क के लिए ऑपरेशन की सलाह दी गई है। ऑपरेशन तय करने से पहले एक स्पाइन सर्जन उनकी MRI देखकर बताते हैं कि क्या अगला सही कदम सर्जरी ही है।',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.title': 'सही डॉक्टर या अस्पताल ढूँढना',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.text':
      'आप जानते हैं कि कौन-सा इलाज चाहिए, पर यह नहीं कि उसे कौन करे या कहाँ।',
    'reasons.RIGHT_DOCTOR_OR_HOSPITAL.example':
      'पटना में रहने वाली हरीश की माँ को हृदय वाल्व की सर्जरी करानी है। एक कार्डियोलॉजिस्ट सलाह देते हैं कि उनके केस के लिए कैसा केंद्र और कैसा सर्जन चाहिए, और क्या किसी बड़े शहर जाना ठीक रहेगा।',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.title': 'आपकी बीमा कंपनी या नियोक्ता इसे माँगते हैं',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.text':
      'कोई बीमा कंपनी, नियोक्ता या भुगतान करने वाली कोई और संस्था महँगे इलाज को मंज़ूरी देने से पहले एक स्वतंत्र राय चाहती है।',
    'reasons.PAYER_OR_EMPLOYER_REQUIREMENT.example':
      'फ़रहान की स्वास्थ्य बीमा कंपनी उनके तय घुटना प्रत्यारोपण को मंज़ूरी देने से पहले किसी हड्डी रोग विशेषज्ञ की स्वतंत्र राय माँगती है।',
    'reasons.SPECIALIST_REFERRAL.title': 'आपके डॉक्टर आपको विशेषज्ञ के पास भेजते हैं',
    'reasons.SPECIALIST_REFERRAL.text':
      'आपके अपने डॉक्टर अगला कदम तय करने से पहले किसी विशेषज्ञ की राय चाहते हैं, या ऐसा विशेषज्ञ आस-पास नहीं है।',
    'reasons.SPECIALIST_REFERRAL.example':
      'मैसूरु के एक फ़ैमिली डॉक्टर 30 वर्षीय एक शिक्षिका को, जिन्हें दवाइयों के बावजूद दौरे फिर से पड़ने लगे हैं, मिर्गी के विशेषज्ञ न्यूरोलॉजिस्ट के पास भेजते हैं।',
    'reasons.questions':
      'आपका कारण जो भी हो, केस शुरू करते समय अपने प्रश्न लिख दें: हर विशेषज्ञ अपनी राय में हर प्रश्न का उत्तर देता है।',
  },
});
