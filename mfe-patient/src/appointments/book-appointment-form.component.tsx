import { useMutation } from '@apollo/client/react';
import { FormError, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { RadioGroupField } from '../form-parts/choice-fields';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import { formatConsultationTime } from '../consultation/consultation-time';
import { BOOK_APPOINTMENT, type PatientAppointment } from './appointments-queries';
import './appointment-strings';

/**
 * Picking one of the times a specialist offered (`bookAppointment`): the times still ahead, in the
 * viewer's zone. A time taken meanwhile (CONFLICT) or just passed (`slotId`) is said clearly, the
 * times are asked for again, and the viewer may pick another or say none suits.
 * @param props.appointment - the PROPOSED appointment
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onBooked - called with what to announce once booked
 * @param props.onRefused - called when the times should be asked for again
 */
export function BookAppointmentForm(props: {
  appointment: PatientAppointment;
  timeZone: string;
  onBooked: (announcement: string) => void;
  onRefused: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { appointment } = props;
  const [slotId, setSlotId] = useState('');
  const [book] = useMutation(BOOK_APPOINTMENT);
  const form = usePageForm();
  const fieldId = `slot-${appointment.id}`;
  const name = appointment.specialist.fullName;
  const [now] = useState(() => Date.now());
  const ahead = appointment.slots
    .filter((slot) => Date.parse(slot.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const when = (iso: string): string => formatConsultationTime(iso, i18n.language, props.timeZone);
  const describe = (error: unknown): FormErrors => {
    const failure = serverFailure(error);
    if (failure.code === 'BAD_USER_INPUT' && failure.field === 'slotId') {
      props.onRefused();
      return { fields: { [fieldId]: t('appointments.slotPassed', { name }) }, form: null };
    }
    if (failure.code === 'CONFLICT' || failure.code === 'BAD_USER_INPUT') {
      props.onRefused();
      return { fields: {}, form: t('appointments.slotTaken', { name }) };
    }
    if (failure.code === 'FORBIDDEN') return { fields: {}, form: failure.message };
    if (failure.code === 'NETWORK') return { fields: {}, form: t('appointments.offline') };
    console.error('Consilium: booking an appointment failed', error);
    return { fields: {}, form: t('error.UNEXPECTED') };
  };
  if (ahead.length === 0) {
    return <p>{t('appointments.allPassed', { name })}</p>;
  }
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-labelledby={`${fieldId}-title`}
      onSubmit={(event) => {
        event.preventDefault();
        if (!slotId) {
          form.showErrors({ fields: { [fieldId]: t('appointments.chooseTime') }, form: null });
          return;
        }
        const chosen = ahead.find((slot) => slot.id === slotId);
        void form.submit(async () => {
          await book({ variables: { appointmentId: appointment.id, slotId } });
          props.onBooked(
            t('appointments.bookedNotice', { name, date: chosen ? when(chosen.startsAt) : '' }),
          );
        }, describe);
      }}
    >
      <h4 id={`${fieldId}-title`} className="visually-hidden">
        {t('appointments.pickTitle', { name })}
      </h4>
      <FormError id={`${fieldId}-form-error`} message={form.errors.form} />
      <RadioGroupField
        id={fieldId}
        legend={t('appointments.pickLegend', { count: appointment.durationMinutes })}
        options={ahead.map((slot) => ({ value: slot.id, label: when(slot.startsAt) }))}
        value={slotId}
        onChange={setSlotId}
        error={form.errors.fields[fieldId]}
        required
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('appointments.book')}
        </button>
      </p>
    </form>
  );
}
