import { useMutation } from '@apollo/client/react';
import {
  caseSummaryContentSchema,
  caseSummarySubmissionProblems,
  problemsFromZod,
} from '@consilium/validation';
import { FieldError, FormError, FormField, useFormState } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SAVE_CASE_SUMMARY, SUBMIT_CASE_SUMMARY } from './case-summary-queries';
import { describeSummaryError, errorsFromProblems, SUMMARY_FIELD_IDS } from './summary-errors';

/** A draft as the form holds it: lists as text, one item a line. */
interface Draft {
  history: string;
  keyFindings: string;
  questions: string;
  documentIds: string[];
}

/** The lines of a box, trimmed, blank ones left out. */
const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/**
 * The assigned GP's form: history, key findings and questions (one a line), the reports that
 * matter (ticked from the case's own), "Save the draft" and "Submit to the specialists" (after a
 * confirmation; final from then on). The shared rules are checked before sending; the API's
 * refusals are shown next to their inputs.
 * @param props.caseId - the case
 * @param props.summary - the draft as stored
 * @param props.documents - the case's reports (read in the case file above)
 */
export function GpSummaryEditor(props: {
  caseId: string;
  summary: {
    history: string;
    keyFindings: readonly string[];
    questions: readonly string[];
    relevantDocuments: readonly { id: string }[];
  };
  documents: readonly { id: string; title: string }[];
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const language = i18n.language.startsWith('hi') ? 'hi' : 'en';
  const [draft, setDraft] = useState<Draft>(() => ({
    history: props.summary.history,
    keyFindings: props.summary.keyFindings.join('\n'),
    questions: props.summary.questions.join('\n'),
    documentIds: props.summary.relevantDocuments.map((document) => document.id),
  }));
  const [done, setDone] = useState<string | null>(null);
  const [save] = useMutation(SAVE_CASE_SUMMARY);
  const [submitSummary] = useMutation(SUBMIT_CASE_SUMMARY);
  const form = useFormState();
  const errors = form.errors.fields;
  const set = (field: 'history' | 'keyFindings' | 'questions') => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));
  const toggle = (id: string, on: boolean): void =>
    setDraft((previous) => ({
      ...previous,
      documentIds: on
        ? props.documents
            .map((d) => d.id)
            .filter((d) => d === id || previous.documentIds.includes(d))
        : previous.documentIds.filter((d) => d !== id),
    }));

  const send = (submitting: boolean): void => {
    setDone(null);
    const content = {
      history: draft.history,
      keyFindings: lines(draft.keyFindings),
      questions: lines(draft.questions),
      relevantDocumentIds: draft.documentIds,
    };
    const parsed = caseSummaryContentSchema.safeParse(content, { reportInput: true });
    const problems = parsed.success ? [] : problemsFromZod(parsed.error);
    if (parsed.success && submitting) {
      problems.push(
        ...caseSummarySubmissionProblems({
          history: parsed.data.history ?? '',
          keyFindings: parsed.data.keyFindings ?? [],
          questions: parsed.data.questions ?? [],
        }),
      );
    }
    if (problems.length > 0) {
      form.showErrors(errorsFromProblems(problems, language));
      return;
    }
    if (submitting && !window.confirm(t('gp.confirmSubmit'))) return;
    void form.submit(
      async () => {
        const variables = { input: { caseId: props.caseId, ...content } };
        if (submitting) await submitSummary({ variables });
        else await save({ variables });
        setDone(submitting ? t('gp.submitted') : t('gp.saved'));
      },
      (error) => describeSummaryError(error, (key, options) => t(key, options ?? {}), language),
    );
  };

  const documentsError = errors[SUMMARY_FIELD_IDS.relevantDocumentIds];
  return (
    <form
      ref={form.formRef}
      onSubmit={(event) => {
        event.preventDefault();
        send(false);
      }}
      aria-label={t('gp.sectionTitle')}
      noValidate
    >
      <FormError id="summary-form-error" message={form.errors.form} />
      <FormField
        id={SUMMARY_FIELD_IDS.history}
        label={t('gp.history')}
        hint={t('gp.historyHint')}
        rows={10}
        value={draft.history}
        onChange={set('history')}
        error={errors[SUMMARY_FIELD_IDS.history]}
        required
      />
      <FormField
        id={SUMMARY_FIELD_IDS.keyFindings}
        label={t('gp.keyFindings')}
        hint={t('gp.keyFindingsHint')}
        rows={5}
        value={draft.keyFindings}
        onChange={set('keyFindings')}
        error={errors[SUMMARY_FIELD_IDS.keyFindings]}
        required
      />
      <fieldset
        id={SUMMARY_FIELD_IDS.relevantDocumentIds}
        aria-describedby={`summary-documents-hint${documentsError ? ' summary-documents-error' : ''}`}
      >
        <legend>{t('gp.documents')}</legend>
        <p id="summary-documents-hint" className="hint">
          {props.documents.length ? t('gp.documentsHint') : t('gp.noDocuments')}
        </p>
        {documentsError && <FieldError id="summary-documents-error" message={documentsError} />}
        {props.documents.map((document) => (
          <div className="choice" key={document.id}>
            <input
              type="checkbox"
              id={`summary-document-${document.id}`}
              checked={draft.documentIds.includes(document.id)}
              onChange={(event) => toggle(document.id, event.target.checked)}
            />
            <label htmlFor={`summary-document-${document.id}`}>{document.title}</label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={SUMMARY_FIELD_IDS.questions}
        label={t('gp.questions')}
        hint={t('gp.questionsHint')}
        rows={5}
        value={draft.questions}
        onChange={set('questions')}
        error={errors[SUMMARY_FIELD_IDS.questions]}
        required
      />
      <div className="toolbar">
        <button type="submit" className="secondary" disabled={form.busy}>
          {t('gp.save')}
        </button>
        <button type="button" disabled={form.busy} onClick={() => send(true)}>
          {t('gp.submit')}
        </button>
      </div>
      <p role="status">{done}</p>
    </form>
  );
}
