import { useMutation } from '@apollo/client/react';
import {
  AvailabilityEditor,
  FormError,
  formatDateTime,
  mutationProblem,
  useFormState,
  type AvailabilityWindow,
  type FormErrors,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { MySpecialistProfileQuery } from '../gql/graphql';
import { profileInputWithAvailability } from './profile-input';
import { UPDATE_MY_PROFILE } from './profile-queries';

const EDITOR_ID = 'profile-availability';

/**
 * The specialist's weekly consulting windows, editable: saves the whole profile with the new
 * windows (every other field as it is). A window the server refuses is marked in its group.
 * @param props.profile - the profile as read
 */
export function AvailabilityForm(props: {
  profile: MySpecialistProfileQuery['specialist'];
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const form = useFormState();
  const [windows, setWindows] = useState<AvailabilityWindow[]>(() =>
    props.profile.weeklyAvailability.map(({ weekday, start, end }) => ({ weekday, start, end })),
  );
  const [rowErrors, setRowErrors] = useState<Record<number, string>>({});
  const [saved, setSaved] = useState('');
  const [update] = useMutation(UPDATE_MY_PROFILE);

  const describe = (error: unknown): FormErrors => {
    const problem = mutationProblem(error);
    const row = /^weeklyAvailability\.(\d+)$/.exec(problem.field ?? '');
    if (problem.code === 'BAD_USER_INPUT' && row) {
      setRowErrors({ [Number(row[1])]: t('profile.error.window') });
      return { fields: {}, form: t('profile.error.fixWindow', { number: Number(row[1]) + 1 }) };
    }
    if (problem.code === 'NETWORK') return { fields: {}, form: t('profile.error.network') };
    return { fields: {}, form: problem.message || t('profile.error.unexpected') };
  };

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSaved('');
    setRowErrors({});
    void form.submit(async () => {
      const result = await update({
        variables: {
          id: props.profile.id,
          input: profileInputWithAvailability(props.profile, windows),
        },
      });
      const at = result.data?.updateSpecialistProfile.updatedAt;
      setSaved(
        t('profile.saved', {
          at: at ? formatDateTime(at, i18n.language, props.profile.timeZone) : '',
        }),
      );
    }, describe);
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="availability-title">
      <h2 id="availability-title">{t('profile.availability')}</h2>
      <FormError id="availability-error" message={form.errors.form} />
      <AvailabilityEditor
        id={EDITOR_ID}
        legend={t('profile.windows')}
        timeZone={props.profile.timeZone}
        value={windows}
        onChange={(next) => {
          setWindows(next);
          setRowErrors({});
        }}
        errors={rowErrors}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('profile.save')}
        </button>
      </p>
      <p role="status">{saved}</p>
    </form>
  );
}
