import { addTranslations } from '@consilium/web-kit';

/** Strings for renaming, refiling and removing an uploaded report (namespace `patient`). */
addTranslations('patient', {
  en: {
    'documentActions.edit': 'Rename or change kind',
    'documentActions.remove': 'Remove',
    'documentActions.name': 'Name',
    'documentActions.nameRule': 'Give the file a name of 1 to 255 characters.',
    'documentActions.kind': 'Kind of report',
    'documentActions.save': 'Save',
    'documentActions.cancel': 'Cancel',
    'documentActions.removeQuestion':
      'Remove “{{title}}” from this case? The file is destroyed and cannot be brought back.',
    'documentActions.removeConfirm': 'Yes, remove it',
    'documentActions.keep': 'No, keep it',
    'documentActions.locked':
      'Reports cannot be changed or removed after you have signed the consent: your doctors work from them.',
  },
  hi: {
    'documentActions.edit': 'नाम या प्रकार बदलें',
    'documentActions.remove': 'हटाएँ',
    'documentActions.name': 'नाम',
    'documentActions.nameRule': 'फ़ाइल को 1 से 255 अक्षरों का नाम दें।',
    'documentActions.kind': 'रिपोर्ट का प्रकार',
    'documentActions.save': 'सहेजें',
    'documentActions.cancel': 'रद्द करें',
    'documentActions.removeQuestion':
      '“{{title}}” को इस केस से हटाएँ? फ़ाइल नष्ट हो जाएगी और वापस नहीं आ सकेगी।',
    'documentActions.removeConfirm': 'हाँ, हटाएँ',
    'documentActions.keep': 'नहीं, रहने दें',
    'documentActions.locked':
      'सहमति पर हस्ताक्षर के बाद रिपोर्टें बदली या हटाई नहीं जा सकतीं: आपके डॉक्टर उन्हीं से काम करते हैं।',
  },
});
