import { addTranslations } from '@consilium/web-kit';

/** The strings of the price list editor (namespace `admin`, keys `price.*`). */
addTranslations('admin', {
  en: {
    'price.nav': 'Price list',
    'price.title': 'Price list',
    'price.intro':
      'The fixed fee of a case by the size of its panel. A new version applies to cases quoted from the time it takes effect; quotes already made keep their price. Times are in {{zone}}.',
    'price.published':
      'Price list version {{version}} is published. It applies to cases quoted from {{when}}.',
    'price.inForce': 'In force: version {{version}}, since {{since}}',
    'price.scheduledNotice':
      'Version {{version}} is scheduled: it applies to cases quoted from {{when}}.',
    'price.openPublish': 'Publish the next price list',
    'price.history': 'Every version',
    'price.version': 'Version',
    'price.effectiveFrom': 'Applies from',
    'price.status.current': 'In force',
    'price.status.scheduled': 'Scheduled',
    'price.status.replaced': 'Replaced',
    'price.fees': 'Fees',
    'price.feesOf': 'Fees of version {{version}}',
    'price.feeLine': '{{label}}: {{amount}}',
    'price.panelSizes': 'Specialists on the panel',
    'price.feeAmountColumn': 'Fee',
    'price.sizesFrom': '{{min}} or more',
    'price.sizesRange': '{{min}} to {{max}}',
    'price.includes': 'Every fee includes',
    'price.excludes': 'No fee includes',
    'price.feesHint':
      'From 1 specialist up, each fee starting where the one before ends; leave “to” empty on the last, which covers every larger board.',
    'price.fee': 'Fee {{number}}',
    'price.feeLabel': 'Label',
    'price.feeFrom': 'From (specialists)',
    'price.feeTo': 'To (specialists)',
    'price.feeAmount': 'Fee (₹)',
    'price.removeFee': 'Remove',
    'price.addFee': 'Add a fee',
    'price.publishTitle': 'Publish version {{version}}',
    'price.publishEffect':
      'Cases quoted from the time below get these fees. Quotes already made, paid or not, keep their price. A published version cannot be changed; publish another to correct it.',
    'price.prefilled': 'Prefilled from version {{version}}, the one in force.',
    'price.prefilledScheduled':
      'Prefilled from version {{version}}, the latest, scheduled to apply from {{when}}.',
    'price.effectiveFromLabel': 'Applies from',
    'price.effectiveFromHint': 'A date and time in the future, in {{zone}}.',
    'price.effectiveFromHintAfter':
      'A date and time after {{when}}, when version {{version}} starts, in {{zone}}.',
    'price.includesLabel': 'Every fee includes',
    'price.excludesLabel': 'No fee includes',
    'price.linesHint': 'One item per line, as the invoice prints them.',
    'price.publish': 'Publish version {{version}}',
    'price.confirm':
      'Publish price list version {{version}}? Cases quoted from {{when}} get its fees; it cannot be changed afterwards.',
    'price.error.effectiveFromMissing': 'Choose the date and time the new fees apply from.',
    'price.error.effectiveFrom':
      'Choose a time in the future: a new price list applies only to cases quoted from then, and cases already quoted keep their price.',
    'price.error.wholeNumber': 'Type a whole number of specialists.',
    'price.error.amountFormat': 'Type the fee in rupees, e.g. 2500 or 2500.50.',
    'price.error.label': 'The label must be 2 to 128 characters.',
    'price.error.afterLatest':
      'Choose a time after {{when}}: version {{version}} applies from then, and a new version must start after it.',
    'price.error.firstFrom':
      'The first fee must start at 1 specialist, so every panel size has a fee.',
    'price.error.minSpecialists':
      'This fee must start at {{from}} specialists, right after the fee before it, which ends at {{end}}, so every panel size has exactly one fee.',
    'price.error.lastOpen': 'Leave “to” empty on the last fee: it covers every larger board.',
    'price.error.onlyLastOpen': 'Only the last fee may be without an upper bound.',
    'price.error.maxBelowMin': '“To” is below “from”.',
    'price.error.amount': 'A fee is at least ₹1.',
    'price.error.amountTooLarge': 'A fee is at most {{max}}.',
    'price.error.noFees': 'Give at least one fee.',
    'price.error.noLines': 'Give at least one line.',
    'price.error.lineTooLong': 'Each line is at most 300 characters; line {{number}} is longer.',
  },
  hi: {
    'price.nav': 'मूल्य सूची',
    'price.title': 'मूल्य सूची',
    'price.intro':
      'पैनल के आकार के अनुसार केस का तय शुल्क। नया संस्करण उन केस पर लागू होता है जिनका शुल्क उसके लागू होने के समय से तय हो; पहले से तय शुल्क वही रहते हैं। समय {{zone}} में है।',
    'price.published':
      'मूल्य सूची संस्करण {{version}} प्रकाशित हुआ। यह {{when}} से तय होने वाले केस पर लागू होता है।',
    'price.inForce': 'लागू: संस्करण {{version}}, {{since}} से',
    'price.scheduledNotice':
      'संस्करण {{version}} निर्धारित है: यह {{when}} से तय होने वाले केस पर लागू होगा।',
    'price.openPublish': 'अगली मूल्य सूची प्रकाशित करें',
    'price.history': 'हर संस्करण',
    'price.version': 'संस्करण',
    'price.effectiveFrom': 'कब से लागू',
    'price.status.current': 'लागू',
    'price.status.scheduled': 'निर्धारित',
    'price.status.replaced': 'बदला गया',
    'price.fees': 'शुल्क',
    'price.feesOf': 'संस्करण {{version}} के शुल्क',
    'price.feeLine': '{{label}}: {{amount}}',
    'price.panelSizes': 'पैनल में विशेषज्ञ',
    'price.feeAmountColumn': 'शुल्क',
    'price.sizesFrom': '{{min}} या अधिक',
    'price.sizesRange': '{{min}} से {{max}}',
    'price.includes': 'हर शुल्क में शामिल',
    'price.excludes': 'किसी शुल्क में शामिल नहीं',
    'price.feesHint':
      '1 विशेषज्ञ से शुरू, हर शुल्क वहीं से शुरू जहाँ पिछला समाप्त हो; आख़िरी में “तक” ख़ाली छोड़ें, जो हर बड़े बोर्ड पर लागू होता है।',
    'price.fee': 'शुल्क {{number}}',
    'price.feeLabel': 'नाम',
    'price.feeFrom': 'से (विशेषज्ञ)',
    'price.feeTo': 'तक (विशेषज्ञ)',
    'price.feeAmount': 'शुल्क (₹)',
    'price.removeFee': 'हटाएँ',
    'price.addFee': 'एक शुल्क जोड़ें',
    'price.publishTitle': 'संस्करण {{version}} प्रकाशित करें',
    'price.publishEffect':
      'नीचे दिए समय से तय होने वाले केस को ये शुल्क मिलेंगे। पहले से तय शुल्क, भुगतान हुआ हो या नहीं, वही रहते हैं। प्रकाशित संस्करण बदला नहीं जा सकता; सुधार के लिए दूसरा प्रकाशित करें।',
    'price.prefilled': 'संस्करण {{version}} से भरा गया, जो अभी लागू है।',
    'price.prefilledScheduled':
      'संस्करण {{version}} से भरा गया, जो सबसे नया है और {{when}} से लागू होने के लिए निर्धारित है।',
    'price.effectiveFromLabel': 'कब से लागू',
    'price.effectiveFromHint': 'भविष्य की तारीख़ और समय, {{zone}} में।',
    'price.effectiveFromHintAfter':
      '{{when}} के बाद की तारीख़ और समय, जब संस्करण {{version}} शुरू होता है, {{zone}} में।',
    'price.includesLabel': 'हर शुल्क में शामिल',
    'price.excludesLabel': 'किसी शुल्क में शामिल नहीं',
    'price.linesHint': 'हर पंक्ति में एक चीज़, जैसे इनवॉइस पर छपती है।',
    'price.publish': 'संस्करण {{version}} प्रकाशित करें',
    'price.confirm':
      'मूल्य सूची संस्करण {{version}} प्रकाशित करें? {{when}} से तय होने वाले केस को इसके शुल्क मिलेंगे; बाद में इसे बदला नहीं जा सकता।',
    'price.error.effectiveFromMissing': 'वह तारीख़ और समय चुनें जब से नए शुल्क लागू होंगे।',
    'price.error.effectiveFrom':
      'भविष्य का समय चुनें: नई मूल्य सूची केवल तब से तय होने वाले केस पर लागू होती है, और पहले से तय शुल्क वही रहते हैं।',
    'price.error.wholeNumber': 'विशेषज्ञों की पूरी संख्या लिखें।',
    'price.error.amountFormat': 'शुल्क रुपयों में लिखें, जैसे 2500 या 2500.50।',
    'price.error.label': 'नाम 2 से 128 अक्षरों का होना चाहिए।',
    'price.error.afterLatest':
      '{{when}} के बाद का समय चुनें: संस्करण {{version}} तब से लागू होता है, और नया संस्करण उसके बाद ही शुरू हो सकता है।',
    'price.error.firstFrom': 'पहला शुल्क 1 विशेषज्ञ से शुरू होना चाहिए, ताकि हर पैनल आकार का शुल्क हो।',
    'price.error.minSpecialists':
      'यह शुल्क {{from}} विशेषज्ञों से शुरू होना चाहिए, पिछले शुल्क के ठीक बाद, जो {{end}} पर समाप्त होता है, ताकि हर पैनल आकार का ठीक एक शुल्क हो।',
    'price.error.lastOpen': 'आख़िरी शुल्क में “तक” ख़ाली छोड़ें: यह हर बड़े बोर्ड पर लागू होता है।',
    'price.error.onlyLastOpen': 'केवल आख़िरी शुल्क बिना ऊपरी सीमा के हो सकता है।',
    'price.error.maxBelowMin': '“तक” “से” से कम है।',
    'price.error.amount': 'शुल्क कम से कम ₹1 है।',
    'price.error.amountTooLarge': 'शुल्क अधिकतम {{max}} हो सकता है।',
    'price.error.noFees': 'कम से कम एक शुल्क दें।',
    'price.error.noLines': 'कम से कम एक पंक्ति दें।',
    'price.error.lineTooLong': 'हर पंक्ति अधिकतम 300 अक्षरों की हो; पंक्ति {{number}} लंबी है।',
  },
});
