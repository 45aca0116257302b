import { addTranslations } from '@consilium/web-kit';

/** The strings of the refunds list (namespace `admin`, keys `refunds.*`). */
addTranslations('admin', {
  en: {
    'refunds.nav': 'Refunds',
    'refunds.title': 'Refunds',
    'refunds.intro':
      'Every refund, newest first, with who started it: operations staff, the patient or their proxy (cancelling a paid case), the platform’s rules (a payment for a case that had ended, or a second payment) or the payment provider. Times are in {{zone}}.',
    'refunds.statusFilter': 'Show refunds',
    'refunds.every': 'Every refund',
    'refunds.none': 'No refund has been made yet.',
    'refunds.noneOfStatus': 'No refund has this status.',
    'refunds.requested': 'Asked for',
    'refunds.payment': 'Payment',
    'refunds.reason': 'Reason',
    'refunds.madeBy': 'Made by',
    'refunds.initiatedBy.PLATFORM': 'Platform rules',
    'refunds.initiatedBy.PATIENT_SIDE': 'Patient or proxy',
    'refunds.initiatedBy.OPERATIONS': 'Operations staff',
    'refunds.initiatedBy.PROVIDER': 'Payment provider',
    'refunds.closesCase': 'Cancels the case once processed',
    'refunds.processedAt': 'processed {{at}}',
    'refunds.providerReference': 'Provider’s reference',
    'refunds.notSentYet': 'Not sent to the provider yet',
  },
  hi: {
    'refunds.nav': 'धनवापसी',
    'refunds.title': 'धनवापसी',
    'refunds.intro':
      'हर धनवापसी, सबसे नई पहले, और किसने शुरू की: संचालन कर्मचारी, मरीज़ या उसका प्रॉक्सी (भुगतान हो चुके केस को रद्द करके), प्लेटफ़ॉर्म के नियम (समाप्त हो चुके केस का भुगतान, या दूसरा भुगतान) या भुगतान प्रदाता। समय {{zone}} में है।',
    'refunds.statusFilter': 'धनवापसी दिखाएँ',
    'refunds.every': 'हर धनवापसी',
    'refunds.none': 'अभी तक कोई धनवापसी नहीं हुई है।',
    'refunds.noneOfStatus': 'इस स्थिति की कोई धनवापसी नहीं है।',
    'refunds.requested': 'कब माँगी गई',
    'refunds.payment': 'भुगतान',
    'refunds.reason': 'कारण',
    'refunds.madeBy': 'किसने शुरू की',
    'refunds.initiatedBy.PLATFORM': 'प्लेटफ़ॉर्म के नियम',
    'refunds.initiatedBy.PATIENT_SIDE': 'मरीज़ या प्रॉक्सी',
    'refunds.initiatedBy.OPERATIONS': 'संचालन कर्मचारी',
    'refunds.initiatedBy.PROVIDER': 'भुगतान प्रदाता',
    'refunds.closesCase': 'पूरी होने पर केस रद्द करती है',
    'refunds.processedAt': '{{at}} को पूरी हुई',
    'refunds.providerReference': 'प्रदाता का संदर्भ',
    'refunds.notSentYet': 'अभी प्रदाता को नहीं भेजी गई',
  },
});
