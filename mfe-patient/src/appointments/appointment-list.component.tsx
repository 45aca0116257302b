import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import { AppointmentItem } from './appointment-item.component';
import { CASE_APPOINTMENTS, type PatientAppointment } from './appointments-queries';
import './appointment-strings';

/** Appointments waiting for a choice first, then booked ones by time, then cancelled ones. */
const ORDER: Record<string, number> = { PROPOSED: 0, BOOKED: 1, CANCELLED: 2 };

function byWhatNeedsDoing(a: PatientAppointment, b: PatientAppointment): number {
  return (
    (ORDER[a.status] ?? 3) - (ORDER[b.status] ?? 3) ||
    (a.startsAt ?? '').localeCompare(b.startsAt ?? '')
  );
}

/**
 * A case's appointments with each specialist, those waiting for the patient's choice first, and
 * a polite live region saying what a booking or cancellation did.
 * @param props.data - the case's appointments
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onRefused - called when the appointments should be asked for again
 */
export function AppointmentList(props: {
  data: FragmentType<typeof CASE_APPOINTMENTS>;
  timeZone: string;
  onRefused: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const found = useFragment(CASE_APPOINTMENTS, props.data);
  const [announcement, setAnnouncement] = useState('');
  const appointments = [...found.appointments].sort(byWhatNeedsDoing);
  return (
    <>
      <p role="status" className={announcement ? 'card' : 'visually-hidden'}>
        {announcement}
      </p>
      {appointments.length === 0 ? (
        <p className="muted">{t('appointments.none')}</p>
      ) : (
        <ul className="card-list">
          {appointments.map((appointment) => (
            <AppointmentItem
              key={appointment.id}
              appointment={appointment}
              timeZone={props.timeZone}
              onChanged={setAnnouncement}
              onRefused={props.onRefused}
            />
          ))}
        </ul>
      )}
    </>
  );
}
