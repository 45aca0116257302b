import { useMutation } from '@apollo/client/react';
import {
  FormError,
  FormField,
  mutationProblem,
  useFormState,
  type FormErrors,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoRequestKind } from '../gql/graphql';
import { REQUEST_INFORMATION } from './info-request-queries';
import './info-request-strings';

const KINDS: readonly InfoRequestKind[] = ['INFORMATION', 'TEST'];
const IDS = { kind: 'info-kind', question: 'info-question' };
const QUESTION_MAX = 2000;

/**
 * "Ask the patient": information or a test, and the question. A missing or too-long question is
 * shown at its field; not being on the panel, an unpaid or closed case as an alert. Once sent,
 * the case's requests (and the case page, whose stage changes) are fetched again.
 * @param props.caseId - the case
 * @param props.onSent - called with a sentence for a status line
 */
export function RequestInformationForm(props: {
  caseId: string;
  onSent: (message: string) => void;
}): ReactElement {
  const { t } = useTranslation('doctor');
  const form = useFormState();
  const [kind, setKind] = useState<InfoRequestKind>('INFORMATION');
  const [question, setQuestion] = useState('');
  const [request] = useMutation(REQUEST_INFORMATION, {
    refetchQueries: ['DoctorCaseInfoRequests', 'DoctorCasePage'],
    awaitRefetchQueries: true,
  });

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    if (problem.code === 'BAD_USER_INPUT' && problem.field === 'question') {
      const key = /under/i.test(problem.message)
        ? 'info.error.questionLength'
        : 'info.error.question';
      return { fields: { [IDS.question]: t(key) }, form: null };
    }
    if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('info.error.forbidden') };
    if (problem.code === 'CONFLICT') {
      return {
        fields: {},
        form: t(/closed/i.test(problem.message) ? 'info.error.closed' : 'info.error.notPaid'),
      };
    }
    if (problem.code === 'NETWORK') return { fields: {}, form: t('info.error.network') };
    return { fields: {}, form: problem.message || t('info.error.unexpected') };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const text = question.trim();
    if (!text || [...text].length > QUESTION_MAX) {
      const key = text ? 'info.error.questionLength' : 'info.error.question';
      form.showErrors({ fields: { [IDS.question]: t(key) }, form: null });
      return;
    }
    void form.submit(async () => {
      await request({ variables: { caseId: props.caseId, kind, question: text } });
      setQuestion('');
      props.onSent(t('info.sent'));
    }, describe);
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-labelledby="info-form-title">
      <h3 id="info-form-title">{t('info.formTitle')}</h3>
      <FormError id="info-form-error" message={form.errors.form} />
      <FormField
        id={IDS.kind}
        label={t('info.kind')}
        value={kind}
        onChange={(value) => setKind(value as InfoRequestKind)}
        options={KINDS.map((value) => ({ value, label: t(`info.kind.${value}`) }))}
      />
      <FormField
        id={IDS.question}
        label={t('info.questionLabel')}
        rows={4}
        required
        value={question}
        onChange={setQuestion}
        hint={t('info.questionHint')}
        error={form.errors.fields[IDS.question]}
      />
      <button type="submit" disabled={form.busy}>
        {t('info.send')}
      </button>
    </form>
  );
}
