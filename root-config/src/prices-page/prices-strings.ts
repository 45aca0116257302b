import { addTranslations } from '@consilium/web-kit';

/** Strings of the prices page (namespace `public`, keys `prices.*`). */
addTranslations('public', {
  en: {
    'prices.intro':
      'You pay one fixed fee for your case, set by how many specialists give you their opinion. Calls and video consultations with them cost nothing more.',
    'prices.feesTitle': 'Fees by number of specialists',
    'prices.panel': 'Specialists',
    'prices.fee': 'Fee',
    'prices.size_one': '{{count}} specialist',
    'prices.size_other': '{{count}} specialists',
    'prices.sizeOrMore_one': 'A board of {{count}} or more specialists',
    'prices.sizeOrMore_other': 'A board of {{count}} or more specialists',
    'prices.sizeRange': '{{min}} to {{max}} specialists',
    'prices.version': 'Price list version {{version}}, in force since {{date}}.',
    'prices.whenYouPay':
      'You pay only after the specialists you chose have confirmed that they can take your case. If your case cannot go ahead, the fee is refunded.',
    'prices.includesTitle': 'Every fee includes',
    'prices.excludesTitle': 'No fee includes',
    'prices.inEnglish': 'These lists are shown in English, as your invoice prints them.',
  },
  hi: {
    'prices.intro':
      'आप अपने केस के लिए एक तय शुल्क देते हैं, जो इस पर निर्भर है कि कितने विशेषज्ञ आपको अपनी राय देते हैं। उनसे फ़ोन और वीडियो पर परामर्श का कोई अलग शुल्क नहीं है।',
    'prices.feesTitle': 'विशेषज्ञों की संख्या के अनुसार शुल्क',
    'prices.panel': 'विशेषज्ञ',
    'prices.fee': 'शुल्क',
    'prices.size_one': '{{count}} विशेषज्ञ',
    'prices.size_other': '{{count}} विशेषज्ञ',
    'prices.sizeOrMore_one': '{{count}} या अधिक विशेषज्ञों का बोर्ड',
    'prices.sizeOrMore_other': '{{count}} या अधिक विशेषज्ञों का बोर्ड',
    'prices.sizeRange': '{{min}} से {{max}} विशेषज्ञ',
    'prices.version': 'मूल्य सूची संस्करण {{version}}, {{date}} से लागू।',
    'prices.whenYouPay':
      'भुगतान तभी करना होता है जब आपके चुने हुए विशेषज्ञ पुष्टि कर दें कि वे आपका केस ले सकते हैं। अगर आपका केस आगे नहीं बढ़ सकता, तो शुल्क लौटा दिया जाता है।',
    'prices.includesTitle': 'हर शुल्क में शामिल है',
    'prices.excludesTitle': 'किसी भी शुल्क में शामिल नहीं है',
    'prices.inEnglish': 'ये सूचियाँ अंग्रेज़ी में दिखाई गई हैं, जैसी ये आपके बिल पर छपती हैं।',
  },
});
