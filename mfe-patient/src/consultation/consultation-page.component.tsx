import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { AppointmentList } from '../appointments/appointment-list.component';
import { InfoRequestList } from '../info-requests/info-request-list.component';
import { OpenRequestsNotice } from '../info-requests/open-requests-notice.component';
import { ContactLogList } from './contact-log.component';
import { useConsultationZone } from './consultation-time';
import { PATIENT_CONSULTATION } from './consultation-queries';
import { SpecialistContacts } from './specialist-contacts.component';
import { TimeZoneField } from './time-zone-field.component';
import './consultation-strings';

/**
 * `/cases/:caseId/consultation` (DESIGN.md §2 step 6), for the patient or their proxy: what the
 * specialists asked first (prominent while a request is open), then each specialist's 48-hour
 * contact and the contact log, the appointments (pick an offered time, join a video call,
 * cancel), and the requests for more information or tests with the answer form (reports
 * uploaded with it). Times in a zone the viewer picks, India's by default.
 */
export function ConsultationPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { caseId = '' } = useParams();
  const [zone, setZone] = useConsultationZone();
  const { data, loading, error, refetch } = useQuery(PATIENT_CONSULTATION, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('consultation.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const open = found.infoRequests.filter((request) => request.status === 'OPEN');
  const askAgain = (): void => void refetch();
  return (
    <section aria-labelledby="consultation-title" className="page">
      <p>
        <Link to={`/cases/${found.id}`}>{t('consultation.back')}</Link>
      </p>
      <h1 id="consultation-title">
        {t('consultation.titleFor', { name: found.patient.fullName })}
      </h1>
      <PartialDataNotice error={error} />
      <OpenRequestsNotice requests={open}>
        <p>
          <a href="#info-requests-title">{t('infoRequests.answerBelow')}</a>
        </p>
      </OpenRequestsNotice>
      <p>{t('consultation.intro')}</p>
      <TimeZoneField value={zone} onChange={setZone} />
      <section aria-labelledby="contacts-title">
        <h2 id="contacts-title">{t('consultation.contactsTitle')}</h2>
        <SpecialistContacts data={found} timeZone={zone} />
        <h3 id="contact-log-title">{t('consultation.logTitle')}</h3>
        <ContactLogList data={found} timeZone={zone} />
      </section>
      <section aria-labelledby="appointments-title">
        <h2 id="appointments-title">{t('appointments.sectionTitle')}</h2>
        <AppointmentList data={found} timeZone={zone} onRefused={askAgain} />
      </section>
      <section aria-labelledby="info-requests-title">
        <h2 id="info-requests-title" tabIndex={-1}>
          {t('infoRequests.sectionTitle')}
        </h2>
        <InfoRequestList caseId={found.id} data={found} timeZone={zone} onConflict={askAgain} />
      </section>
    </section>
  );
}
