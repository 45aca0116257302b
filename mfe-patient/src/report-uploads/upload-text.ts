import { describeProblem } from '@consilium/validation';
import { localeOf } from '@consilium/web-kit';
import { messageLanguage, type Translate } from '../form-parts/field-problems';
import { MAX_TRIES, type UploadTrouble } from './upload-queue';

/**
 * A file size for people, in binary units as the limits are stated: `446 KB`, `1.3 MB`.
 * @param bytes - the size
 * @param language - the UI language
 * @returns the size
 */
export function formatFileSize(bytes: number, language: string): string {
  const format = (value: number, unit: 'byte' | 'kilobyte' | 'megabyte'): string =>
    new Intl.NumberFormat(localeOf(language), {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: unit === 'megabyte' ? 1 : 0,
    }).format(value);
  if (bytes < 1024) return format(bytes, 'byte');
  if (bytes < 1024 * 1024) return format(bytes / 1024, 'kilobyte');
  return format(bytes / 1024 / 1024, 'megabyte');
}

/** Why a file was refused or not sent, in the UI language; the server's English sentence beside it when the UI is in another language. */
export interface TroubleText {
  text: string;
  /** the records service's own sentence, shown (marked as English) after a translated one */
  english: string | null;
}

/**
 * What to say about a refused or failed file: in English the records service's own sentence (or
 * the shared rule's, the same words, for a refusal in the browser); in Hindi the shared rule's
 * sentence, with the service's English one beside it for its detail.
 * @param trouble - what went wrong
 * @param t - the patient namespace's translate function
 * @param language - the UI language
 * @returns the sentence(s)
 */
export function troubleText(trouble: UploadTrouble, t: Translate, language: string): TroubleText {
  if (trouble.reason) {
    return { text: t(`uploads.failed.${trouble.reason}`, { max: MAX_TRIES }), english: null };
  }
  const lang = messageLanguage(language);
  if (lang === 'en' || !trouble.problem) {
    const text =
      trouble.serverMessage ??
      (trouble.problem ? describeProblem(trouble.problem, lang) : t('uploads.failed.unexpected'));
    return { text, english: null };
  }
  return { text: describeProblem(trouble.problem, lang), english: trouble.serverMessage };
}
