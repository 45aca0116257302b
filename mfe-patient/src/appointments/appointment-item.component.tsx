import type { ReactElement } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientAppointment } from './appointments-queries';
import { BookAppointmentForm } from './book-appointment-form.component';
import { BookedAppointment } from './booked-appointment.component';
import { CancelAppointmentForm } from './cancel-appointment-form.component';
import './appointment-strings';

/** How an appointment's status is marked. */
const BADGE: Record<string, string> = {
  PROPOSED: 'badge warn',
  BOOKED: 'badge ok',
  CANCELLED: 'badge',
};

/**
 * One appointment: proposed (pick a time, or say none suits), booked (when, how, "Join video
 * call", cancel with a reason) or cancelled (why).
 * @param props.appointment - the appointment
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onChanged - called with what to announce after a booking or cancellation
 * @param props.onRefused - called when the appointments should be asked for again
 */
export function AppointmentItem(props: {
  appointment: PatientAppointment;
  timeZone: string;
  onChanged: (announcement: string) => void;
  onRefused: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { appointment } = props;
  const [cancelling, setCancelling] = useState(false);
  const name = appointment.specialist.fullName;
  const titleId = `appointment-${appointment.id}-title`;
  return (
    <li className="card">
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>{t(`appointments.title.${appointment.mode}`, { name })}</h3>
        <p>
          <span className={BADGE[appointment.status] ?? 'badge'}>
            {t(`appointments.status.${appointment.status}`)}
          </span>{' '}
          {appointment.status === 'PROPOSED' &&
            t('appointments.proposed', { name, count: appointment.durationMinutes })}
        </p>
        {appointment.status === 'PROPOSED' && (
          <BookAppointmentForm
            appointment={appointment}
            timeZone={props.timeZone}
            onBooked={props.onChanged}
            onRefused={props.onRefused}
          />
        )}
        {appointment.status === 'BOOKED' && (
          <BookedAppointment appointment={appointment} timeZone={props.timeZone} />
        )}
        {appointment.status === 'CANCELLED' && appointment.cancelReason && (
          <p>{t('appointments.cancelledBecause', { reason: appointment.cancelReason })}</p>
        )}
        {appointment.status !== 'CANCELLED' &&
          (cancelling ? (
            <CancelAppointmentForm
              appointment={appointment}
              onDone={(announcement) => {
                setCancelling(false);
                props.onChanged(announcement);
              }}
              onClose={() => setCancelling(false)}
            />
          ) : (
            <p>
              <button type="button" className="secondary" onClick={() => setCancelling(true)}>
                {t(
                  appointment.status === 'PROPOSED'
                    ? 'appointments.decline'
                    : 'appointments.cancel',
                )}
              </button>
            </p>
          ))}
      </article>
    </li>
  );
}
