import { useMutation } from '@apollo/client/react';
import { FormError, FormField, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import {
  CANCEL_APPOINTMENT,
  MAX_REASON_LENGTH,
  type PatientAppointment,
} from './appointments-queries';
import './appointment-strings';

/**
 * Cancelling a booked appointment, or saying none of the offered times suit: a reason is required
 * (the specialist reads it); refusals are shown at the reason or above the form.
 * @param props.appointment - the appointment
 * @param props.onDone - called with what to announce once it is cancelled
 * @param props.onClose - called when the viewer keeps the appointment
 */
export function CancelAppointmentForm(props: {
  appointment: PatientAppointment;
  onDone: (announcement: string) => void;
  onClose: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { appointment } = props;
  const [reason, setReason] = useState('');
  const [cancel] = useMutation(CANCEL_APPOINTMENT);
  const form = usePageForm();
  const fieldId = `cancel-reason-${appointment.id}`;
  const proposed = appointment.status === 'PROPOSED';
  const name = appointment.specialist.fullName;
  const describe = (error: unknown): FormErrors => {
    const failure = serverFailure(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.field === 'reason') {
      return { fields: { [fieldId]: failure.message }, form: null };
    }
    if (failure.code === 'FORBIDDEN' || failure.code === 'CONFLICT') {
      return { fields: {}, form: failure.message };
    }
    if (failure.code === 'NETWORK') return { fields: {}, form: t('appointments.offline') };
    console.error('Consilium: cancelling an appointment failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby={`${fieldId}-title`}
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        const given = reason.trim();
        if (!given) {
          form.showErrors({ fields: { [fieldId]: t('appointments.reasonRequired') }, form: null });
          return;
        }
        if ([...given].length > MAX_REASON_LENGTH) {
          form.showErrors({
            fields: { [fieldId]: t('appointments.reasonTooLong', { max: MAX_REASON_LENGTH }) },
            form: null,
          });
          return;
        }
        void form.submit(async () => {
          await cancel({ variables: { appointmentId: appointment.id, reason: given } });
          props.onDone(
            t(proposed ? 'appointments.declinedNotice' : 'appointments.cancelledNotice', { name }),
          );
        }, describe);
      }}
    >
      <h4 id={`${fieldId}-title`}>
        {t(proposed ? 'appointments.declineTitle' : 'appointments.cancelTitle')}
      </h4>
      <FormError id={`${fieldId}-form-error`} message={form.errors.form} />
      <FormField
        id={fieldId}
        label={t('appointments.reason')}
        hint={t('appointments.reasonHint', { name })}
        rows={3}
        required
        value={reason}
        onChange={setReason}
        error={form.errors.fields[fieldId]}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t(proposed ? 'appointments.declineConfirm' : 'appointments.cancelConfirm')}
        </button>
        <button type="button" className="secondary" onClick={props.onClose}>
          {t('appointments.keep')}
        </button>
      </p>
    </form>
  );
}
