import { addTranslations } from '@consilium/web-kit';

/** Strings of the consultation page: the specialists' contact and the contact log (namespace `patient`). */
addTranslations('patient', {
  en: {
    'consultation.title': 'Consultation',
    'consultation.titleFor': 'Consultation for {{name}}’s case',
    'consultation.back': '← Back to the case',
    'consultation.intro':
      'Within 48 hours of payment each specialist contacts you. They may offer times for a call, a video call or a visit, and ask you for more information or tests.',
    'consultation.zone': 'Show times in',
    'consultation.zoneHint': 'Times are shown in India’s time unless you choose another zone.',
    'consultation.deviceZone': '{{zone}} (this device)',
    'consultation.contactsTitle': 'Your specialists’ contact',
    'consultation.noClocks':
      'Your specialists’ 48 hours to contact you start once the fee is paid.',
    'consultation.doctor': 'Dr {{name}}',
    'consultation.registration': 'Registration: {{council}}, {{number}}',
    'consultation.status.OPEN': 'Waiting',
    'consultation.status.MET': 'Contacted',
    'consultation.status.MET_LATE': 'Contacted late',
    'consultation.status.BREACHED': 'Overdue',
    'consultation.willContact': 'Dr {{name}} will contact you by {{date}}.',
    'consultation.contacted': 'Dr {{name}} contacted you on {{date}}.',
    'consultation.contactedLate':
      'Dr {{name}} contacted you on {{date}}, later than the 48 hours promised.',
    'consultation.breached':
      'Dr {{name}} has not contacted you within 48 hours. Our operations staff have been alerted and will follow up with you.',
    'consultation.logTitle': 'Contact log',
    'consultation.noContacts': 'No contact has been logged yet.',
    'consultation.channel.PHONE': 'Phone call with Dr {{name}}',
    'consultation.channel.VIDEO': 'Video call with Dr {{name}}',
    'consultation.channel.MESSAGE': 'Message from Dr {{name}}',
    'consultation.channel.IN_PERSON': 'Visit to Dr {{name}}',
    'consultation.link': 'Your consultation: contact, appointments and questions',
    'consultation.linkChoose_one': 'Your consultation: choose a time for an appointment',
    'consultation.linkChoose_other': 'Your consultation: choose times for {{count}} appointments',
    'consultation.answerLink': 'Answer on the consultation page',
  },
  hi: {
    'consultation.title': 'परामर्श',
    'consultation.titleFor': '{{name}} के केस का परामर्श',
    'consultation.back': '← केस पर वापस',
    'consultation.intro':
      'भुगतान के 48 घंटे के भीतर हर विशेषज्ञ आपसे संपर्क करेगा। वे फ़ोन, वीडियो कॉल या मुलाक़ात के लिए समय दे सकते हैं, और आपसे और जानकारी या जाँचें माँग सकते हैं।',
    'consultation.zone': 'समय इस समय क्षेत्र में दिखाएँ',
    'consultation.zoneHint': 'जब तक आप कोई और क्षेत्र न चुनें, समय भारत के समय में दिखाए जाते हैं।',
    'consultation.deviceZone': '{{zone}} (यह डिवाइस)',
    'consultation.contactsTitle': 'आपके विशेषज्ञों का संपर्क',
    'consultation.noClocks': 'आपसे संपर्क के लिए विशेषज्ञों के 48 घंटे फ़ीस के भुगतान के बाद शुरू होते हैं।',
    'consultation.doctor': 'डॉ. {{name}}',
    'consultation.registration': 'पंजीकरण: {{council}}, {{number}}',
    'consultation.status.OPEN': 'प्रतीक्षा में',
    'consultation.status.MET': 'संपर्क हुआ',
    'consultation.status.MET_LATE': 'देर से संपर्क हुआ',
    'consultation.status.BREACHED': 'समय बीत गया',
    'consultation.willContact': 'डॉ. {{name}} {{date}} तक आपसे संपर्क करेंगे।',
    'consultation.contacted': 'डॉ. {{name}} ने {{date}} को आपसे संपर्क किया।',
    'consultation.contactedLate':
      'डॉ. {{name}} ने {{date}} को आपसे संपर्क किया, वादा किए गए 48 घंटों के बाद।',
    'consultation.breached':
      'डॉ. {{name}} ने 48 घंटों के भीतर आपसे संपर्क नहीं किया। हमारे संचालन कर्मचारियों को सूचित कर दिया गया है और वे आपसे संपर्क करेंगे।',
    'consultation.logTitle': 'संपर्क का रिकॉर्ड',
    'consultation.noContacts': 'अभी तक कोई संपर्क दर्ज नहीं हुआ है।',
    'consultation.channel.PHONE': 'डॉ. {{name}} के साथ फ़ोन कॉल',
    'consultation.channel.VIDEO': 'डॉ. {{name}} के साथ वीडियो कॉल',
    'consultation.channel.MESSAGE': 'डॉ. {{name}} का संदेश',
    'consultation.channel.IN_PERSON': 'डॉ. {{name}} से मुलाक़ात',
    'consultation.link': 'आपका परामर्श: संपर्क, अपॉइंटमेंट और प्रश्न',
    'consultation.linkChoose_one': 'आपका परामर्श: अपॉइंटमेंट के लिए समय चुनें',
    'consultation.linkChoose_other': 'आपका परामर्श: {{count}} अपॉइंटमेंट के लिए समय चुनें',
    'consultation.answerLink': 'परामर्श पेज पर जवाब दें',
  },
});
