import { ageOn, todayIn, type Registrant } from '@consilium/validation';
import { FormError, FormField } from '@consilium/web-kit';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupError } from '../form-parts/choice-fields';
import {
  fieldBinder,
  formErrorsFrom,
  serverFailure,
  type FieldProblem,
} from '../form-parts/field-problems';
import { FormStatus, usePageForm, type FormErrors } from '../form-parts/form-parts';
import type { PatientRegistrationInput } from '../gql/graphql';
import { AddressFields } from './address-fields.component';
import { GuardianFields } from './guardian-fields.component';
import { IdentityDocumentFields } from './identity-document-fields.component';
import { genderOptions, languageOptions } from './registration-options';
import {
  isMinor,
  registrationFromPatient,
  registrationInput,
  registrationProblems,
  type RegistrationValues,
  type StoredPatient,
} from './registration-values';

/**
 * The registration form: who the patient is, how to reach them, where they live, whom to call
 * in an emergency, an identity document, and for a patient under 18 their guardian. Checked by
 * the shared rules before sending; the server's objections are shown at the fields, in the UI
 * language. After saving it shows what was stored (e.g. the mobile number in E.164).
 */
export function RegistrationForm(props: {
  stored: StoredPatient | null;
  initial: RegistrationValues;
  registrant: Registrant;
  /** fields before the patient's details (e.g. the proxy's relationship to them) */
  before?: ReactNode;
  submitLabel: string;
  /** saves; answers the patient as stored */
  save: (input: PatientRegistrationInput) => Promise<StoredPatient>;
  /** shown once saved (e.g. where to go next) */
  afterSave?: ReactNode;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [values, setValues] = useState<RegistrationValues>(props.initial);
  const [saved, setSaved] = useState<StoredPatient | null>(null);
  const [stored, setStored] = useState<StoredPatient | null>(props.stored);
  const form = usePageForm();
  const { errors } = form;
  const today = todayIn();
  const minor = isMinor(values['birthDate'], today);

  const set = (path: string, value: string): void => {
    setSaved(null);
    setValues((current) => ({ ...current, [path]: value }));
  };
  const bind = fieldBinder('patient', values, set, errors);

  const toErrors = (problems: readonly FieldProblem[]): FormErrors =>
    formErrorsFrom(
      problems,
      i18n.language,
      (id) => Boolean(form.formRef.current?.querySelector(`[id="${id}"]`)),
      t('reg.fixProblems'),
    );

  const describe = (error: unknown): FormErrors => {
    const failure = serverFailure(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.problems.length > 0) {
      return toErrors(failure.problems);
    }
    if (failure.code === 'FORBIDDEN')
      return { fields: {}, form: failure.message || t('error.FORBIDDEN') };
    if (failure.code !== 'NETWORK') console.error('Consilium: registration failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };

  const onSubmit = (): void => {
    setSaved(null);
    const input = registrationInput(values, stored, today);
    const problems = registrationProblems(input, props.registrant, today);
    if (problems.length > 0) return form.showErrors(toErrors(problems));
    void form.submit(async () => {
      const patient = await props.save(input);
      setStored(patient);
      setValues(registrationFromPatient(patient));
      setSaved(patient);
    }, describe);
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby="registration-title"
      className="auth-page"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormError id="registration-error" message={errors.form} />
      {props.before}
      <fieldset>
        <legend>{t('reg.person')}</legend>
        <FormField
          {...bind('fullName')}
          label={t('reg.fullName')}
          hint={t('reg.fullNameHint')}
          required
        />
        <FormField
          {...bind('nameLocal')}
          label={t('reg.nameLocal')}
          hint={t('reg.nameLocalHint')}
        />
        <FormField {...bind('birthDate')} label={t('reg.birthDate')} type="date" required />
        <FormField {...bind('gender')} label={t('reg.gender')} options={genderOptions(t)} />
        <FormField
          {...bind('genderIdentity')}
          label={t('reg.genderIdentity')}
          hint={t('reg.genderIdentityHint')}
        />
        <FormField
          {...bind('preferredLanguage')}
          label={t('reg.preferredLanguage')}
          options={languageOptions(t('reg.choose'))}
        />
      </fieldset>
      <fieldset>
        <legend>{t('reg.contact')}</legend>
        <FormField
          {...bind('phone')}
          label={t('reg.phone')}
          hint={
            stored?.phone
              ? `${t('reg.phoneHint')} ${t('reg.phoneStored', { phone: stored.phone })}`
              : t('reg.phoneHint')
          }
          type="tel"
          autoComplete="tel-national"
        />
        <FormField
          {...bind('email')}
          label={t('reg.email')}
          type="email"
          autoComplete="email"
          verbatim
        />
      </fieldset>
      <AddressFields bind={bind} groupError={errors.fields['patient-address']} />
      <fieldset id="patient-emergencyContact">
        <legend>{t('reg.emergencyContact')}</legend>
        <GroupError
          id="patient-emergencyContact"
          message={errors.fields['patient-emergencyContact']}
        />
        <FormField {...bind('emergencyContact.name')} label={t('reg.emergencyName')} />
        <FormField
          {...bind('emergencyContact.relationship')}
          label={t('reg.emergencyRelationship')}
          hint={t('reg.emergencyRelationshipHint')}
        />
        <FormField
          {...bind('emergencyContact.phone')}
          label={t('reg.emergencyPhone')}
          type="tel"
          autoComplete="off"
        />
      </fieldset>
      <IdentityDocumentFields
        id="patient-identifier"
        groupError={errors.fields['patient-identifier']}
        legend={t('reg.document')}
        type={bind('identifier.type')}
        number={bind('identifier.value')}
        stored={stored?.identifier?.value}
      />
      {minor && (
        <GuardianFields
          bind={bind}
          age={ageOn(values['birthDate']!, today)}
          groupError={errors.fields['patient-guardian']}
          identifierError={errors.fields['patient-guardian-identifier']}
          storedNumber={stored?.guardian?.identifier?.value}
        />
      )}
      <p>
        <button type="submit" disabled={form.busy}>
          {props.submitLabel}
        </button>
      </p>
      <FormStatus>
        {form.busy ? (
          <p className="muted">{t('reg.saving')}</p>
        ) : saved ? (
          <>
            <p>
              {t('reg.saved', { name: saved.fullName })}
              {saved.phone ? ` ${t('reg.phoneStored', { phone: saved.phone })}` : ''}
            </p>
            {props.afterSave}
          </>
        ) : null}
      </FormStatus>
    </form>
  );
}
