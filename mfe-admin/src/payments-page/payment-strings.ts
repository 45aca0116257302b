import { addTranslations } from '@consilium/web-kit';

/** The strings of the payments list (namespace `admin`, keys `pay.*`). */
addTranslations('admin', {
  en: {
    'pay.nav': 'Payments',
    'pay.title': 'Payments',
    'pay.intro':
      'Every payment of a case’s fee, newest first. Times and days are in {{zone}}. Open a payment’s refund form to give money back.',
    'pay.filters': 'Payment filters',
    'pay.filter.status': 'Status',
    'pay.filter.anyStatus': 'Any status',
    'pay.filter.from': 'From (day)',
    'pay.filter.to': 'To (day, included)',
    'pay.filter.flagged': 'Only payments flagged for reconciliation',
    'pay.filter.show': 'Show payments',
    'pay.filter.clear': 'Show every payment',
    'pay.filterError.caseId':
      'This is not a case id. Paste the id of a case, like 0b9f6a52-3c1d-4e8f-9a2b-7c6d5e4f3a21.',
    'pay.filterError.from': 'This is not a day the list can start from.',
    'pay.filterError.to': 'The last day must not be before the first day.',
    'pay.fixFilters': 'Fix the filter marked above to see payments.',
    'pay.none': 'No payment matches these filters.',
    'pay.case': 'Case',
    'pay.caseLink': 'Case {{id}}',
    'pay.payer': 'Paid by',
    'pay.amount': 'Amount',
    'pay.methodColumn': 'Method',
    'pay.issueColumn': 'Issue',
    'pay.invoice': 'Invoice',
    'pay.refunded': 'Refunded',
    'pay.status.CAPTURED': 'Paid',
    'pay.status.PARTIALLY_REFUNDED': 'Partly refunded',
    'pay.status.REFUNDED': 'Refunded',
    'pay.status.FAILED': 'Failed',
    'pay.method.upi': 'UPI',
    'pay.method.card': 'Card',
    'pay.method.netbanking': 'Net banking',
    'pay.method.wallet': 'Wallet',
    'pay.method.emi': 'EMI',
    'pay.source.RECONCILIATION': 'Found by reconciliation (its webhook never came)',
    'pay.issue.AMOUNT_MISMATCH': 'Wrong amount',
    'pay.issue.CASE_NOT_PAYABLE': 'Case had ended',
    'pay.issue.DUPLICATE_PAYMENT': 'Paid twice',
    'pay.issueExplained.AMOUNT_MISMATCH':
      'The amount paid is not the case’s quoted fee, so the case was not started. Ask the payer what happened, then refund the payment.',
    'pay.issueExplained.CASE_NOT_PAYABLE':
      'The case had ended (cancelled, withdrawn or erased) before this payment arrived, so it was not started. The whole amount is refunded automatically.',
    'pay.issueExplained.DUPLICATE_PAYMENT':
      'The case had already been paid for; this is a second payment. It is refunded in full automatically.',
    'pay.refundStatus.PENDING': 'Pending',
    'pay.refundStatus.PROCESSED': 'Processed',
    'pay.refundStatus.FAILED': 'Failed',
    'pay.closesCase': 'cancels the case',
    'pay.refund': 'Refund',
    'pay.refundOf': '{{reference}} paid by {{name}}',
    'pay.refundTitle': 'Refund payment {{reference}}',
    'pay.refundSent':
      'A refund of {{amount}} on payment {{reference}} was sent to the provider. It is pending until the provider processes it.',
    'pay.refundProcessed':
      'A refund of {{amount}} on payment {{reference}} was sent, and the provider has processed it.',
    'pay.refundRefused':
      'The refund of {{amount}} on payment {{reference}} was not made: the provider refused it, saying “{{reason}}”. No money went back; check the reason, then refund again.',
    'pay.refundRefusedNoReason':
      'The refund of {{amount}} on payment {{reference}} was not made: the provider refused it without a reason. No money went back.',
  },
  hi: {
    'pay.nav': 'भुगतान',
    'pay.title': 'भुगतान',
    'pay.intro':
      'केस के शुल्क का हर भुगतान, सबसे नया पहले। समय और दिन {{zone}} में हैं। पैसे लौटाने के लिए भुगतान का धनवापसी फ़ॉर्म खोलें।',
    'pay.filters': 'भुगतान फ़िल्टर',
    'pay.filter.status': 'स्थिति',
    'pay.filter.anyStatus': 'कोई भी स्थिति',
    'pay.filter.from': 'से (दिन)',
    'pay.filter.to': 'तक (दिन, शामिल)',
    'pay.filter.flagged': 'केवल मिलान के लिए चिह्नित भुगतान',
    'pay.filter.show': 'भुगतान दिखाएँ',
    'pay.filter.clear': 'हर भुगतान दिखाएँ',
    'pay.filterError.caseId':
      'यह केस आईडी नहीं है। किसी केस की आईडी चिपकाएँ, जैसे 0b9f6a52-3c1d-4e8f-9a2b-7c6d5e4f3a21।',
    'pay.filterError.from': 'सूची इस दिन से शुरू नहीं हो सकती।',
    'pay.filterError.to': 'आख़िरी दिन पहले दिन से पहले नहीं हो सकता।',
    'pay.fixFilters': 'भुगतान देखने के लिए ऊपर चिह्नित फ़िल्टर ठीक करें।',
    'pay.none': 'इन फ़िल्टर से कोई भुगतान मेल नहीं खाता।',
    'pay.case': 'केस',
    'pay.caseLink': 'केस {{id}}',
    'pay.payer': 'किसने भुगतान किया',
    'pay.amount': 'राशि',
    'pay.methodColumn': 'तरीका',
    'pay.issueColumn': 'समस्या',
    'pay.invoice': 'इनवॉइस',
    'pay.refunded': 'धनवापसी',
    'pay.status.CAPTURED': 'भुगतान हुआ',
    'pay.status.PARTIALLY_REFUNDED': 'आंशिक धनवापसी',
    'pay.status.REFUNDED': 'धनवापसी हुई',
    'pay.status.FAILED': 'विफल',
    'pay.method.upi': 'UPI',
    'pay.method.card': 'कार्ड',
    'pay.method.netbanking': 'नेट बैंकिंग',
    'pay.method.wallet': 'वॉलेट',
    'pay.method.emi': 'EMI',
    'pay.source.RECONCILIATION': 'मिलान से मिला (इसका वेबहुक कभी नहीं आया)',
    'pay.issue.AMOUNT_MISMATCH': 'गलत राशि',
    'pay.issue.CASE_NOT_PAYABLE': 'केस समाप्त हो चुका था',
    'pay.issue.DUPLICATE_PAYMENT': 'दो बार भुगतान',
    'pay.issueExplained.AMOUNT_MISMATCH':
      'भुगतान की गई राशि केस का तय शुल्क नहीं है, इसलिए केस शुरू नहीं हुआ। भुगतानकर्ता से पूछें कि क्या हुआ, फिर भुगतान की धनवापसी करें।',
    'pay.issueExplained.CASE_NOT_PAYABLE':
      'यह भुगतान आने से पहले केस समाप्त हो चुका था (रद्द, वापस लिया गया या मिटाया गया), इसलिए वह शुरू नहीं हुआ। पूरी राशि की धनवापसी अपने-आप होती है।',
    'pay.issueExplained.DUPLICATE_PAYMENT':
      'इस केस का भुगतान पहले ही हो चुका था; यह दूसरा भुगतान है। इसकी पूरी धनवापसी अपने-आप की जाती है।',
    'pay.refundStatus.PENDING': 'लंबित',
    'pay.refundStatus.PROCESSED': 'पूरी हुई',
    'pay.refundStatus.FAILED': 'विफल',
    'pay.closesCase': 'केस रद्द करती है',
    'pay.refund': 'धनवापसी',
    'pay.refundOf': '{{reference}}, {{name}} द्वारा भुगतान',
    'pay.refundTitle': 'भुगतान {{reference}} की धनवापसी',
    'pay.refundSent':
      'भुगतान {{reference}} पर {{amount}} की धनवापसी प्रदाता को भेजी गई। प्रदाता के पूरा करने तक यह लंबित रहेगी।',
    'pay.refundProcessed':
      'भुगतान {{reference}} पर {{amount}} की धनवापसी भेजी गई, और प्रदाता ने इसे पूरा कर दिया है।',
    'pay.refundRefused':
      'भुगतान {{reference}} पर {{amount}} की धनवापसी नहीं हुई: प्रदाता ने इसे अस्वीकार कर दिया और कहा “{{reason}}”। पैसा वापस नहीं गया; कारण देखें, फिर दोबारा धनवापसी करें।',
    'pay.refundRefusedNoReason':
      'भुगतान {{reference}} पर {{amount}} की धनवापसी नहीं हुई: प्रदाता ने बिना कारण बताए इसे अस्वीकार कर दिया। पैसा वापस नहीं गया।',
  },
});
