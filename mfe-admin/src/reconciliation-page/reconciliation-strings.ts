import { addTranslations } from '@consilium/web-kit';

/** The strings of payment reconciliation (namespace `admin`, keys `recon.*`). */
addTranslations('admin', {
  en: {
    'recon.nav': 'Reconciliation',
    'recon.title': 'Payment reconciliation',
    'recon.intro':
      'Payments, orders and refunds that need a person. Consilium asks the payment provider about unpaid orders and pending refunds every few minutes by itself; times are in {{zone}}.',
    'recon.runIntro':
      'A payer says they paid but the case did not start? The provider’s message (webhook) may have been lost. Ask the provider now about every unpaid order and pending refund.',
    'recon.run': 'Reconcile with the provider now',
    'recon.running': 'Asking the provider…',
    'recon.ranAt': 'The provider was asked at {{at}}.',
    'recon.ordersChecked': 'Unpaid orders checked',
    'recon.paymentsRecovered': 'Payments recovered (their webhook was lost)',
    'recon.refundsSettled': 'Refunds settled',
    'recon.refundsSent': 'Refunds sent to the provider',
    'recon.failed': 'The provider could not be asked: {{message}}',
    'recon.flagged': 'Flagged payments',
    'recon.flaggedIntro':
      'Money was taken but the case was not started. Each says why; refund what should go back.',
    'recon.noFlagged': 'No payment is flagged.',
    'recon.stale': 'Unpaid orders',
    'recon.staleIntro':
      'Checkouts opened more than 30 minutes ago and still unpaid: the payer gave up, or paid and the provider’s message was lost (reconcile to find out).',
    'recon.noStale': 'No checkout has been waiting for payment for more than 30 minutes.',
    'recon.opened': 'Opened',
    'recon.providerOrder': 'Provider’s order',
    'recon.orderStatus.CREATED': 'Not paid',
    'recon.orderStatus.ATTEMPTED': 'A payment attempt failed',
    'recon.orderStatus.PAID': 'Paid',
    'recon.pending': 'Pending refunds',
    'recon.pendingIntro': 'Sent to the provider and not processed yet. This list refreshes itself.',
    'recon.noPending': 'No refund is waiting for the provider.',
    'recon.failedRefunds': 'Failed refunds',
    'recon.failedIntro':
      'The provider refused these; the money has not gone back. Check the reason, then refund again.',
    'recon.noFailed': 'No refund has failed.',
  },
  hi: {
    'recon.nav': 'मिलान',
    'recon.title': 'भुगतान मिलान',
    'recon.intro':
      'वे भुगतान, ऑर्डर और धनवापसियाँ जिन पर किसी व्यक्ति का ध्यान चाहिए। Consilium हर कुछ मिनट में अपने-आप भुगतान प्रदाता से अवैतनिक ऑर्डर और लंबित धनवापसियों के बारे में पूछता है; समय {{zone}} में है।',
    'recon.runIntro':
      'भुगतानकर्ता कहता है कि उसने भुगतान किया पर केस शुरू नहीं हुआ? हो सकता है प्रदाता का संदेश (वेबहुक) खो गया हो। हर अवैतनिक ऑर्डर और लंबित धनवापसी के बारे में अभी प्रदाता से पूछें।',
    'recon.run': 'अभी प्रदाता से मिलान करें',
    'recon.running': 'प्रदाता से पूछा जा रहा है…',
    'recon.ranAt': 'प्रदाता से {{at}} पर पूछा गया।',
    'recon.ordersChecked': 'जाँचे गए अवैतनिक ऑर्डर',
    'recon.paymentsRecovered': 'मिले भुगतान (जिनका वेबहुक खो गया था)',
    'recon.refundsSettled': 'निपटाई गई धनवापसियाँ',
    'recon.refundsSent': 'प्रदाता को भेजी गई धनवापसियाँ',
    'recon.failed': 'प्रदाता से पूछा नहीं जा सका: {{message}}',
    'recon.flagged': 'चिह्नित भुगतान',
    'recon.flaggedIntro':
      'पैसा लिया गया पर केस शुरू नहीं हुआ। हर एक का कारण लिखा है; जो लौटाना है उसकी धनवापसी करें।',
    'recon.noFlagged': 'कोई भुगतान चिह्नित नहीं है।',
    'recon.stale': 'अवैतनिक ऑर्डर',
    'recon.staleIntro':
      '30 मिनट से पहले खोले गए और अब भी अवैतनिक चेकआउट: भुगतानकर्ता ने छोड़ दिया, या भुगतान किया और प्रदाता का संदेश खो गया (पता करने के लिए मिलान करें)।',
    'recon.noStale': 'कोई चेकआउट 30 मिनट से अधिक समय से भुगतान की प्रतीक्षा में नहीं है।',
    'recon.opened': 'खोला गया',
    'recon.providerOrder': 'प्रदाता का ऑर्डर',
    'recon.orderStatus.CREATED': 'भुगतान नहीं हुआ',
    'recon.orderStatus.ATTEMPTED': 'एक भुगतान प्रयास विफल हुआ',
    'recon.orderStatus.PAID': 'भुगतान हुआ',
    'recon.pending': 'लंबित धनवापसियाँ',
    'recon.pendingIntro': 'प्रदाता को भेजी गईं और अभी पूरी नहीं हुईं। यह सूची अपने-आप ताज़ा होती है।',
    'recon.noPending': 'कोई धनवापसी प्रदाता की प्रतीक्षा में नहीं है।',
    'recon.failedRefunds': 'विफल धनवापसियाँ',
    'recon.failedIntro':
      'प्रदाता ने इन्हें अस्वीकार किया; पैसा वापस नहीं गया। कारण देखें, फिर दोबारा धनवापसी करें।',
    'recon.noFailed': 'कोई धनवापसी विफल नहीं हुई है।',
  },
});
