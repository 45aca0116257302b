import type { EventType } from '@consilium/subgraph-kit';

/** A message in one language: subject (email) and text; `{{link}}` is the case's address. */
export interface PatientTemplate {
  subject: string;
  text: string;
}

/**
 * What the patient is told for each event they should hear about, in English and Hindi. By rule
 * these carry no clinical details (no diagnosis, report or opinion text): only what happened and
 * a link to read the rest after signing in.
 */
export const PATIENT_TEMPLATES: Partial<Record<EventType, Record<'en' | 'hi', PatientTemplate>>> = {
  CaseConsented: {
    en: {
      subject: 'Consilium: your consent is recorded',
      text: 'Thank you. Your signed consent is recorded; a copy is in your case: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपकी सहमति दर्ज हो गई',
      text: 'धन्यवाद। आपकी हस्ताक्षरित सहमति दर्ज हो गई है; इसकी प्रति आपके केस में है: {{link}}',
    },
  },
  PanelConfirmed: {
    en: {
      subject: 'Consilium: your specialists have confirmed',
      text: 'Your specialists have confirmed they will review your case. Please review the fee and pay: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपके विशेषज्ञों ने पुष्टि की',
      text: 'आपके विशेषज्ञों ने आपका केस देखने की पुष्टि की है। कृपया शुल्क देखें और भुगतान करें: {{link}}',
    },
  },
  SpecialistDeclined: {
    en: {
      subject: 'Consilium: please choose another specialist',
      text: 'One of the specialists you chose cannot take your case. Please choose another from the suggestions: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: कृपया दूसरा विशेषज्ञ चुनें',
      text: 'आपके चुने विशेषज्ञों में से एक आपका केस नहीं ले सकते। कृपया सुझावों में से दूसरा विशेषज्ञ चुनें: {{link}}',
    },
  },
  PaymentCaptured: {
    en: {
      subject: 'Consilium: payment received',
      text: 'We have received your payment. Your receipt is in your case: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: भुगतान मिला',
      text: 'हमें आपका भुगतान मिल गया है। रसीद आपके केस में है: {{link}}',
    },
  },
  PaymentFailed: {
    en: {
      subject: 'Consilium: your payment did not go through',
      text: 'Your payment did not go through and nothing was charged. You can try again from your case: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपका भुगतान पूरा नहीं हुआ',
      text: 'आपका भुगतान पूरा नहीं हुआ और कोई राशि नहीं कटी। आप अपने केस से फिर से भुगतान कर सकते हैं: {{link}}',
    },
  },
  RefundProcessed: {
    en: {
      subject: 'Consilium: your refund is on its way',
      text: 'We have refunded your payment; banks usually take 5–7 working days to show it. Details are in your case: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपकी धनवापसी भेज दी गई है',
      text: 'हमने आपका भुगतान लौटा दिया है; बैंक में दिखने में आम तौर पर 5–7 कार्य दिवस लगते हैं। विवरण आपके केस में है: {{link}}',
    },
  },
  InfoRequested: {
    en: {
      subject: 'Consilium: a specialist needs more information',
      text: 'A specialist has asked for more information about your case: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: विशेषज्ञ को और जानकारी चाहिए',
      text: 'एक विशेषज्ञ ने आपके केस के बारे में और जानकारी माँगी है: {{link}}',
    },
  },
  ReportDelivered: {
    en: {
      subject: 'Consilium: your report is ready',
      text: 'Your second-opinion report is ready to read: {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपकी रिपोर्ट तैयार है',
      text: 'आपकी दूसरी राय की रिपोर्ट पढ़ने के लिए तैयार है: {{link}}',
    },
  },
  ErasureCompleted: {
    en: {
      subject: 'Consilium: your records were erased',
      text: 'As you asked, your records have been erased. {{link}}',
    },
    hi: {
      subject: 'कॉन्सिलियम: आपके रिकॉर्ड मिटा दिए गए',
      text: 'आपके अनुरोध के अनुसार आपके रिकॉर्ड मिटा दिए गए हैं। {{link}}',
    },
  },
};
