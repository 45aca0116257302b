import { addTranslations } from '@consilium/web-kit';

/** Strings of the specialists' requests for more information or tests (namespace `patient`). */
addTranslations('patient', {
  en: {
    'infoRequests.sectionTitle': 'Questions and tests asked for',
    'infoRequests.none': 'No specialist has asked you for anything yet.',
    'infoRequests.asked.INFORMATION': 'Dr {{name}} asked you something',
    'infoRequests.asked.TEST': 'Dr {{name}} asked you for a test',
    'infoRequests.askedMany_one': 'A specialist asked you something',
    'infoRequests.askedMany_other': 'Your specialists asked you {{count}} things',
    'infoRequests.noticeExplain':
      'Your case waits for your answer: the specialists can continue once they have it.',
    'infoRequests.answerBelow': 'Answer below',
    'infoRequests.title.INFORMATION': 'Question from Dr {{name}}',
    'infoRequests.title.TEST': 'Test asked for by Dr {{name}}',
    'infoRequests.status.OPEN': 'Waiting for your answer',
    'infoRequests.status.ANSWERED': 'Answered',
    'infoRequests.askedOn': 'Asked on {{date}}',
    'infoRequests.answer': 'Answer',
    'infoRequests.toDoctor': 'Dr {{name}}',
    'infoRequests.later': 'Answer later',
    'infoRequests.answerTitle': 'Answer Dr {{name}}',
    'infoRequests.answerLabel': 'Your answer',
    'infoRequests.answerHint':
      'Dr {{name}} reads this. For a test, say when and where it was done, and add the report below.',
    'infoRequests.counter': '{{count}} of {{max}} characters',
    'infoRequests.answerRequired': 'Write your answer.',
    'infoRequests.answerTooLong': 'Keep your answer under {{max}} characters.',
    'infoRequests.attachLegend': 'Reports to send with your answer (optional)',
    'infoRequests.attachHint':
      'Choose the files, then press Upload. Uploaded reports are sent with your answer and added to your case.',
    'infoRequests.attached_one': '{{count}} report will be sent with your answer:',
    'infoRequests.attached_other': '{{count}} reports will be sent with your answer:',
    'infoRequests.uploadsBusy': 'Wait until your reports are uploaded, then send your answer.',
    'infoRequests.uploadsWaiting':
      'Some chosen files are not uploaded yet: press Upload, or remove them, then send your answer.',
    'infoRequests.badDocument':
      'A report could not be attached ({{reason}}). Remove it or upload it again, then send your answer.',
    'infoRequests.conflict':
      'This request cannot be answered any more ({{reason}}). What is shown now is up to date.',
    'infoRequests.offline':
      'The server could not be reached. Your answer is kept here; check your connection and try again.',
    'infoRequests.send': 'Send answer',
    'infoRequests.sentNotice_zero': 'Your answer was sent to Dr {{name}}.',
    'infoRequests.sentNotice_one': 'Your answer and {{count}} report were sent to Dr {{name}}.',
    'infoRequests.sentNotice_other': 'Your answer and {{count}} reports were sent to Dr {{name}}.',
    'infoRequests.answeredOn': 'Answered on {{date}}',
    'infoRequests.yourAnswer': 'Your answer',
    'infoRequests.sentReports_one': 'Report sent with it:',
    'infoRequests.sentReports_other': '{{count}} reports sent with it:',
  },
  hi: {
    'infoRequests.sectionTitle': 'पूछे गए प्रश्न और जाँचें',
    'infoRequests.none': 'अभी तक किसी विशेषज्ञ ने आपसे कुछ नहीं माँगा है।',
    'infoRequests.asked.INFORMATION': 'डॉ. {{name}} ने आपसे कुछ पूछा है',
    'infoRequests.asked.TEST': 'डॉ. {{name}} ने आपसे एक जाँच माँगी है',
    'infoRequests.askedMany_one': 'एक विशेषज्ञ ने आपसे कुछ पूछा है',
    'infoRequests.askedMany_other': 'आपके विशेषज्ञों ने आपसे {{count}} बातें पूछी हैं',
    'infoRequests.noticeExplain': 'आपका केस आपके जवाब की प्रतीक्षा में है: जवाब मिलने पर विशेषज्ञ आगे बढ़ सकेंगे।',
    'infoRequests.answerBelow': 'नीचे जवाब दें',
    'infoRequests.title.INFORMATION': 'डॉ. {{name}} का प्रश्न',
    'infoRequests.title.TEST': 'डॉ. {{name}} द्वारा माँगी गई जाँच',
    'infoRequests.status.OPEN': 'आपके जवाब की प्रतीक्षा',
    'infoRequests.status.ANSWERED': 'जवाब दिया गया',
    'infoRequests.askedOn': '{{date}} को पूछा गया',
    'infoRequests.answer': 'जवाब दें',
    'infoRequests.toDoctor': 'डॉ. {{name}} को',
    'infoRequests.later': 'बाद में जवाब दें',
    'infoRequests.answerTitle': 'डॉ. {{name}} को जवाब दें',
    'infoRequests.answerLabel': 'आपका जवाब',
    'infoRequests.answerHint':
      'डॉ. {{name}} इसे पढ़ेंगे। जाँच के लिए बताएँ कि वह कब और कहाँ हुई, और नीचे रिपोर्ट जोड़ें।',
    'infoRequests.counter': '{{max}} में से {{count}} अक्षर',
    'infoRequests.answerRequired': 'अपना जवाब लिखें।',
    'infoRequests.answerTooLong': 'अपना जवाब {{max}} अक्षरों से कम रखें।',
    'infoRequests.attachLegend': 'जवाब के साथ भेजी जाने वाली रिपोर्टें (वैकल्पिक)',
    'infoRequests.attachHint':
      'फ़ाइलें चुनें, फिर अपलोड दबाएँ। अपलोड की गई रिपोर्टें आपके जवाब के साथ भेजी जाती हैं और आपके केस में जुड़ जाती हैं।',
    'infoRequests.attached_one': '{{count}} रिपोर्ट आपके जवाब के साथ भेजी जाएगी:',
    'infoRequests.attached_other': '{{count}} रिपोर्टें आपके जवाब के साथ भेजी जाएँगी:',
    'infoRequests.uploadsBusy': 'रिपोर्टें अपलोड होने तक प्रतीक्षा करें, फिर अपना जवाब भेजें।',
    'infoRequests.uploadsWaiting':
      'कुछ चुनी गई फ़ाइलें अभी अपलोड नहीं हुई हैं: अपलोड दबाएँ, या उन्हें हटाएँ, फिर अपना जवाब भेजें।',
    'infoRequests.badDocument':
      'एक रिपोर्ट नहीं जोड़ी जा सकी ({{reason}})। उसे हटाएँ या फिर से अपलोड करें, फिर अपना जवाब भेजें।',
    'infoRequests.conflict':
      'इस अनुरोध का अब जवाब नहीं दिया जा सकता ({{reason}})। अब जो दिख रहा है वह ताज़ा है।',
    'infoRequests.offline':
      'सर्वर से संपर्क नहीं हो सका। आपका जवाब यहीं रखा है; अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
    'infoRequests.send': 'जवाब भेजें',
    'infoRequests.sentNotice_zero': 'आपका जवाब डॉ. {{name}} को भेज दिया गया।',
    'infoRequests.sentNotice_one': 'आपका जवाब और {{count}} रिपोर्ट डॉ. {{name}} को भेज दी गई।',
    'infoRequests.sentNotice_other': 'आपका जवाब और {{count}} रिपोर्टें डॉ. {{name}} को भेज दी गईं।',
    'infoRequests.answeredOn': '{{date}} को जवाब दिया',
    'infoRequests.yourAnswer': 'आपका जवाब',
    'infoRequests.sentReports_one': 'इसके साथ भेजी गई रिपोर्ट:',
    'infoRequests.sentReports_other': 'इसके साथ भेजी गई {{count}} रिपोर्टें:',
  },
});
