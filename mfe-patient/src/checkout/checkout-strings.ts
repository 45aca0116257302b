import { addTranslations } from '@consilium/web-kit';

/**
 * Strings of paying a case's fee: the checkout step (name on the invoice), Razorpay's Checkout
 * and the payment sandbox's test payment page (namespace `patient`).
 */
addTranslations('patient', {
  en: {
    'checkout.title': 'Pay the fee',
    'checkout.titleFor': 'Pay the fee for {{name}}’s case',
    'checkout.back': '← Back to the case',
    'checkout.intro':
      'Check the fee and the name to print on the invoice, then go on to the payment.',
    'checkout.formTitle': 'Your invoice',
    'checkout.amount': 'Amount to pay',
    'checkout.billingName': 'Name on the invoice',
    'checkout.billingNameHint':
      'Printed on the invoice as who paid. Change it if someone else pays, for example a relative or an employer.',
    'checkout.continue': 'Continue to payment',
    'checkout.opening': 'Opening the payment…',
    'checkout.confirming': 'Confirming your payment…',
    'checkout.retry': 'Try again',
    'checkout.confirmAgain': 'Confirm the payment again',
    'checkout.alreadyPaid': 'This case is already paid for.',
    'checkout.seeInvoice': 'See the invoice on the case page',
    'checkout.cancelledAfterPayment':
      'This case was cancelled after it was paid for, and the payment is refunded.',
    'checkout.seeRefund': 'See the refund and the invoice on the case page',
    'checkout.notPayable': 'There is nothing to pay for this case now.',
    'checkout.noQuote': 'The fee is being prepared. Please come back in a moment.',
    'checkout.error.billingNameRequired': 'Enter the name to print on the invoice.',
    'checkout.error.billingName': 'Enter a name of 2 to 120 characters.',
    'checkout.error.amountChanged':
      'The fee has changed since this page was opened. Check the new amount, then continue.',
    'checkout.error.providerUnavailable':
      'The payment service could not be reached just now. Nothing was charged. Please try again.',
    'checkout.error.network':
      'Consilium could not be reached. Nothing was charged. Check your connection and try again.',
    'checkout.error.unexpected':
      'The payment could not be started just now. Nothing was charged. Please try again.',
    'checkout.error.confirmUnavailable':
      'Your payment went through, but the payment service did not answer when we checked it. Your payment is safe and will show on the case shortly; you can also confirm it again now.',
    'checkout.error.confirmNetwork':
      'Your payment went through, but its confirmation could not reach Consilium. Check your connection and confirm it again; you will not be charged twice.',
    'checkout.error.confirmUnexpected':
      'Your payment went through, but it could not be confirmed just now. Confirm it again in a moment; you will not be charged twice.',
    'checkout.razorpayUnavailable':
      'The payment window could not be opened. Check your connection and try again.',
    'checkout.razorpayFailed': 'The payment did not go through: {{reason}} You can try again.',
    'checkout.razorpayClosed': 'The payment window was closed before paying. Nothing was charged.',
    'checkout.method.upi': 'UPI',
    'checkout.method.card': 'Card',
    'checkout.method.netbanking': 'Net banking',
    'checkout.method.wallet': 'Wallet',
    'checkout.sandbox.title': 'Test payment page',
    'checkout.sandbox.noMoney': 'Test payment: no real money is taken.',
    'checkout.sandbox.explain':
      'This page stands in for the payment provider’s checkout while Consilium runs with its payment sandbox. Choose how the payment should end.',
    'checkout.sandbox.orderTitle': 'Payment',
    'checkout.sandbox.merchant': 'Merchant',
    'checkout.sandbox.amount': 'Amount',
    'checkout.sandbox.billedTo': 'Invoice to',
    'checkout.sandbox.order': 'Order',
    'checkout.sandbox.method': 'Pay with',
    'checkout.sandbox.paySuccess': 'Pay successfully',
    'checkout.sandbox.payFailure': 'Simulate a failed payment',
    'checkout.sandbox.paying': 'Paying…',
    'checkout.sandbox.failed':
      'The payment did not go through: {{reason}} Nothing was charged. You can try again.',
    'checkout.sandbox.refused': 'The payment was refused: {{reason}}',
    'checkout.sandbox.unreachable':
      'The test payment page could not be reached. Nothing was charged. Please try again.',
    'checkout.sandbox.loading': 'Opening the test payment page…',
    'checkout.sandbox.noOrder': 'No test payment is open for this case.',
    'checkout.sandbox.startCheckout': 'Go to the payment step',
    'checkout.sandbox.orderPaid': 'This order has been paid. It shows on the case in a moment.',
    'checkout.sandbox.backToCase': 'Back to the case',
  },
  hi: {
    'checkout.title': 'शुल्क चुकाएँ',
    'checkout.titleFor': '{{name}} के केस का शुल्क चुकाएँ',
    'checkout.back': '← केस पर वापस',
    'checkout.intro': 'शुल्क और चालान पर छपने वाला नाम जाँचें, फिर भुगतान पर आगे बढ़ें।',
    'checkout.formTitle': 'आपका चालान',
    'checkout.amount': 'चुकाने की राशि',
    'checkout.billingName': 'चालान पर नाम',
    'checkout.billingNameHint':
      'चालान पर भुगतान करने वाले के रूप में छपता है। कोई और भुगतान करे, जैसे कोई रिश्तेदार या नियोक्ता, तो इसे बदलें।',
    'checkout.continue': 'भुगतान पर आगे बढ़ें',
    'checkout.opening': 'भुगतान खोला जा रहा है…',
    'checkout.confirming': 'आपके भुगतान की पुष्टि की जा रही है…',
    'checkout.retry': 'फिर से कोशिश करें',
    'checkout.confirmAgain': 'भुगतान की फिर से पुष्टि करें',
    'checkout.alreadyPaid': 'इस केस का भुगतान हो चुका है।',
    'checkout.seeInvoice': 'केस पेज पर चालान देखें',
    'checkout.cancelledAfterPayment': 'भुगतान के बाद यह केस रद्द हुआ, और भुगतान वापस किया जा रहा है।',
    'checkout.seeRefund': 'केस पेज पर रिफ़ंड और चालान देखें',
    'checkout.notPayable': 'इस केस के लिए अभी कुछ चुकाना नहीं है।',
    'checkout.noQuote': 'शुल्क तैयार किया जा रहा है। कृपया थोड़ी देर में फिर आएँ।',
    'checkout.error.billingNameRequired': 'चालान पर छपने वाला नाम डालें।',
    'checkout.error.billingName': '2 से 120 अक्षरों का नाम डालें।',
    'checkout.error.amountChanged': 'यह पेज खोलने के बाद शुल्क बदल गया है। नई राशि जाँचें, फिर आगे बढ़ें।',
    'checkout.error.providerUnavailable':
      'भुगतान सेवा से अभी संपर्क नहीं हो सका। कोई पैसा नहीं कटा। कृपया फिर से कोशिश करें।',
    'checkout.error.network':
      'कॉन्सिलियम से संपर्क नहीं हो सका। कोई पैसा नहीं कटा। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
    'checkout.error.unexpected': 'भुगतान अभी शुरू नहीं हो सका। कोई पैसा नहीं कटा। कृपया फिर से कोशिश करें।',
    'checkout.error.confirmUnavailable':
      'आपका भुगतान हो गया, पर जाँचते समय भुगतान सेवा ने जवाब नहीं दिया। आपका भुगतान सुरक्षित है और जल्द ही केस पर दिखेगा; आप अभी फिर से पुष्टि भी कर सकते हैं।',
    'checkout.error.confirmNetwork':
      'आपका भुगतान हो गया, पर उसकी पुष्टि कॉन्सिलियम तक नहीं पहुँची। अपना कनेक्शन जाँचें और फिर से पुष्टि करें; आपसे दो बार पैसा नहीं लिया जाएगा।',
    'checkout.error.confirmUnexpected':
      'आपका भुगतान हो गया, पर अभी उसकी पुष्टि नहीं हो सकी। थोड़ी देर में फिर से पुष्टि करें; आपसे दो बार पैसा नहीं लिया जाएगा।',
    'checkout.razorpayUnavailable': 'भुगतान विंडो नहीं खुल सकी। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
    'checkout.razorpayFailed': 'भुगतान नहीं हुआ: {{reason}} आप फिर से कोशिश कर सकते हैं।',
    'checkout.razorpayClosed': 'भुगतान से पहले भुगतान विंडो बंद कर दी गई। कोई पैसा नहीं कटा।',
    'checkout.method.upi': 'UPI',
    'checkout.method.card': 'कार्ड',
    'checkout.method.netbanking': 'नेट बैंकिंग',
    'checkout.method.wallet': 'वॉलेट',
    'checkout.sandbox.title': 'परीक्षण भुगतान पेज',
    'checkout.sandbox.noMoney': 'परीक्षण भुगतान: कोई असली पैसा नहीं लिया जाता।',
    'checkout.sandbox.explain':
      'जब कॉन्सिलियम अपने भुगतान सैंडबॉक्स के साथ चलता है, तब यह पेज भुगतान सेवा के चेकआउट की जगह लेता है। चुनें कि भुगतान कैसे ख़त्म हो।',
    'checkout.sandbox.orderTitle': 'भुगतान',
    'checkout.sandbox.merchant': 'व्यापारी',
    'checkout.sandbox.amount': 'राशि',
    'checkout.sandbox.billedTo': 'चालान किसके नाम',
    'checkout.sandbox.order': 'ऑर्डर',
    'checkout.sandbox.method': 'भुगतान का तरीका',
    'checkout.sandbox.paySuccess': 'सफल भुगतान करें',
    'checkout.sandbox.payFailure': 'विफल भुगतान का अभ्यास करें',
    'checkout.sandbox.paying': 'भुगतान हो रहा है…',
    'checkout.sandbox.failed': 'भुगतान नहीं हुआ: {{reason}} कोई पैसा नहीं कटा। आप फिर से कोशिश कर सकते हैं।',
    'checkout.sandbox.refused': 'भुगतान अस्वीकार हुआ: {{reason}}',
    'checkout.sandbox.unreachable':
      'परीक्षण भुगतान पेज से संपर्क नहीं हो सका। कोई पैसा नहीं कटा। कृपया फिर से कोशिश करें।',
    'checkout.sandbox.loading': 'परीक्षण भुगतान पेज खोला जा रहा है…',
    'checkout.sandbox.noOrder': 'इस केस के लिए कोई परीक्षण भुगतान खुला नहीं है।',
    'checkout.sandbox.startCheckout': 'भुगतान के चरण पर जाएँ',
    'checkout.sandbox.orderPaid': 'इस ऑर्डर का भुगतान हो गया है। यह थोड़ी देर में केस पर दिखेगा।',
    'checkout.sandbox.backToCase': 'केस पर वापस',
  },
});
