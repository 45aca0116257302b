import { addTranslations } from '@consilium/web-kit';

/** Strings of the "Erase my record" page (namespace `patient`). */
addTranslations('patient', {
  en: {
    'erasure.title': 'Erase my record',
    'erasure.link': 'Erase my record…',
    'erasure.linkHint':
      'Have your whole record destroyed, except what the law makes us keep for a time.',
    // what happens
    'erasure.explainTitle': 'What happens when your record is erased',
    'erasure.explainIntro':
      'Operations staff check your request, then everything below is done at once. It cannot be undone.',
    'erasure.destroyedTitle': 'Destroyed at once',
    'erasure.destroyed.reports':
      'The reports you uploaded, their names, and the previews, thumbnails and text made from them.',
    'erasure.destroyed.keys':
      'The encryption key of every file, so no copy left anywhere (a backup, a cache) can be read.',
    'erasure.destroyed.uploads': 'Uploads that have not finished.',
    'erasure.destroyed.links': 'Your share links: they stop working at once.',
    'erasure.destroyed.history':
      'Your case histories: symptoms, conditions, medicines, allergies, procedures, tests, your treating doctor and your questions.',
    'erasure.destroyed.details':
      'Your name, phone, email, address, identity document, guardian and emergency contact.',
    'erasure.keptTitle': 'Kept sealed for a time, then destroyed automatically',
    'erasure.keptIntro':
      'The law makes us keep these. Sealed, they can be read only by our compliance officer, and every reading is logged.',
    'erasure.kept.CONSULTATION_RECORDS':
      'The specialists’ opinions, the GP’s case summary and your signed e-consent: {{years}} years from the start of each consultation (when you signed its e-consent).',
    'erasure.kept.ACCESS_LOGS':
      'The log of who opened your record and your share links: {{years}} year from the latest access.',
    'erasure.notErasedTitle': 'Not part of the erasure',
    'erasure.notErased.account':
      'Your sign-in account, so that you can still sign in and read the confirmation.',
    'erasure.notErased.cases':
      'Each closed case stays listed for the doctors who worked on it, with its dates and your date of birth, but without your name or anything clinical.',
    'erasure.underWay':
      'A case that is paid and still being reviewed by the specialists must be finished or cancelled with a refund first; operations staff will tell you.',
    // the form
    'erasure.formTitle': 'Ask for your record to be erased',
    'erasure.reason': 'Why (optional)',
    'erasure.reasonHint': 'Operations staff read this. It is deleted once your record is erased.',
    'erasure.reasonCount': '{{count}} of {{max}} characters',
    'erasure.error.reasonTooLong': 'Write at most {{max}} characters.',
    'erasure.confirmWord': 'ERASE',
    'erasure.typeToConfirm': 'To confirm, type {{word}}',
    'erasure.typeToConfirmHint': 'This cannot be undone.',
    'erasure.error.typeToConfirm': 'Type {{word}} exactly to confirm.',
    'erasure.submit': 'Ask for my record to be erased',
    'erasure.submitting': 'Sending your request…',
    'erasure.keepRecord': 'Not now',
    'erasure.askAgain': 'Ask for another erasure',
    'erasure.askAgainHint': 'Only if you have added something since your record was erased.',
    // status
    'erasure.pendingTitle': 'Your request is waiting for operations staff',
    'erasure.pendingText':
      'You asked on {{date}}. Nothing has been erased yet; we will show the confirmation here.',
    'erasure.yourReason': 'Your reason',
    'erasure.cancel': 'Withdraw the request',
    'erasure.confirmCancel': 'Withdraw your request to erase your record? Nothing will be erased.',
    'erasure.cancelled': 'Your request was withdrawn. Nothing was erased.',
    'erasure.declinedTitle': 'Operations staff declined your request',
    'erasure.declinedText': 'On {{date}} they wrote:',
    'erasure.historyTitle': 'Earlier requests',
    'erasure.status.PENDING': 'Waiting since {{date}}',
    'erasure.status.CANCELLED': 'Withdrawn on {{date}}',
    'erasure.status.DECLINED': 'Declined on {{date}}',
    'erasure.status.COMPLETED': 'Erased on {{date}}',
    'erasure.askedOn': 'Asked on {{date}}',
    // the confirmation
    'erasure.confirmationTitle': 'Erasure confirmation',
    'erasure.confirmationIntro':
      'Your record was erased on {{date}} at your request. This is what was destroyed, what is kept, why and until when.',
    'erasure.sealedNote':
      'What is kept is sealed: only our compliance officer can read it, each reading is logged, and it is destroyed automatically on the date shown.',
    'erasure.col.what': 'What',
    'erasure.col.done': 'What was done',
    'erasure.col.why': 'Why',
    'erasure.col.until': 'Until when',
    'erasure.count': '{{count}}',
    'erasure.ofCase': 'Case started {{date}}',
    'erasure.action.DESTROYED': 'Destroyed',
    'erasure.action.SEALED': 'Kept, sealed',
    'erasure.action.KEPT': 'Not erased',
    'erasure.why.DESTROYED': 'You asked for it; the law gives you this right.',
    'erasure.why.CONSULTATION_RECORDS':
      'Doctors must keep the records of a consultation for {{years}} years from its start.',
    'erasure.why.ACCESS_LOGS':
      'Logs of who accessed personal data must be kept for {{years}} year from each access.',
    'erasure.why.CASE_ENTRIES':
      'The doctors’ and operations staff’s lists of the cases they worked on still show the case, closed, with nothing that names you.',
    'erasure.why.SIGN_IN_ACCOUNT':
      'So that you can sign in and read this confirmation. Ask operations staff to close it.',
    'erasure.why.INVOICES':
      'Tax law requires invoices and accounts to be kept for 72 months; they hold nothing clinical.',
    'erasure.source': 'Source: {{source}}',
    'erasure.until.none': '—',
    'erasure.until.future': 'until {{date}}, then destroyed automatically',
    'erasure.until.past': 'destroyed on {{date}}, when its retention ended',
    'erasure.service.records': 'Held with your reports and the doctors’ records',
    'erasure.service.patient-intake': 'Held with your case histories and personal details',
    'erasure.service.identity': 'Held with your sign-in',
    'erasure.service.billing': 'Held with your payments',
    'erasure.category.REPORTS': 'Reports you uploaded',
    'erasure.category.PREVIEWS': 'Previews and thumbnails of your photos',
    'erasure.category.DOCUMENT_TEXT': 'Text read from your PDF reports',
    'erasure.category.ENCRYPTION_KEYS': 'Encryption keys of your files',
    'erasure.category.UPLOADS_IN_PROGRESS': 'Unfinished uploads',
    'erasure.category.SHARE_LINKS': 'Your share links',
    'erasure.category.SHARE_LINK_LOG': 'Who your links were given to, and their uses',
    'erasure.category.ACCESS_LOG': 'Log of who opened your record',
    'erasure.category.SPECIALIST_OPINIONS': 'Specialists’ opinions',
    'erasure.category.CASE_SUMMARY': 'GP’s case summary',
    'erasure.category.CASE_HISTORY': 'Case histories and your questions',
    'erasure.category.PERSONAL_DETAILS': 'Your name, contact details and identity document',
    'erasure.category.CONSENT_RECORD': 'Your signed e-consent',
    'erasure.category.CASE_ENTRIES': 'Closed case entries (no name)',
    'erasure.category.SIGN_IN_ACCOUNT': 'Your sign-in account',
    'erasure.category.INVOICES': 'Invoices, payments and refunds',
    'erasure.error.failed': 'Your request could not be sent. Please try again.',
    'erasure.error.cancelFailed': 'The request could not be withdrawn. Please try again.',
  },
  hi: {
    'erasure.title': 'मेरा रिकॉर्ड मिटाएँ',
    'erasure.link': 'मेरा रिकॉर्ड मिटाएँ…',
    'erasure.linkHint':
      'अपना पूरा रिकॉर्ड नष्ट करवाएँ, सिवाय उसके जिसे क़ानून के अनुसार हमें कुछ समय तक रखना होता है।',
    'erasure.explainTitle': 'रिकॉर्ड मिटाने पर क्या होता है',
    'erasure.explainIntro':
      'संचालन कर्मचारी आपका अनुरोध जाँचते हैं, फिर नीचे लिखा सब एक साथ किया जाता है। इसे वापस नहीं किया जा सकता।',
    'erasure.destroyedTitle': 'तुरंत नष्ट',
    'erasure.destroyed.reports': 'आपकी अपलोड की गई रिपोर्टें, उनके नाम, और उनसे बने प्रीव्यू, थंबनेल और पाठ।',
    'erasure.destroyed.keys':
      'हर फ़ाइल की एन्क्रिप्शन कुंजी, ताकि कहीं भी बची कोई प्रति (बैकअप, कैश) पढ़ी न जा सके।',
    'erasure.destroyed.uploads': 'जो अपलोड पूरे नहीं हुए।',
    'erasure.destroyed.links': 'आपके साझा लिंक: वे तुरंत काम करना बंद कर देते हैं।',
    'erasure.destroyed.history':
      'आपके केस का इतिहास: लक्षण, बीमारियाँ, दवाइयाँ, एलर्जी, प्रक्रियाएँ, जाँचें, आपके इलाज करने वाले डॉक्टर और आपके प्रश्न।',
    'erasure.destroyed.details':
      'आपका नाम, फ़ोन, ईमेल, पता, पहचान दस्तावेज़, अभिभावक और आपातकालीन संपर्क।',
    'erasure.keptTitle': 'कुछ समय तक सील करके रखा जाता है, फिर अपने-आप नष्ट',
    'erasure.keptIntro':
      'क़ानून के अनुसार हमें ये रखने होते हैं। सील होने पर इन्हें केवल हमारे अनुपालन अधिकारी पढ़ सकते हैं, और हर बार पढ़ना दर्ज होता है।',
    'erasure.kept.CONSULTATION_RECORDS':
      'विशेषज्ञों की राय, जीपी का केस सारांश और आपकी हस्ताक्षरित ई-सहमति: हर परामर्श की शुरुआत (जब आपने उसकी ई-सहमति पर हस्ताक्षर किए) से {{years}} वर्ष।',
    'erasure.kept.ACCESS_LOGS':
      'आपका रिकॉर्ड और आपके साझा लिंक किसने खोले, इसका लॉग: आख़िरी बार खोलने से {{years}} वर्ष।',
    'erasure.notErasedTitle': 'मिटाने में शामिल नहीं',
    'erasure.notErased.account': 'आपका साइन-इन खाता, ताकि आप साइन इन करके पुष्टि पढ़ सकें।',
    'erasure.notErased.cases':
      'हर बंद केस उस पर काम करने वाले डॉक्टरों की सूची में दिखता रहता है, उसकी तारीख़ों और आपकी जन्म तिथि के साथ, पर आपके नाम या किसी चिकित्सा जानकारी के बिना।',
    'erasure.underWay':
      'जिस केस का भुगतान हो चुका है और जिसे विशेषज्ञ अभी देख रहे हैं, उसे पहले पूरा करना होगा या धनवापसी के साथ रद्द करना होगा; संचालन कर्मचारी आपको बताएँगे।',
    'erasure.formTitle': 'अपना रिकॉर्ड मिटाने का अनुरोध करें',
    'erasure.reason': 'कारण (वैकल्पिक)',
    'erasure.reasonHint': 'इसे संचालन कर्मचारी पढ़ते हैं। रिकॉर्ड मिटने पर इसे भी हटा दिया जाता है।',
    'erasure.reasonCount': '{{max}} में से {{count}} अक्षर',
    'erasure.error.reasonTooLong': 'अधिकतम {{max}} अक्षर लिखें।',
    'erasure.confirmWord': 'मिटाएँ',
    'erasure.typeToConfirm': 'पुष्टि के लिए {{word}} लिखें',
    'erasure.typeToConfirmHint': 'इसे वापस नहीं किया जा सकता।',
    'erasure.error.typeToConfirm': 'पुष्टि के लिए ठीक {{word}} लिखें।',
    'erasure.submit': 'मेरा रिकॉर्ड मिटाने का अनुरोध भेजें',
    'erasure.submitting': 'आपका अनुरोध भेजा जा रहा है…',
    'erasure.keepRecord': 'अभी नहीं',
    'erasure.askAgain': 'फिर से मिटाने का अनुरोध करें',
    'erasure.askAgainHint': 'केवल तब, जब रिकॉर्ड मिटने के बाद आपने कुछ नया जोड़ा हो।',
    'erasure.pendingTitle': 'आपका अनुरोध संचालन कर्मचारियों के पास प्रतीक्षा में है',
    'erasure.pendingText':
      'आपने {{date}} को अनुरोध किया। अभी कुछ नहीं मिटाया गया है; पुष्टि यहीं दिखाई जाएगी।',
    'erasure.yourReason': 'आपका कारण',
    'erasure.cancel': 'अनुरोध वापस लें',
    'erasure.confirmCancel': 'रिकॉर्ड मिटाने का अनुरोध वापस लें? कुछ नहीं मिटाया जाएगा।',
    'erasure.cancelled': 'आपका अनुरोध वापस ले लिया गया। कुछ नहीं मिटाया गया।',
    'erasure.declinedTitle': 'संचालन कर्मचारियों ने आपका अनुरोध अस्वीकार किया',
    'erasure.declinedText': '{{date}} को उन्होंने लिखा:',
    'erasure.historyTitle': 'पहले के अनुरोध',
    'erasure.status.PENDING': '{{date}} से प्रतीक्षा में',
    'erasure.status.CANCELLED': '{{date}} को वापस लिया गया',
    'erasure.status.DECLINED': '{{date}} को अस्वीकार किया गया',
    'erasure.status.COMPLETED': '{{date}} को मिटाया गया',
    'erasure.askedOn': '{{date}} को अनुरोध किया',
    'erasure.confirmationTitle': 'मिटाने की पुष्टि',
    'erasure.confirmationIntro':
      'आपके अनुरोध पर आपका रिकॉर्ड {{date}} को मिटाया गया। क्या नष्ट हुआ, क्या रखा गया है, क्यों और कब तक — सब नीचे है।',
    'erasure.sealedNote':
      'जो रखा गया है वह सील है: उसे केवल हमारे अनुपालन अधिकारी पढ़ सकते हैं, हर बार पढ़ना दर्ज होता है, और दिखाई गई तारीख़ को वह अपने-आप नष्ट हो जाता है।',
    'erasure.col.what': 'क्या',
    'erasure.col.done': 'क्या किया गया',
    'erasure.col.why': 'क्यों',
    'erasure.col.until': 'कब तक',
    'erasure.count': '{{count}}',
    'erasure.ofCase': '{{date}} को शुरू हुआ केस',
    'erasure.action.DESTROYED': 'नष्ट किया गया',
    'erasure.action.SEALED': 'सील करके रखा गया',
    'erasure.action.KEPT': 'मिटाया नहीं गया',
    'erasure.why.DESTROYED': 'आपने इसका अनुरोध किया; क़ानून आपको यह अधिकार देता है।',
    'erasure.why.CONSULTATION_RECORDS':
      'डॉक्टरों को परामर्श का रिकॉर्ड उसकी शुरुआत से {{years}} वर्ष तक रखना होता है।',
    'erasure.why.ACCESS_LOGS':
      'व्यक्तिगत डेटा तक किसने पहुँच की, इसके लॉग हर पहुँच से {{years}} वर्ष तक रखने होते हैं।',
    'erasure.why.CASE_ENTRIES':
      'डॉक्टरों और संचालन कर्मचारियों की उन केसों की सूची, जिन पर उन्होंने काम किया, में केस बंद रूप में दिखता रहता है, आपका नाम बताए बिना।',
    'erasure.why.SIGN_IN_ACCOUNT':
      'ताकि आप साइन इन करके यह पुष्टि पढ़ सकें। इसे बंद करवाने के लिए संचालन कर्मचारियों से कहें।',
    'erasure.why.INVOICES':
      'कर कानून के अनुसार चालान और खाते 72 महीने तक रखने होते हैं; इनमें कोई चिकित्सा जानकारी नहीं होती।',
    'erasure.source': 'स्रोत: {{source}}',
    'erasure.until.none': '—',
    'erasure.until.future': '{{date}} तक, फिर अपने-आप नष्ट',
    'erasure.until.past': '{{date}} को नष्ट किया गया, जब रखने की अवधि पूरी हुई',
    'erasure.service.records': 'आपकी रिपोर्टों और डॉक्टरों के रिकॉर्ड के साथ रखा',
    'erasure.service.patient-intake': 'आपके केस इतिहास और व्यक्तिगत विवरण के साथ रखा',
    'erasure.service.identity': 'आपके साइन-इन के साथ रखा',
    'erasure.service.billing': 'आपके भुगतानों के साथ रखा',
    'erasure.category.REPORTS': 'आपकी अपलोड की गई रिपोर्टें',
    'erasure.category.PREVIEWS': 'आपकी फ़ोटो के प्रीव्यू और थंबनेल',
    'erasure.category.DOCUMENT_TEXT': 'आपकी PDF रिपोर्टों से पढ़ा गया पाठ',
    'erasure.category.ENCRYPTION_KEYS': 'आपकी फ़ाइलों की एन्क्रिप्शन कुंजियाँ',
    'erasure.category.UPLOADS_IN_PROGRESS': 'अधूरे अपलोड',
    'erasure.category.SHARE_LINKS': 'आपके साझा लिंक',
    'erasure.category.SHARE_LINK_LOG': 'आपके लिंक किसे दिए गए, और उनका उपयोग',
    'erasure.category.ACCESS_LOG': 'आपका रिकॉर्ड किसने खोला, इसका लॉग',
    'erasure.category.SPECIALIST_OPINIONS': 'विशेषज्ञों की राय',
    'erasure.category.CASE_SUMMARY': 'जीपी का केस सारांश',
    'erasure.category.CASE_HISTORY': 'केस इतिहास और आपके प्रश्न',
    'erasure.category.PERSONAL_DETAILS': 'आपका नाम, संपर्क विवरण और पहचान दस्तावेज़',
    'erasure.category.CONSENT_RECORD': 'आपकी हस्ताक्षरित ई-सहमति',
    'erasure.category.CASE_ENTRIES': 'बंद केसों की प्रविष्टियाँ (बिना नाम)',
    'erasure.category.SIGN_IN_ACCOUNT': 'आपका साइन-इन खाता',
    'erasure.category.INVOICES': 'चालान, भुगतान और धनवापसी',
    'erasure.error.failed': 'आपका अनुरोध नहीं भेजा जा सका। कृपया फिर से कोशिश करें।',
    'erasure.error.cancelFailed': 'अनुरोध वापस नहीं लिया जा सका। कृपया फिर से कोशिश करें।',
  },
});
