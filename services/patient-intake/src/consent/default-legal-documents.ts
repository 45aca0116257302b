import { LegalDocumentKind } from './legal-document.entity';

/** A legal document's text as shipped (version v1 of each). */
export interface LegalDocumentDraft {
  kind: LegalDocumentKind;
  version: string;
  effectiveFrom: Date;
  titleEn: string;
  bodyEn: string;
  titleHi: string;
  bodyHi: string;
}

/**
 * The privacy notice the platform ships with: itemised as the Digital Personal Data Protection Act
 * 2023 §5 requires of a notice (the personal data, the purpose, how to exercise the rights, how to
 * complain to the Data Protection Board), in English and Hindi (§5(3): English or a language of
 * the Eighth Schedule).
 */
export const PRIVACY_NOTICE_V1: LegalDocumentDraft = {
  kind: LegalDocumentKind.PRIVACY_NOTICE,
  version: 'v1',
  effectiveFrom: new Date('2026-11-01T00:00:00Z'),
  titleEn: 'Consilium privacy notice',
  bodyEn: `Consilium arranges expert medical second opinions. This notice says what personal data we collect, why, who sees it, how long we keep it, and your rights.

## 1. The personal data we collect
- Identity and contact: name, date of birth, sex and gender identity, address, phone, email, preferred language, and an identity document type and number (an Aadhaar number is kept masked, only its last four digits).
- For a minor or a person represented by a proxy: the parent's, guardian's or proxy's name, relationship, contact and identity document.
- Health data: your complaint, symptoms, conditions, medicines, allergies, procedures, tests, your treating doctor, your questions, and the reports and photos you upload.
- What the doctors write: the case summary, questions to you, opinions and the final report.
- Payment: the amount, the payment reference and invoice (not your card or bank details, which the payment provider keeps).
- Technical: the time, IP address and browser of sign-ins, consents and changes, kept in an audit log.

## 2. Why we use it
- To register you and confirm who you are, as the Telemedicine Practice Guidelines 2020 require before a teleconsultation.
- To let the specialists, the GP and the operations staff you are assigned to review your case, contact you and write their opinions.
- To take payment, issue invoices and handle refunds.
- To send you messages about your case by SMS, WhatsApp or email.
- To keep your lifetime health record, share it when you ask, and meet our legal duties.
We do not sell your data or use it for advertising.

## 3. Who sees it
Only the people working on your case: the specialists you choose or accept, the GP who prepares your summary, and operations staff. Partners (an insurer, employer or hospital) see your case only if you consent to that partner. Every read or change of health data is written to an audit log.

## 4. How long we keep it
For as long as you keep your health record, and at least as long as the law requires for medical and tax records. When you ask us to erase your record, we destroy its encryption keys; invoices are kept without clinical content.

## 5. Your rights
Under the Digital Personal Data Protection Act 2023 you may: see a summary of your data and who it was shared with; correct or complete it; have it erased; withdraw your consent at any time (this stops the processing of your case, but not what was lawfully done before); and nominate a person to act for you if you die or cannot act.

## 6. How to complain
Write to our Grievance Officer at grievance@consilium.example; we answer within 7 days. If you are not satisfied, you may complain to the Data Protection Board of India.`,
  titleHi: 'Consilium गोपनीयता सूचना',
  bodyHi: `Consilium विशेषज्ञ डॉक्टरों से दूसरी राय (सेकंड ओपिनियन) की व्यवस्था करता है। यह सूचना बताती है कि हम कौन-सा व्यक्तिगत डेटा लेते हैं, क्यों, उसे कौन देखता है, कितने समय तक रखते हैं, और आपके अधिकार क्या हैं।

## 1. हम कौन-सा व्यक्तिगत डेटा लेते हैं
- पहचान और संपर्क: नाम, जन्म तिथि, लिंग और लैंगिक पहचान, पता, फ़ोन, ईमेल, पसंदीदा भाषा, और पहचान दस्तावेज़ का प्रकार और संख्या (आधार संख्या छिपाकर रखी जाती है, केवल अंतिम चार अंक)।
- नाबालिग या प्रॉक्सी द्वारा प्रस्तुत व्यक्ति के लिए: माता-पिता, अभिभावक या प्रॉक्सी का नाम, संबंध, संपर्क और पहचान दस्तावेज़।
- स्वास्थ्य डेटा: आपकी शिकायत, लक्षण, बीमारियाँ, दवाइयाँ, एलर्जी, प्रक्रियाएँ, जाँचें, आपके इलाज करने वाले डॉक्टर, आपके प्रश्न, और आपकी अपलोड की गई रिपोर्ट और फ़ोटो।
- डॉक्टर जो लिखते हैं: केस सारांश, आपसे प्रश्न, राय और अंतिम रिपोर्ट।
- भुगतान: राशि, भुगतान संदर्भ और बिल (आपके कार्ड या बैंक का विवरण नहीं, वह भुगतान प्रदाता रखता है)।
- तकनीकी: साइन-इन, सहमति और बदलावों का समय, IP पता और ब्राउज़र, ऑडिट लॉग में।

## 2. हम इसका उपयोग क्यों करते हैं
- आपका पंजीकरण करने और आपकी पहचान की पुष्टि के लिए, जैसा टेलीमेडिसिन प्रैक्टिस दिशानिर्देश 2020 टेली-परामर्श से पहले माँगते हैं।
- ताकि आपके चुने हुए विशेषज्ञ, GP और संचालन कर्मचारी आपका केस देखें, आपसे संपर्क करें और अपनी राय लिखें।
- भुगतान लेने, बिल बनाने और धनवापसी के लिए।
- आपके केस के बारे में SMS, WhatsApp या ईमेल से संदेश भेजने के लिए।
- आपका आजीवन स्वास्थ्य रिकॉर्ड रखने, आपके कहने पर साझा करने और क़ानूनी दायित्व पूरे करने के लिए।
हम आपका डेटा बेचते नहीं हैं और विज्ञापन के लिए उपयोग नहीं करते।

## 3. इसे कौन देखता है
केवल वे लोग जो आपके केस पर काम करते हैं: आपके चुने या स्वीकार किए गए विशेषज्ञ, सारांश बनाने वाले GP, और संचालन कर्मचारी। कोई भागीदार (बीमा कंपनी, नियोक्ता या अस्पताल) आपका केस तभी देखता है जब आप उस भागीदार के लिए सहमति दें। स्वास्थ्य डेटा का हर उपयोग या बदलाव ऑडिट लॉग में लिखा जाता है।

## 4. हम इसे कितने समय तक रखते हैं
जब तक आप अपना स्वास्थ्य रिकॉर्ड रखते हैं, और कम से कम उतने समय तक जितना चिकित्सा और कर रिकॉर्ड के लिए क़ानून माँगता है। जब आप रिकॉर्ड मिटाने को कहते हैं, हम उसकी एन्क्रिप्शन कुंजियाँ नष्ट कर देते हैं; बिल बिना चिकित्सा सामग्री के रखे जाते हैं।

## 5. आपके अधिकार
डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम 2023 के तहत आप: अपने डेटा का सारांश और यह कि किसके साथ साझा हुआ, देख सकते हैं; उसे सुधार या पूरा करवा सकते हैं; उसे मिटवा सकते हैं; किसी भी समय अपनी सहमति वापस ले सकते हैं (इससे आपके केस पर काम रुक जाता है, पर पहले वैध रूप से किया गया काम नहीं बदलता); और अपनी मृत्यु या असमर्थता की स्थिति के लिए किसी व्यक्ति को नामित कर सकते हैं।

## 6. शिकायत कैसे करें
हमारे शिकायत अधिकारी को grievance@consilium.example पर लिखें; हम 7 दिनों में उत्तर देते हैं। संतुष्ट न होने पर आप भारतीय डेटा संरक्षण बोर्ड से शिकायत कर सकते हैं।`,
};

/**
 * The e-consent the platform ships with (DESIGN.md §2 step 3), following the Telemedicine Practice
 * Guidelines 2020 §3.7 on patient consent for teleconsultation.
 */
export const CONSENT_V1: LegalDocumentDraft = {
  kind: LegalDocumentKind.CONSENT,
  version: 'v1',
  effectiveFrom: new Date('2026-11-01T00:00:00Z'),
  titleEn: 'Consent to an expert medical second opinion',
  bodyEn: `I ask Consilium to arrange a second opinion on my case (or the case of the person I represent) from the specialist or specialists I choose or accept.

## What I agree to
- The specialists, the GP preparing the case summary and Consilium's operations staff may read the history I gave, the reports I uploaded and what the doctors write about the case.
- The specialists may contact me by phone, video or in person, may ask me for more information or tests, and will give written opinions.
- My data is used and kept as the privacy notice shown with this consent says.

## What a second opinion is, and is not
- It is advice on the diagnosis and treatment plan I already have, given by a registered medical practitioner remotely, under the Telemedicine Practice Guidelines 2020. The specialists may say a physical examination or tests are needed before they can advise.
- It is not emergency care. In an emergency I will go to the nearest hospital or call 112.
- It does not replace my treating doctor, who remains responsible for my treatment.

## Fees
I will pay the fixed fee for the panel I choose before the specialists start. Additional investigations or imaging, and re-reading of images or specimens when secondary to the specialist's task, are not included.

## Withdrawing
I may withdraw this consent at any time in the app. Withdrawing stops the work on my case; what was done before stays lawful, and a refund follows the refund rules.

## Signature
By ticking "I agree", typing my full name and signing, I sign this consent electronically. If I sign for another person, I confirm that I am their parent, legal guardian or authorised representative.`,
  titleHi: 'विशेषज्ञ चिकित्सकीय दूसरी राय के लिए सहमति',
  bodyHi: `मैं Consilium से अनुरोध करता/करती हूँ कि मेरे केस (या जिस व्यक्ति का मैं प्रतिनिधित्व करता/करती हूँ, उसके केस) पर मेरे चुने या स्वीकार किए गए विशेषज्ञ या विशेषज्ञों से दूसरी राय की व्यवस्था करे।

## मैं किस बात के लिए सहमत हूँ
- विशेषज्ञ, केस सारांश बनाने वाले GP और Consilium के संचालन कर्मचारी मेरा दिया इतिहास, मेरी अपलोड की गई रिपोर्ट और डॉक्टरों द्वारा केस के बारे में लिखी बातें पढ़ सकते हैं।
- विशेषज्ञ मुझसे फ़ोन, वीडियो या व्यक्तिगत रूप से संपर्क कर सकते हैं, मुझसे और जानकारी या जाँचें माँग सकते हैं, और लिखित राय देंगे।
- मेरा डेटा इस सहमति के साथ दिखाई गई गोपनीयता सूचना के अनुसार उपयोग किया और रखा जाता है।

## दूसरी राय क्या है, और क्या नहीं
- यह मेरे पहले से मौजूद निदान और उपचार योजना पर एक पंजीकृत चिकित्सक की दूर से दी गई सलाह है, टेलीमेडिसिन प्रैक्टिस दिशानिर्देश 2020 के अंतर्गत। विशेषज्ञ कह सकते हैं कि सलाह देने से पहले शारीरिक जाँच या परीक्षण ज़रूरी हैं।
- यह आपातकालीन चिकित्सा नहीं है। आपात स्थिति में मैं निकटतम अस्पताल जाऊँगा/जाऊँगी या 112 पर कॉल करूँगा/करूँगी।
- यह मेरे इलाज करने वाले डॉक्टर की जगह नहीं लेती, जो मेरे उपचार के लिए ज़िम्मेदार रहते हैं।

## शुल्क
विशेषज्ञों के काम शुरू करने से पहले मैं अपने चुने पैनल का निश्चित शुल्क दूँगा/दूँगी। अतिरिक्त जाँचें या इमेजिंग, और विशेषज्ञ के काम के सहायक रूप में छवियों या नमूनों को दोबारा पढ़ना शामिल नहीं है।

## सहमति वापस लेना
मैं ऐप में किसी भी समय यह सहमति वापस ले सकता/सकती हूँ। इससे मेरे केस पर काम रुक जाता है; पहले किया गया काम वैध रहता है, और धनवापसी नियमों के अनुसार होती है।

## हस्ताक्षर
"मैं सहमत हूँ" पर निशान लगाकर, अपना पूरा नाम लिखकर और हस्ताक्षर करके, मैं इस सहमति पर इलेक्ट्रॉनिक हस्ताक्षर करता/करती हूँ। यदि मैं किसी अन्य व्यक्ति के लिए हस्ताक्षर करता/करती हूँ, तो मैं पुष्टि करता/करती हूँ कि मैं उनका माता-पिता, क़ानूनी अभिभावक या अधिकृत प्रतिनिधि हूँ।`,
};
