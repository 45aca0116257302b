import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDoctorSchedule } from '../consultation/use-doctor-schedule';
import { AppointmentCard } from './appointment-card.component';
import { MY_APPOINTMENTS } from './appointment-queries';
import './appointment-strings';

/**
 * "My appointments": the signed-in specialist's coming appointments on every case, each with its
 * case, its time or the times offered, the video link, and the forms to move or cancel it. Times
 * are in the specialist's zone.
 */
export function MyAppointmentsPage(): ReactElement {
  const { t } = useTranslation('doctor');
  const { timeZone, specialistId } = useDoctorSchedule();
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(MY_APPOINTMENTS, {
    variables: { timeZone },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('appt.myTitle')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const appointments = data.myAppointments;
  return (
    <section aria-labelledby="my-appointments-title" className="page">
      <h1 id="my-appointments-title">{t('appt.myTitle')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('appt.myIntro', { zone: timeZone })}</p>
      <p role="status">{status}</p>
      {appointments.length === 0 ? (
        <p>{t('appt.myNone')}</p>
      ) : (
        <div className="card-list">
          {appointments.map((appointment) => (
            <AppointmentCard
              key={appointment.id}
              data={appointment}
              timeZone={timeZone}
              viewerSpecialistId={specialistId}
              onChanged={setStatus}
              extra={
                <>
                  <dt>{t('appt.forCase')}</dt>
                  <dd>
                    <Link to={`/cases/${appointment.case.id}`}>
                      {t('caseOf', { name: appointment.case.patient.fullName })}
                    </Link>
                  </dd>
                </>
              }
            />
          ))}
        </div>
      )}
    </section>
  );
}
