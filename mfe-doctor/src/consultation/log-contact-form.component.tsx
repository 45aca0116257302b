import { useMutation } from '@apollo/client/react';
import {
  formatDateTime,
  FormError,
  FormField,
  instantOfLocal,
  localInputAt,
  useFormState,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactChannel } from '../gql/graphql';
import { contactErrors } from './contact-errors';
import { LOG_CONTACT } from './consultation-queries';
import './consultation-strings';

/** The ways a specialist contacts a patient (the API's ContactChannel). */
export const CONTACT_CHANNELS: readonly ContactChannel[] = [
  'PHONE',
  'VIDEO',
  'MESSAGE',
  'IN_PERSON',
];

const IDS = { channel: 'contact-channel', when: 'contact-when', note: 'contact-note' };
const NOTE_MAX = 2000;

/**
 * "Log a contact": how (phone, video, message, in person), when (a date and time in the viewer's
 * zone, now by default, sent as a UTC instant) and a short note. The server's refusals are shown
 * at the field they name or as an alert; once logged, the case's contacts and clocks and the
 * specialist's own clocks are fetched again and `onLogged` gets a sentence for a status line.
 * @param props.caseId - the case
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onLogged - called with what happened
 */
export function LogContactForm(props: {
  caseId: string;
  timeZone: string;
  onLogged: (message: string) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const form = useFormState();
  const [channel, setChannel] = useState<ContactChannel>('PHONE');
  const [when, setWhen] = useState(() => localInputAt(Date.now(), props.timeZone));
  const [note, setNote] = useState('');
  const [log] = useMutation(LOG_CONTACT, {
    refetchQueries: ['DoctorCaseContacts', 'MyContactSlas'],
    awaitRefetchQueries: true,
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const occurredAt = instantOfLocal(when, props.timeZone);
    const fields: Record<string, string> = {};
    if (!occurredAt) fields[IDS.when] = t('consult.error.when');
    if ([...note.trim()].length > NOTE_MAX) fields[IDS.note] = t('consult.error.noteLength');
    if (!occurredAt || Object.keys(fields).length > 0) {
      form.showErrors({ fields, form: null });
      return;
    }
    void form.submit(
      async () => {
        await log({
          variables: {
            input: { caseId: props.caseId, channel, occurredAt, note: note.trim() || null },
          },
        });
        setNote('');
        props.onLogged(
          t('consult.logged', {
            channel: t(`consult.channel.${channel}`),
            at: formatDateTime(occurredAt, i18n.language, props.timeZone),
          }),
        );
      },
      (error) => contactErrors(error, IDS, (key) => t(key)),
    );
  };

  return (
    <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-labelledby="log-contact-title">
      <h3 id="log-contact-title">{t('consult.formTitle')}</h3>
      <FormError id="log-contact-error" message={form.errors.form} />
      <FormField
        id={IDS.channel}
        label={t('consult.channel')}
        value={channel}
        onChange={(value) => setChannel(value as ContactChannel)}
        options={CONTACT_CHANNELS.map((value) => ({
          value,
          label: t(`consult.channel.${value}`),
        }))}
      />
      <FormField
        id={IDS.when}
        label={t('consult.when')}
        type="datetime-local"
        required
        value={when}
        onChange={setWhen}
        hint={t('consult.whenHint', { zone: props.timeZone })}
        error={form.errors.fields[IDS.when]}
      />
      <FormField
        id={IDS.note}
        label={t('consult.note')}
        rows={3}
        value={note}
        onChange={setNote}
        hint={t('consult.noteHint')}
        error={form.errors.fields[IDS.note]}
      />
      <button type="submit" disabled={form.busy}>
        {t('consult.log')}
      </button>
    </form>
  );
}
