import { addTranslations } from '@consilium/web-kit';

/** The strings of the refund form (namespace `admin`, keys `refundForm.*`). */
addTranslations('admin', {
  en: {
    'refundForm.summary': '{{paid}} paid by {{name}}; {{left}} is left to refund.',
    'refundForm.amount': 'Amount to refund (₹)',
    'refundForm.amountHint': 'In rupees, e.g. 500 or 499.50. Everything left is {{left}}.',
    'refundForm.reason': 'Reason',
    'refundForm.reasonHint': '5 to 500 characters. The patient reads it.',
    'refundForm.closesCase': 'Cancel the case (it cannot proceed)',
    'refundForm.closesCaseHint':
      'Only with a refund of everything left. The case is cancelled once the provider has processed the refund.',
    'refundForm.submit': 'Send the refund',
    'refundForm.error.amountFormat': 'Type the amount in rupees, e.g. 500 or 499.50.',
    'refundForm.error.amount':
      'The refund must be more than ₹0 and at most {{left}}, what is left to refund on this payment.',
    'refundForm.error.reason': 'Give a reason of 5 to 500 characters; the patient reads it.',
    'refundForm.error.closesCase':
      'Only a refund of everything left on the payment that started the case can cancel it.',
    'refundForm.error.nothingLeft':
      'Nothing is left to refund on this payment: it was refunded meanwhile.',
  },
  hi: {
    'refundForm.summary': '{{name}} द्वारा {{paid}} का भुगतान; {{left}} की धनवापसी बाकी है।',
    'refundForm.amount': 'धनवापसी की राशि (₹)',
    'refundForm.amountHint': 'रुपयों में, जैसे 500 या 499.50। पूरी बाकी राशि {{left}} है।',
    'refundForm.reason': 'कारण',
    'refundForm.reasonHint': '5 से 500 अक्षर। मरीज़ इसे पढ़ता है।',
    'refundForm.closesCase': 'केस रद्द करें (यह आगे नहीं बढ़ सकता)',
    'refundForm.closesCaseHint':
      'केवल पूरी बाकी राशि की धनवापसी के साथ। प्रदाता के धनवापसी पूरी करने पर केस रद्द हो जाता है।',
    'refundForm.submit': 'धनवापसी भेजें',
    'refundForm.error.amountFormat': 'राशि रुपयों में लिखें, जैसे 500 या 499.50।',
    'refundForm.error.amount':
      'धनवापसी ₹0 से अधिक और अधिकतम {{left}} हो सकती है, जो इस भुगतान पर धनवापसी के लिए बाकी है।',
    'refundForm.error.reason': '5 से 500 अक्षरों का कारण दें; मरीज़ इसे पढ़ता है।',
    'refundForm.error.closesCase':
      'केवल उस भुगतान की पूरी बाकी राशि की धनवापसी ही केस रद्द कर सकती है जिससे केस शुरू हुआ था।',
    'refundForm.error.nothingLeft':
      'इस भुगतान पर धनवापसी के लिए कुछ बाकी नहीं है: इस बीच इसकी धनवापसी हो चुकी है।',
  },
});
