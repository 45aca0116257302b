import { addTranslations } from './i18n';

/** The strings of the weekly availability editor and list (namespace `common`, `avail.*`). */
addTranslations('common', {
  en: {
    'weekday.MONDAY': 'Monday',
    'weekday.TUESDAY': 'Tuesday',
    'weekday.WEDNESDAY': 'Wednesday',
    'weekday.THURSDAY': 'Thursday',
    'weekday.FRIDAY': 'Friday',
    'weekday.SATURDAY': 'Saturday',
    'weekday.SUNDAY': 'Sunday',
    'avail.hint':
      'Times are in {{zone}}, 24-hour (HH:mm). An end earlier than the start runs past midnight into the next day.',
    'avail.window': 'Window {{number}}',
    'avail.weekday': 'Day',
    'avail.start': 'From',
    'avail.end': 'To',
    'avail.add': 'Add a window',
    'avail.remove': 'Remove',
    'avail.removeWindow': 'window {{number}}',
    'avail.pastMidnight': 'Runs past midnight, until {{end}} on {{day}}.',
    'avail.none': 'No consulting windows yet.',
    'avail.span': '{{day}}, {{start}}–{{end}}',
    'avail.spanNextDay': '{{day}}, {{start}}–{{end}} (next day)',
  },
  hi: {
    'weekday.MONDAY': 'सोमवार',
    'weekday.TUESDAY': 'मंगलवार',
    'weekday.WEDNESDAY': 'बुधवार',
    'weekday.THURSDAY': 'गुरुवार',
    'weekday.FRIDAY': 'शुक्रवार',
    'weekday.SATURDAY': 'शनिवार',
    'weekday.SUNDAY': 'रविवार',
    'avail.hint':
      'समय {{zone}} में, 24-घंटे के प्रारूप (HH:mm) में है। शुरू से पहले का अंत आधी रात के बाद अगले दिन तक चलता है।',
    'avail.window': 'समय-खंड {{number}}',
    'avail.weekday': 'दिन',
    'avail.start': 'से',
    'avail.end': 'तक',
    'avail.add': 'समय-खंड जोड़ें',
    'avail.remove': 'हटाएँ',
    'avail.removeWindow': 'समय-खंड {{number}}',
    'avail.pastMidnight': 'आधी रात के बाद, {{day}} को {{end}} तक चलता है।',
    'avail.none': 'अभी कोई परामर्श समय नहीं है।',
    'avail.span': '{{day}}, {{start}}–{{end}}',
    'avail.spanNextDay': '{{day}}, {{start}}–{{end}} (अगले दिन)',
  },
});
