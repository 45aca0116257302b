import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import { APPOINTMENT_FIELDS } from './appointment-queries';
import { ChangeAppointmentForm } from './change-appointment-form.component';
import './appointment-strings';

/**
 * One appointment: its kind, length and specialist, where it stands; the times offered while the
 * patient has not picked one; once booked, the time, the video link or the address, and, for its
 * own specialist, the forms to move or cancel it; once cancelled, why.
 * @param props.data - the appointment
 * @param props.timeZone - the viewer's IANA zone
 * @param props.viewerSpecialistId - the viewer's specialist profile (may change their own)
 * @param props.onChanged - called with a sentence after a move or cancellation
 * @param props.extra - more facts to show (e.g. the case, on "My appointments")
 */
export function AppointmentCard(props: {
  data: FragmentType<typeof APPOINTMENT_FIELDS>;
  timeZone: string;
  viewerSpecialistId: string | null;
  onChanged: (message: string) => void;
  extra?: ReactNode;
}): ReactElement {
  const { t } = useTranslation('doctor');
  const appointment = useFragment(APPOINTMENT_FIELDS, props.data);
  const own = appointment.specialist.id === props.viewerSpecialistId;
  const titleId = `appointment-${appointment.id}-title`;
  const badge =
    appointment.status === 'BOOKED'
      ? 'badge ok'
      : appointment.status === 'CANCELLED'
        ? 'badge'
        : 'badge warn';
  return (
    <article className="card" aria-labelledby={titleId}>
      <h4 id={titleId}>
        {t('appt.heading', {
          mode: t(`appt.mode.${appointment.mode}`),
          minutes: appointment.durationMinutes,
          name: appointment.specialist.fullName,
        })}
      </h4>
      <p>
        <span className={badge}>{t(`appt.status.${appointment.status}`)}</span>
      </p>
      <dl className="facts">
        {props.extra}
        {appointment.status === 'PROPOSED' && (
          <>
            <dt>{t('appt.offered')}</dt>
            <dd>
              <ul>
                {appointment.slots.map((slot) => (
                  <li key={slot.id}>
                    <time dateTime={slot.startsAt}>{slot.display}</time>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        {appointment.status !== 'PROPOSED' && appointment.startsAt && (
          <>
            <dt>{t('appt.when')}</dt>
            <dd>
              <time dateTime={appointment.startsAt}>{appointment.startsAtDisplay}</time>
            </dd>
          </>
        )}
        {appointment.status === 'BOOKED' && appointment.meetingUrl && (
          <>
            <dt>{t('appt.mode.VIDEO')}</dt>
            <dd>
              <a href={appointment.meetingUrl} target="_blank" rel="noreferrer">
                {t('appt.join')}
                <span className="visually-hidden"> ({t('appt.joinHint')})</span>
              </a>
            </dd>
          </>
        )}
        {appointment.address && (
          <>
            <dt>{t('appt.address')}</dt>
            <dd>{appointment.address}</dd>
          </>
        )}
        {appointment.rescheduleReason && (
          <>
            <dt>{t('appt.movedBecause')}</dt>
            <dd>{appointment.rescheduleReason}</dd>
          </>
        )}
        {appointment.status === 'CANCELLED' && appointment.cancelReason && (
          <>
            <dt>{t('appt.cancelledBecause')}</dt>
            <dd>{appointment.cancelReason}</dd>
          </>
        )}
      </dl>
      {own && appointment.status === 'BOOKED' && (
        <ChangeAppointmentForm
          kind="move"
          appointmentId={appointment.id}
          timeZone={props.timeZone}
          onDone={props.onChanged}
        />
      )}
      {own && appointment.status !== 'CANCELLED' && (
        <ChangeAppointmentForm
          kind="cancel"
          appointmentId={appointment.id}
          timeZone={props.timeZone}
          onDone={props.onChanged}
        />
      )}
    </article>
  );
}
