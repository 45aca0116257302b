import { useMutation } from '@apollo/client/react';
import { describeProblem, normaliseEmail } from '@consilium/validation';
import { FormError, FormField, mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField, RadioGroupField } from '../form-parts/choice-fields';
import { messageLanguage } from '../form-parts/field-problems';
import { FormStatus, isValid, usePageForm, type FormErrors } from '../form-parts/form-parts';
import { caseLabel, CREATE_SHARE_LINK, type SharingCase } from './sharing-queries';
import './sharing-strings';

/** A link just created, with the secrets shown only now. */
export interface CreatedShareLink {
  /** the full address to give the doctor (this origin + the path the API gave) */
  address: string;
  /** the one-time code to give separately, if asked for */
  code: string | null;
  recipientEmail: string;
  expiresAt: string;
}

/** The form's field ids by the names the gateway gives fields in its errors. */
const FIELD_IDS: Record<string, string> = {
  scope: 'share-scope',
  caseId: 'share-case',
  recipientEmail: 'share-email',
  expiresInDays: 'share-days',
  withCode: 'share-code',
};
const DEFAULT_DAYS = '7';
const MAX_DAYS = 90;

/**
 * "Share with a doctor": the whole health record or one case, for a doctor's or hospital's email,
 * for 1 to 90 days, optionally also asking for a one-time code. The new link is handed to
 * `onCreated` (it is shown once).
 */
export function ShareForm(props: {
  patientId: string;
  cases: readonly SharingCase[];
  onCreated: (created: CreatedShareLink) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [scope, setScope] = useState<'HEALTH_RECORD' | 'CASE'>('HEALTH_RECORD');
  const [caseId, setCaseId] = useState('');
  const [email, setEmail] = useState('');
  const [days, setDays] = useState(DEFAULT_DAYS);
  const [withCode, setWithCode] = useState(true);
  const [create] = useMutation(CREATE_SHARE_LINK);
  const form = usePageForm();
  const { errors } = form;
  const chosenCase = caseId || props.cases[0]?.id || '';

  /** What is wrong with a field, by the API's field name (said alike here and by the gateway). */
  const messages: Record<string, string> = {
    recipientEmail: describeProblem(
      { field: 'recipientEmail', rule: 'email.invalid' },
      messageLanguage(i18n.language),
    ),
    expiresInDays: t('sharing.error.days', { max: MAX_DAYS }),
    scope: t('sharing.noCases'),
  };

  const validate = (): FormErrors => {
    const typedDays = days.trim();
    const wrong = [
      scope === 'CASE' && !chosenCase && 'scope',
      !normaliseEmail(email) && 'recipientEmail',
      (!/^\d+$/.test(typedDays) || +typedDays < 1 || +typedDays > MAX_DAYS) && 'expiresInDays',
    ].filter((field): field is string => Boolean(field));
    const fields = Object.fromEntries(wrong.map((field) => [FIELD_IDS[field]!, messages[field]!]));
    if (!email.trim()) fields[FIELD_IDS['recipientEmail']!] = t('sharing.error.emailRequired');
    return { fields, form: null };
  };

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    const fieldId = problem.field ? FIELD_IDS[problem.field] : undefined;
    if (problem.code === 'BAD_USER_INPUT' && fieldId) {
      return { fields: { [fieldId]: messages[problem.field!] ?? problem.message }, form: null };
    }
    if (problem.code === 'FORBIDDEN') return { fields: {}, form: t('error.FORBIDDEN') };
    if (problem.code !== 'NETWORK') console.error('Consilium: sharing failed', error);
    return { fields: {}, form: t('sharing.error.createFailed') };
  };

  const onSubmit = (): void => {
    const invalid = validate();
    if (!isValid(invalid)) return form.showErrors(invalid);
    void form.submit(async () => {
      const result = await create({
        variables: {
          input: {
            patientId: props.patientId,
            caseId: scope === 'CASE' ? chosenCase : null,
            recipientEmail: email.trim(),
            expiresInDays: Number(days.trim()),
            withCode,
          },
        },
      });
      const created = result.data?.createShareLink;
      if (!created) throw new Error('createShareLink answered no data');
      setEmail('');
      props.onCreated({
        address: new URL(created.url, window.location.origin).href,
        code: created.code ?? null,
        recipientEmail: created.shareLink.recipientEmail,
        expiresAt: created.shareLink.expiresAt,
      });
    }, describe);
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="share-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <h2 id="share-title">{t('sharing.formTitle')}</h2>
      <p>{t('sharing.formIntro')}</p>
      <FormError id="share-error" message={errors.form} />
      <RadioGroupField
        id={FIELD_IDS['scope']!}
        legend={t('sharing.scopeLegend')}
        value={scope}
        onChange={(value) => setScope(value as 'HEALTH_RECORD' | 'CASE')}
        error={errors.fields[FIELD_IDS['scope']!]}
        options={[
          {
            value: 'HEALTH_RECORD',
            label: t('sharing.scope.HEALTH_RECORD'),
            hint: t('sharing.scopeRecordHint'),
          },
          { value: 'CASE', label: t('sharing.scope.CASE') },
        ]}
      />
      {scope === 'CASE' && props.cases.length > 0 && (
        <FormField
          id={FIELD_IDS['caseId']!}
          label={t('sharing.whichCase')}
          value={chosenCase}
          onChange={setCaseId}
          options={props.cases.map((found) => ({
            value: found.id,
            label: caseLabel(found, t, i18n.language),
          }))}
          error={errors.fields[FIELD_IDS['caseId']!]}
        />
      )}
      <FormField
        id={FIELD_IDS['recipientEmail']!}
        label={t('sharing.email')}
        hint={t('sharing.emailHint')}
        type="email"
        value={email}
        onChange={setEmail}
        autoComplete="off"
        required
        verbatim
        error={errors.fields[FIELD_IDS['recipientEmail']!]}
      />
      <FormField
        id={FIELD_IDS['expiresInDays']!}
        label={t('sharing.days', { max: MAX_DAYS })}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_DAYS}
        value={days}
        onChange={setDays}
        required
        error={errors.fields[FIELD_IDS['expiresInDays']!]}
      />
      <CheckboxField
        id={FIELD_IDS['withCode']!}
        label={t('sharing.withCode')}
        hint={t('sharing.withCodeHint')}
        checked={withCode}
        onChange={setWithCode}
      />
      <p>
        <button type="submit" disabled={form.busy}>
          {t('sharing.create')}
        </button>
      </p>
      <FormStatus>{form.busy ? <p className="muted">{t('sharing.creating')}</p> : null}</FormStatus>
    </form>
  );
}
