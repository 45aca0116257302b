import { useMutation } from '@apollo/client/react';
import { formatDateTime, FormError, FormField, useFormState } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { changeErrors } from './appointment-errors';
import { CANCEL_APPOINTMENT, RESCHEDULE_APPOINTMENT } from './appointment-queries';
import './appointment-strings';

/**
 * Moves a booked appointment to a new time (`kind="move"`) or cancels one (`kind="cancel"`),
 * each with the reason the patient reads; both are required (checked here and by the server,
 * shown at the field). Folded away under a disclosure until opened.
 * @param props.kind - move or cancel
 * @param props.appointmentId - the appointment
 * @param props.timeZone - the viewer's IANA zone (the new time is typed in it)
 * @param props.onDone - called with a sentence once done
 */
export function ChangeAppointmentForm(props: {
  kind: 'move' | 'cancel';
  appointmentId: string;
  timeZone: string;
  onDone: (message: string) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const form = useFormState();
  const [time, setTime] = useState('');
  const [reason, setReason] = useState('');
  const options = {
    refetchQueries: ['DoctorCaseAppointments', 'MyAppointments'],
    awaitRefetchQueries: true,
  };
  const [reschedule] = useMutation(RESCHEDULE_APPOINTMENT, options);
  const [cancel] = useMutation(CANCEL_APPOINTMENT, options);
  const prefix = `${props.kind}-${props.appointmentId}`;
  const ids = {
    reason: `${prefix}-reason`,
    ...(props.kind === 'move' ? { time: `${prefix}-time` } : {}),
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (ids.time && !time) fields[ids.time] = t('appt.error.timeRequired');
    if (!reason.trim()) fields[ids.reason] = t('appt.error.reason');
    if (Object.keys(fields).length > 0) {
      form.showErrors({ fields, form: null });
      return;
    }
    void form.submit(
      async () => {
        if (props.kind === 'move') {
          const moved = await reschedule({
            variables: {
              appointmentId: props.appointmentId,
              slot: { localStart: time, timeZone: props.timeZone },
              reason: reason.trim(),
            },
          });
          const startsAt = moved.data?.rescheduleAppointment.startsAt;
          props.onDone(
            t('appt.moved', {
              at: startsAt ? formatDateTime(startsAt, i18n.language, props.timeZone) : time,
            }),
          );
        } else {
          await cancel({
            variables: { appointmentId: props.appointmentId, reason: reason.trim() },
          });
          props.onDone(t('appt.cancelled'));
        }
      },
      (error) => changeErrors(error, ids, (key) => t(key)),
    );
  };

  const title = t(props.kind === 'move' ? 'appt.moveTitle' : 'appt.cancelTitle');
  return (
    <details>
      <summary>{title}</summary>
      <form ref={form.formRef} noValidate onSubmit={onSubmit} aria-label={title}>
        <FormError id={`${prefix}-error`} message={form.errors.form} />
        {ids.time && (
          <FormField
            id={ids.time}
            label={t('appt.newTime')}
            type="datetime-local"
            required
            value={time}
            onChange={setTime}
            hint={t('appt.timeHint', { zone: props.timeZone })}
            error={form.errors.fields[ids.time]}
          />
        )}
        <FormField
          id={ids.reason}
          label={t('appt.reason')}
          rows={2}
          required
          value={reason}
          onChange={setReason}
          hint={t('appt.reasonHint')}
          error={form.errors.fields[ids.reason]}
        />
        <button
          type="submit"
          className={props.kind === 'cancel' ? 'secondary' : undefined}
          disabled={form.busy}
        >
          {t(props.kind === 'move' ? 'appt.move' : 'appt.cancel')}
        </button>
      </form>
    </details>
  );
}
