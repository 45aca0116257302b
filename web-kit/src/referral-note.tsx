import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './format';
import { useFreshLinkDownload } from './fresh-link-download';
import { addTranslations } from './i18n';

addTranslations('common', {
  en: {
    'referralNote.title': 'Referral note from the GP',
    'referralNote.by': 'Written by {{name}} (GP), submitted {{at}}.',
    'referralNote.history': 'History',
    'referralNote.keyFindings': 'Key findings',
    'referralNote.documents': 'Relevant reports',
    'referralNote.noDocuments': 'No reports singled out.',
    'referralNote.questions': 'Questions for the specialists',
    'referralNote.pdf': 'Download the referral note (PDF)',
    'referralNote.pdfFailed': 'The PDF could not be fetched just now. Please try again.',
  },
  hi: {
    'referralNote.title': 'जीपी का रेफ़रल नोट',
    'referralNote.by': '{{name}} (जीपी) द्वारा लिखा गया, {{at}} को जमा किया गया।',
    'referralNote.history': 'इतिहास',
    'referralNote.keyFindings': 'मुख्य निष्कर्ष',
    'referralNote.documents': 'संबंधित रिपोर्टें',
    'referralNote.noDocuments': 'कोई रिपोर्ट अलग से नहीं चुनी गई।',
    'referralNote.questions': 'विशेषज्ञों के लिए प्रश्न',
    'referralNote.pdf': 'रेफ़रल नोट डाउनलोड करें (PDF)',
    'referralNote.pdfFailed': 'PDF अभी नहीं मिल सका। कृपया फिर से कोशिश करें।',
  },
});

/** A final GP case summary as the apps read it (the fields every app asks for). */
export interface ReferralNoteData {
  gpName: string;
  submittedAt: string | null;
  history: string;
  keyFindings: readonly string[];
  questions: readonly string[];
  relevantDocuments: readonly { id: string; title: string }[];
}

/**
 * The GP's final case summary, the referral note (DESIGN.md journey step 8), as every app shows it
 * to its readers: who wrote it and when, the history, key findings, relevant reports and questions
 * for the specialists, and a button that downloads the PDF through a fresh short-lived link.
 * @param props.note - the summary
 * @param props.getPdfUrl - asks the API for a fresh signed link to the PDF (links live 5 minutes)
 * @param props.headingLevel - the level of its heading (2 on a case page)
 */
export function ReferralNote(props: {
  note: ReferralNoteData;
  getPdfUrl: () => Promise<string | null>;
  headingLevel?: 2 | 3;
}): ReactElement {
  const { t, i18n } = useTranslation('common');
  const { note } = props;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const Sub = props.headingLevel === 3 ? 'h4' : 'h3';
  const { download, busy, failed } = useFreshLinkDownload(props.getPdfUrl);
  return (
    <section aria-labelledby="referral-note-title" className="referral-note">
      <Heading id="referral-note-title">{t('referralNote.title')}</Heading>
      <p className="muted">
        {t('referralNote.by', {
          name: note.gpName,
          at: note.submittedAt ? formatDateTime(note.submittedAt, i18n.language) : '',
        })}
      </p>
      <Sub>{t('referralNote.history')}</Sub>
      {note.history
        .split(/\n\s*\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index} style={{ whiteSpace: 'pre-line' }}>
            {paragraph}
          </p>
        ))}
      <Sub>{t('referralNote.keyFindings')}</Sub>
      <ul>
        {note.keyFindings.map((finding, index) => (
          <li key={index}>{finding}</li>
        ))}
      </ul>
      <Sub>{t('referralNote.documents')}</Sub>
      {note.relevantDocuments.length === 0 ? (
        <p className="muted">{t('referralNote.noDocuments')}</p>
      ) : (
        <ul>
          {note.relevantDocuments.map((document) => (
            <li key={document.id}>{document.title}</li>
          ))}
        </ul>
      )}
      <Sub>{t('referralNote.questions')}</Sub>
      <ol>
        {note.questions.map((question, index) => (
          <li key={index}>{question}</li>
        ))}
      </ol>
      <p>
        <button type="button" className="secondary" disabled={busy} onClick={() => void download()}>
          {t('referralNote.pdf')}
        </button>
      </p>
      {failed && (
        <p role="alert" className="error">
          {t('referralNote.pdfFailed')}
        </p>
      )}
    </section>
  );
}
