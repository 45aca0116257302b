import { describeProblem } from '@consilium/validation';
import { messageLanguage, type Translate } from '../form-parts/field-problems';
import { MAX_TRIES, type UploadTrouble } from './upload-queue';

/** A file size for people (web-kit's, re-exported where the upload parts import it). */
export { formatFileSize } from '@consilium/web-kit';

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
