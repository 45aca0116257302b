import { useQuery } from '@apollo/client/react';
import { AvailabilityList, mutationProblem, PartialDataNotice } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useConsulting } from '../consultation/use-consulting';
import { useDoctorSchedule } from '../consultation/use-doctor-schedule';
import { AppointmentCard } from './appointment-card.component';
import { CASE_APPOINTMENTS } from './appointment-queries';
import { ProposeAppointmentForm } from './propose-appointment-form.component';
import './appointment-strings';

/**
 * "Appointments" on a specialist's case page: the case's appointments (times offered, booked,
 * cancelled) and, for a specialist of the panel, "Propose times" next to their own weekly
 * consulting hours (once the case is paid). Times are in the viewer's zone.
 * @param props.caseId - the case
 */
export function CaseAppointments(props: { caseId: string }): ReactElement | null {
  const { t } = useTranslation('doctor');
  const { timeZone, availability, specialistId } = useDoctorSchedule();
  const canPropose = useConsulting(props.caseId);
  const [status, setStatus] = useState('');
  const { data, error } = useQuery(CASE_APPOINTMENTS, {
    variables: { caseId: props.caseId, timeZone },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (error && mutationProblem(error).code === 'FORBIDDEN') return null;
    return <PartialDataNotice error={error} />;
  }
  const appointments = data.case.appointments;
  return (
    <section aria-labelledby="appointments-title">
      <h2 id="appointments-title">{t('appt.sectionTitle')}</h2>
      <PartialDataNotice error={error} />
      <p role="status">{status}</p>
      {appointments.length === 0 ? (
        <p>{t('appt.none')}</p>
      ) : (
        <div className="card-list">
          {appointments.map((appointment) => (
            <AppointmentCard
              key={appointment.id}
              data={appointment}
              timeZone={timeZone}
              viewerSpecialistId={specialistId}
              onChanged={setStatus}
            />
          ))}
        </div>
      )}
      {canPropose && (
        <div className="card-list">
          <ProposeAppointmentForm
            key={timeZone}
            caseId={props.caseId}
            timeZone={timeZone}
            onProposed={setStatus}
          />
          <aside aria-labelledby="your-hours-title" className="card">
            <h3 id="your-hours-title">{t('appt.yourHours', { zone: timeZone })}</h3>
            <AvailabilityList windows={availability} />
            <p>
              <Link to="/profile">{t('appt.editHours')}</Link>
            </p>
          </aside>
        </div>
      )}
    </section>
  );
}
