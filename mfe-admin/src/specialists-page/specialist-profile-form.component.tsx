import { useMutation, useQuery } from '@apollo/client/react';
import { AvailabilityEditor, FormError, FormField, useFormState } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { HospitalsField } from './hospitals-field.component';
import { LanguagesField } from './languages-field.component';
import { profileFieldId, profileProblems } from './profile-errors';
import { inputOf, notWholeNumbers, type ProfileValues } from './profile-values';
import { ONBOARD_SPECIALIST, SPECIALTIES, UPDATE_SPECIALIST_PROFILE } from './specialist-queries';

/** A profile the form saved. */
export interface SavedProfile {
  id: string;
  fullName: string;
}

/**
 * The whole specialist profile (SpecialistProfileInput): onboarding a new specialist, or, given
 * `specialistId`, changing one. The server's refusals are shown at the field they name; a
 * registration already on another profile at the registration number.
 * @param props.titleId - id of the heading naming the form
 * @param props.initial - the values to start from
 * @param props.specialistId - the profile changed (none: a new one is onboarded)
 * @param props.onSaved - called with the profile once saved
 * @param props.onCancel - offered as a Cancel button when given
 */
export function SpecialistProfileForm(props: {
  titleId: string;
  initial: ProfileValues;
  specialistId?: string;
  onSaved: (profile: SavedProfile) => void;
  onCancel?: () => void;
}): ReactElement {
  const { t } = useTranslation('admin');
  const form = useFormState();
  const [values, setValues] = useState<ProfileValues>(props.initial);
  const [windowErrors, setWindowErrors] = useState<Record<number, string>>({});
  const specialties = useQuery(SPECIALTIES);
  const [onboard] = useMutation(ONBOARD_SPECIALIST, { refetchQueries: ['SpecialistProfiles'] });
  const [update] = useMutation(UPDATE_SPECIALIST_PROFILE, {
    refetchQueries: ['SpecialistProfiles'],
  });
  const set =
    <K extends keyof ProfileValues>(key: K) =>
    (value: ProfileValues[K]) =>
      setValues((current) => ({ ...current, [key]: value }));
  const error = (field: string): string | undefined => form.errors.fields[profileFieldId(field)];
  const text = (field: keyof ProfileValues & string, label: string, extra: object = {}) => (
    <FormField
      id={profileFieldId(field)}
      label={label}
      value={values[field] as string}
      onChange={set(field) as (value: string) => void}
      error={error(field)}
      {...extra}
    />
  );

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setWindowErrors({});
    const wrong = notWholeNumbers(values);
    if (wrong.length > 0) {
      form.showErrors({
        fields: Object.fromEntries(
          wrong.map((field) => [profileFieldId(field), t('spec.error.wholeNumber')]),
        ),
        form: null,
      });
      return;
    }
    void form.submit(
      async () => {
        const input = inputOf(values);
        const saved = props.specialistId
          ? (await update({ variables: { id: props.specialistId, input } })).data
              ?.updateSpecialistProfile
          : (await onboard({ variables: { input } })).data?.onboardSpecialist;
        if (saved) props.onSaved({ id: saved.id, fullName: input.fullName });
      },
      (refused) => {
        const problems = profileProblems(refused, (key, options) => t(key, options ?? {}));
        setWindowErrors(problems.windows);
        return problems.errors;
      },
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby={props.titleId}>
      <FormError id="spec-form-error" message={form.errors.form} />
      {text('fullName', t('spec.fullName'), { required: true, hint: t('spec.fullNameHint') })}
      {text('nameLocal', t('spec.nameLocal'))}
      {text('email', t('spec.email'), {
        type: 'email',
        inputMode: 'email',
        verbatim: true,
        hint: t('spec.emailHint'),
      })}
      {text('photoUrl', t('spec.photoUrl'), {
        type: 'text',
        inputMode: 'url',
        verbatim: true,
        hint: t('spec.photoUrlHint'),
      })}
      <FormField
        id={profileFieldId('specialty')}
        label={t('spec.specialty')}
        value={values.specialty}
        onChange={set('specialty')}
        required
        error={error('specialty')}
        options={[
          { value: '', label: t('spec.chooseSpecialty') },
          ...(specialties.data?.specialties ?? []).map((name) => ({ value: name, label: name })),
        ]}
      />
      {text('subSpecialty', t('spec.subSpecialty'))}
      {text('qualifications', t('spec.qualifications'), {
        required: true,
        hint: t('spec.qualificationsHint'),
      })}
      <div className="field">
        <label className="choice">
          <input
            type="checkbox"
            checked={values.aiimsTrained}
            onChange={(event) => set('aiimsTrained')(event.target.checked)}
          />{' '}
          {t('spec.aiimsTrained')}
        </label>
      </div>
      {values.aiimsTrained && (
        <>
          {text('aiimsCampus', t('spec.aiimsCampus'), {
            required: true,
            hint: t('spec.aiimsCampusHint'),
          })}
          {text('aiimsDepartment', t('spec.aiimsDepartment'))}
        </>
      )}
      {text('yearsOfExperience', t('spec.yearsOfExperience'), {
        type: 'number',
        min: 0,
        max: 70,
        required: true,
      })}
      <LanguagesField
        chosen={values.languages}
        others={values.otherLanguages}
        onChosen={set('languages')}
        onOthers={set('otherLanguages')}
        error={error('languages')}
      />
      {text('city', t('spec.city'), { required: true })}
      <HospitalsField
        value={values.hospitals}
        onChange={set('hospitals')}
        error={error('hospitals')}
      />
      <fieldset className="list-editor">
        <legend>{t('spec.registration')}</legend>
        <FormField
          id={profileFieldId('registration.council')}
          label={t('spec.council')}
          value={values.council}
          onChange={set('council')}
          required
          error={error('registration.council')}
          hint={t('spec.councilHint')}
        />
        <FormField
          id={profileFieldId('registration.number')}
          label={t('spec.number')}
          value={values.number}
          onChange={set('number')}
          required
          verbatim
          error={error('registration.number')}
          describedBy={
            form.errors.formFields?.includes(profileFieldId('registration.number'))
              ? ['spec-form-error']
              : undefined
          }
        />
        <FormField
          id={profileFieldId('registration.year')}
          label={t('spec.year')}
          type="number"
          min={1950}
          value={values.year}
          onChange={set('year')}
          required
          error={error('registration.year')}
        />
      </fieldset>
      {text('bio', t('spec.bio'), { rows: 4, hint: t('spec.bioHint') })}
      {text('maxActiveCases', t('spec.maxActiveCases'), {
        type: 'number',
        min: 1,
        max: 50,
        required: true,
        hint: t('spec.maxActiveCasesHint'),
      })}
      {text('timeZone', t('spec.timeZone'), {
        required: true,
        verbatim: true,
        hint: t('spec.timeZoneHint'),
      })}
      <AvailabilityEditor
        id="spec-availability"
        legend={t('spec.availability')}
        timeZone={values.timeZone}
        value={values.weeklyAvailability}
        onChange={(next) => {
          set('weeklyAvailability')(next);
          setWindowErrors({});
        }}
        errors={windowErrors}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {props.specialistId ? t('spec.saveChanges') : t('spec.onboard')}
        </button>
        {props.onCancel && (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        )}
      </p>
    </form>
  );
}
