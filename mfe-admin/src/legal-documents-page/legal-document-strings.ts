import { addTranslations } from '@consilium/web-kit';

/** The strings of the "Consent and privacy documents" page (namespace `admin`, keys `legal.*`). */
addTranslations('admin', {
  en: {
    'legal.intro':
      'Patients read and sign the e-consent in force, with the privacy notice in force beside it. Every published version stays as it was, with the SHA-256 of its exact text and its PDF.',
    'legal.kind.CONSENT': 'E-consent',
    'legal.kind.PRIVACY_NOTICE': 'Privacy notice',
    'legal.inForce': 'In force now',
    'legal.version': 'Version',
    'legal.effectiveFrom': 'In force from',
    'legal.sha256': 'SHA-256',
    'legal.pdfOf': '{{document}} {{version}} (PDF)',
    'legal.history': 'Every version',
    'legal.status.current': 'In force',
    'legal.status.scheduled': 'Scheduled',
    'legal.status.earlier': 'Replaced',
    'legal.scheduledNotice': 'Version {{version}} is scheduled to take effect on {{time}}.',
    'legal.publishTitle.CONSENT': 'Publish a new version of the e-consent',
    'legal.publishTitle.PRIVACY_NOTICE': 'Publish a new version of the privacy notice',
    'legal.effect.CONSENT':
      'When this version takes effect, every case whose consent was signed on an older version asks its patient (or their guardian or representative) to read and sign again before it moves on. Consents already signed are never changed: each keeps pointing to the exact version and hash that was signed.',
    'legal.effect.PRIVACY_NOTICE':
      'When this version takes effect, patients see it beside the e-consent and it is recorded with every consent signed from then on. Consents already signed keep pointing to the notice shown when they were signed. Publishing a privacy notice alone does not ask anyone to consent again.',
    'legal.final':
      'A published version cannot be changed or withdrawn: to correct it, publish another.',
    'legal.prefilled':
      'The texts of {{version}}, in force now, are filled in: change what needs changing.',
    'legal.versionHint': 'v followed by a number, e.g. v4. Each version can be published once.',
    'legal.effectiveFromLabel': 'Takes effect (India Standard Time)',
    'legal.effectiveFromHint':
      'Leave empty to put it in force as soon as it is published. It cannot be in the past.',
    'legal.english': 'English',
    'legal.hindi': 'Hindi',
    'legal.titleEn': 'Title in English',
    'legal.bodyEn': 'Text in English',
    'legal.titleHi': 'Title in Hindi',
    'legal.bodyHi': 'Text in Hindi',
    'legal.bodyHint':
      'Plain text: a blank line between paragraphs, “## ” at the start of a heading, “- ” at the start of each list item.',
    'legal.previewEn': 'Preview of the English text, as patients will read it',
    'legal.previewHi': 'Preview of the Hindi text, as patients will read it',
    'legal.publish': 'Publish {{version}}',
    'legal.whenNow': 'as soon as it is published',
    'legal.whenAt': 'from {{time}} (India Standard Time)',
    'legal.confirmPublish.CONSENT':
      'Publish e-consent {{version}}, in force {{when}}? Every case consented on an older version will ask its patient to consent again. Earlier signatures keep pointing to the version they signed. A published version cannot be changed.',
    'legal.confirmPublish.PRIVACY_NOTICE':
      'Publish privacy notice {{version}}, in force {{when}}? It is recorded with every consent signed from then on; earlier signatures keep pointing to the notice they were shown. A published version cannot be changed.',
    'legal.published': '{{document}} {{version}} is published. It is in force from {{time}}.',
    'legal.error.version': 'A version is v followed by a number, e.g. v4.',
    'legal.error.versionExists':
      'Version {{version}} is already published. Choose the next number.',
    'legal.error.effectiveFrom':
      'A new version cannot take effect in the past: signatures already given would change meaning.',
    'legal.error.unchanged':
      'The texts are the same as those of {{version}}, in force now. Change them before publishing.',
  },
  hi: {
    'legal.intro':
      'मरीज़ लागू ई-सहमति पढ़कर उस पर हस्ताक्षर करते हैं, और उसके साथ लागू गोपनीयता सूचना दिखाई जाती है। हर प्रकाशित संस्करण जैसा था वैसा ही रहता है, अपने सटीक पाठ के SHA-256 और अपनी PDF के साथ।',
    'legal.kind.CONSENT': 'ई-सहमति',
    'legal.kind.PRIVACY_NOTICE': 'गोपनीयता सूचना',
    'legal.inForce': 'अभी लागू',
    'legal.version': 'संस्करण',
    'legal.effectiveFrom': 'कब से लागू',
    'legal.sha256': 'SHA-256',
    'legal.pdfOf': '{{document}} {{version}} (PDF)',
    'legal.history': 'सभी संस्करण',
    'legal.status.current': 'लागू',
    'legal.status.scheduled': 'निर्धारित',
    'legal.status.earlier': 'बदला जा चुका',
    'legal.scheduledNotice': 'संस्करण {{version}} {{time}} से लागू होना निर्धारित है।',
    'legal.publishTitle.CONSENT': 'ई-सहमति का नया संस्करण प्रकाशित करें',
    'legal.publishTitle.PRIVACY_NOTICE': 'गोपनीयता सूचना का नया संस्करण प्रकाशित करें',
    'legal.effect.CONSENT':
      'यह संस्करण लागू होते ही, जिस भी केस की सहमति किसी पुराने संस्करण पर दी गई थी, वह आगे बढ़ने से पहले अपने मरीज़ (या उनके अभिभावक या प्रतिनिधि) से इसे पढ़कर दोबारा हस्ताक्षर करने को कहेगा। पहले दी गई सहमतियाँ कभी नहीं बदलतीं: हर सहमति उसी संस्करण और हैश की ओर इशारा करती रहती है जिस पर हस्ताक्षर किए गए थे।',
    'legal.effect.PRIVACY_NOTICE':
      'यह संस्करण लागू होते ही मरीज़ इसे ई-सहमति के साथ देखेंगे, और उसके बाद दी गई हर सहमति के साथ यह दर्ज होगा। पहले दी गई सहमतियाँ उसी सूचना की ओर इशारा करती रहती हैं जो हस्ताक्षर के समय दिखाई गई थी। केवल गोपनीयता सूचना प्रकाशित करने से किसी से दोबारा सहमति नहीं माँगी जाती।',
    'legal.final': 'प्रकाशित संस्करण बदला या वापस नहीं लिया जा सकता: सुधार के लिए नया संस्करण प्रकाशित करें।',
    'legal.prefilled': 'अभी लागू {{version}} के पाठ भरे हुए हैं: जो बदलना है वही बदलें।',
    'legal.versionHint': 'v के बाद एक संख्या, जैसे v4। हर संस्करण एक ही बार प्रकाशित किया जा सकता है।',
    'legal.effectiveFromLabel': 'कब से लागू हो (भारतीय मानक समय)',
    'legal.effectiveFromHint': 'प्रकाशित होते ही लागू करने के लिए खाली छोड़ें। यह बीता हुआ समय नहीं हो सकता।',
    'legal.english': 'अंग्रेज़ी',
    'legal.hindi': 'हिन्दी',
    'legal.titleEn': 'अंग्रेज़ी में शीर्षक',
    'legal.bodyEn': 'अंग्रेज़ी में पाठ',
    'legal.titleHi': 'हिन्दी में शीर्षक',
    'legal.bodyHi': 'हिन्दी में पाठ',
    'legal.bodyHint':
      'सादा पाठ: अनुच्छेदों के बीच एक खाली पंक्ति, शीर्षक की शुरुआत में “## ”, सूची की हर मद की शुरुआत में “- ”।',
    'legal.previewEn': 'अंग्रेज़ी पाठ का पूर्वावलोकन, जैसा मरीज़ इसे पढ़ेंगे',
    'legal.previewHi': 'हिन्दी पाठ का पूर्वावलोकन, जैसा मरीज़ इसे पढ़ेंगे',
    'legal.publish': '{{version}} प्रकाशित करें',
    'legal.whenNow': 'प्रकाशित होते ही',
    'legal.whenAt': '{{time}} (भारतीय मानक समय) से',
    'legal.confirmPublish.CONSENT':
      'ई-सहमति {{version}} प्रकाशित करें, जो {{when}} लागू होगी? पुराने संस्करण पर सहमति वाले हर केस में मरीज़ से दोबारा सहमति माँगी जाएगी। पहले के हस्ताक्षर उसी संस्करण की ओर इशारा करते रहेंगे जिस पर वे किए गए थे। प्रकाशित संस्करण बदला नहीं जा सकता।',
    'legal.confirmPublish.PRIVACY_NOTICE':
      'गोपनीयता सूचना {{version}} प्रकाशित करें, जो {{when}} लागू होगी? यह उसके बाद दी गई हर सहमति के साथ दर्ज होगी; पहले के हस्ताक्षर उसी सूचना की ओर इशारा करते रहेंगे जो तब दिखाई गई थी। प्रकाशित संस्करण बदला नहीं जा सकता।',
    'legal.published': '{{document}} {{version}} प्रकाशित हो गई है। यह {{time}} से लागू है।',
    'legal.error.version': 'संस्करण v के बाद एक संख्या होता है, जैसे v4।',
    'legal.error.versionExists': 'संस्करण {{version}} पहले ही प्रकाशित है। अगली संख्या चुनें।',
    'legal.error.effectiveFrom':
      'नया संस्करण बीते समय से लागू नहीं हो सकता: पहले दिए गए हस्ताक्षरों का अर्थ बदल जाएगा।',
    'legal.error.unchanged': 'पाठ अभी लागू {{version}} के पाठों जैसे ही हैं। प्रकाशित करने से पहले उन्हें बदलें।',
  },
});
