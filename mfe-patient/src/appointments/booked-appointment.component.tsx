import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatConsultationClock, formatConsultationTime } from '../consultation/consultation-time';
import type { PatientAppointment } from './appointments-queries';
import './appointment-strings';

/**
 * What a booked appointment needs the patient to know: when (in the viewer's zone), how (the
 * video link opening in a new tab, the address, or that the specialist will call), and why it
 * was moved, if it was.
 * @param props.appointment - the BOOKED appointment
 * @param props.timeZone - the viewer's IANA zone
 */
export function BookedAppointment(props: {
  appointment: PatientAppointment;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { appointment } = props;
  const name = appointment.specialist.fullName;
  return (
    <>
      <dl className="facts">
        <dt>{t('appointments.when')}</dt>
        <dd>
          {appointment.startsAt && appointment.endsAt
            ? t('appointments.fromUntil', {
                start: formatConsultationTime(appointment.startsAt, i18n.language, props.timeZone),
                end: formatConsultationClock(appointment.endsAt, i18n.language, props.timeZone),
              })
            : t('appointments.timeUnknown')}
        </dd>
        <dt>{t('appointments.how')}</dt>
        <dd>{t(`appointments.mode.${appointment.mode}`)}</dd>
        {appointment.mode === 'IN_PERSON' && (
          <>
            <dt>{t('appointments.where')}</dt>
            <dd>{appointment.address ?? t('appointments.addressMissing', { name })}</dd>
          </>
        )}
      </dl>
      {appointment.rescheduleReason && (
        <p className="notice">
          {t('appointments.moved', { name, reason: appointment.rescheduleReason })}
        </p>
      )}
      {appointment.mode === 'VIDEO' &&
        (appointment.meetingUrl ? (
          <p>
            <a
              className="button-link"
              href={appointment.meetingUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('appointments.join')}
              <span className="visually-hidden"> {t('appointments.newTab')}</span>
            </a>
          </p>
        ) : (
          <p>{t('appointments.linkMissing', { name })}</p>
        ))}
      {appointment.mode === 'PHONE' && <p>{t('appointments.willCall', { name })}</p>}
    </>
  );
}
