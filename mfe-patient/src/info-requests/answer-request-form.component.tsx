import { useMutation } from '@apollo/client/react';
import { FormError, FormField, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import { useCaseUploads } from '../report-uploads/uploads-context';
import { AnswerAttachments } from './answer-attachments.component';
import {
  ANSWER_INFORMATION_REQUEST,
  MAX_ANSWER_LENGTH,
  type PatientInfoRequest,
} from './info-requests-queries';
import './info-request-strings';

/** Upload phases that are still under way. */
const UNDER_WAY = new Set(['queued', 'requesting', 'sending', 'completing', 'retrying']);

/**
 * The answer to a specialist's request (`answerInformationRequest`): the text, and reports
 * uploaded for it (e.g. the X-ray asked for), sent once their uploads are done. A missing or long
 * answer is shown at the field, a report that cannot be attached and an answer given meanwhile
 * (CONFLICT) above the form.
 * @param props.caseId - the request's case
 * @param props.request - the OPEN request
 * @param props.onAnswered - called with what to announce once sent
 * @param props.onConflict - called when the request should be asked for again
 */
export function AnswerRequestForm(props: {
  caseId: string;
  request: PatientInfoRequest;
  onAnswered: (announcement: string) => void;
  onConflict: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { request } = props;
  const uploads = useCaseUploads(props.caseId);
  const [before] = useState(() => new Set(uploads.items.map((item) => item.id)));
  const [answer, setAnswer] = useState('');
  const [send] = useMutation(ANSWER_INFORMATION_REQUEST);
  const form = usePageForm();
  const fieldId = `answer-${request.id}`;
  const name = request.specialist.fullName;
  const mine = uploads.items.filter((item) => !before.has(item.id));
  const describe = (error: unknown): FormErrors => {
    const failure = serverFailure(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.field === 'answer') {
      return { fields: { [fieldId]: failure.message }, form: null };
    }
    if (failure.code === 'BAD_USER_INPUT' && failure.field?.startsWith('documentIds')) {
      return { fields: {}, form: t('infoRequests.badDocument', { reason: failure.message }) };
    }
    if (failure.code === 'CONFLICT') {
      props.onConflict();
      return { fields: {}, form: t('infoRequests.conflict', { reason: failure.message }) };
    }
    if (failure.code === 'FORBIDDEN') return { fields: {}, form: failure.message };
    if (failure.code === 'NETWORK') return { fields: {}, form: t('infoRequests.offline') };
    console.error('Consilium: answering a request failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby={`${fieldId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        const given = answer.trim();
        if (!given || [...given].length > MAX_ANSWER_LENGTH) {
          const message = given
            ? t('infoRequests.answerTooLong', { max: MAX_ANSWER_LENGTH.toLocaleString('en-IN') })
            : t('infoRequests.answerRequired');
          form.showErrors({ fields: { [fieldId]: message }, form: null });
          return;
        }
        if (mine.some((item) => UNDER_WAY.has(item.phase))) {
          form.showErrors({ fields: {}, form: t('infoRequests.uploadsBusy') });
          return;
        }
        if (mine.some((item) => item.phase === 'ready')) {
          form.showErrors({ fields: {}, form: t('infoRequests.uploadsWaiting') });
          return;
        }
        const documentIds = mine.flatMap((item) =>
          item.phase === 'done' && item.uploaded ? [item.uploaded.documentId] : [],
        );
        void form.submit(async () => {
          await send({ variables: { requestId: request.id, answer: given, documentIds } });
          uploads.queue.clearDone(props.caseId);
          props.onAnswered(t('infoRequests.sentNotice', { name, count: documentIds.length }));
        }, describe);
      }}
    >
      <h4 id={`${fieldId}-title`}>{t('infoRequests.answerTitle', { name })}</h4>
      <FormError id={`${fieldId}-form-error`} message={form.errors.form} />
      <FormField
        id={fieldId}
        label={t('infoRequests.answerLabel')}
        hint={t('infoRequests.answerHint', { name })}
        rows={5}
        required
        value={answer}
        onChange={setAnswer}
        error={form.errors.fields[fieldId]}
        after={t('infoRequests.counter', {
          count: [...answer].length,
          max: MAX_ANSWER_LENGTH.toLocaleString('en-IN'),
        })}
      />
      <AnswerAttachments caseId={props.caseId} items={mine} />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('infoRequests.send')}
        </button>
      </p>
    </form>
  );
}
