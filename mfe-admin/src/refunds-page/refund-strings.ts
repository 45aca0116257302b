import { addTranslations } from '@consilium/web-kit';

/** The strings of the refunds list (namespace `admin`, keys `refunds.*`). */
addTranslations('admin', {
  en: {
    'refunds.nav': 'Refunds',
    'refunds.title': 'Refunds',
    'refunds.intro':
      'Every refund, newest first: those staff sent and those the platform made by its rules (a payment for a case that had ended, or a second payment). Times are in {{zone}}.',
    'refunds.statusFilter': 'Show refunds',
    'refunds.every': 'Every refund',
    'refunds.none': 'No refund has been made yet.',
    'refunds.noneOfStatus': 'No refund has this status.',
    'refunds.requested': 'Asked for',
    'refunds.payment': 'Payment',
    'refunds.reason': 'Reason',
    'refunds.madeBy': 'Made by',
    'refunds.automatic': 'The platform (automatic)',
    'refunds.byStaff': 'Operations staff',
    'refunds.closesCase': 'Cancels the case once processed',
    'refunds.processedAt': 'processed {{at}}',
    'refunds.providerReference': 'Provider’s reference',
    'refunds.notSentYet': 'Not sent to the provider yet',
  },
  hi: {
    'refunds.nav': 'रिफ़ंड',
    'refunds.title': 'रिफ़ंड',
    'refunds.intro':
      'हर रिफ़ंड, सबसे नया पहले: कर्मचारियों के भेजे हुए और प्लेटफ़ॉर्म के नियमों से बने (समाप्त हो चुके केस का भुगतान, या दूसरा भुगतान)। समय {{zone}} में है।',
    'refunds.statusFilter': 'रिफ़ंड दिखाएँ',
    'refunds.every': 'हर रिफ़ंड',
    'refunds.none': 'अभी तक कोई रिफ़ंड नहीं हुआ है।',
    'refunds.noneOfStatus': 'इस स्थिति का कोई रिफ़ंड नहीं है।',
    'refunds.requested': 'कब माँगा गया',
    'refunds.payment': 'भुगतान',
    'refunds.reason': 'कारण',
    'refunds.madeBy': 'किसने किया',
    'refunds.automatic': 'प्लेटफ़ॉर्म (अपने-आप)',
    'refunds.byStaff': 'संचालन कर्मचारी',
    'refunds.closesCase': 'पूरा होने पर केस रद्द करता है',
    'refunds.processedAt': '{{at}} को पूरा हुआ',
    'refunds.providerReference': 'प्रदाता का संदर्भ',
    'refunds.notSentYet': 'अभी प्रदाता को नहीं भेजा गया',
  },
});
