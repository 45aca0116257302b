import { useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  mutationProblem,
  PartialDataNotice,
  TableRegion,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_CONTACTS } from './consultation-queries';
import { LogContactForm } from './log-contact-form.component';
import { SlaClock } from './sla-clock.component';
import { useConsulting } from './use-consulting';
import { useDoctorSchedule } from './use-doctor-schedule';
import './consultation-strings';

/**
 * "Contact with the patient" on a specialist's case page (DESIGN.md §2 step 6): each panel
 * specialist's 48-hour clock, the contacts logged so far (oldest first) and, for a specialist
 * whose clock runs on this case, the form to log one. Times are in the viewer's zone.
 * @param props.caseId - the case
 */
export function CaseContacts({ caseId }: { caseId: string }): ReactElement | null {
  const { t, i18n } = useTranslation('doctor');
  const { timeZone } = useDoctorSchedule();
  const mine = useConsulting(caseId);
  const [status, setStatus] = useState('');
  const { data, error } = useQuery(CASE_CONTACTS, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (error && mutationProblem(error).code === 'FORBIDDEN') return null;
    return <PartialDataNotice error={error} />;
  }
  const { contactSlas, contacts } = data.case;
  return (
    <section aria-labelledby="contacts-title">
      <h2 id="contacts-title">{t('consult.sectionTitle')}</h2>
      <PartialDataNotice error={error} />
      {contactSlas.length === 0 ? (
        <p className="muted">{t('consult.notStarted')}</p>
      ) : (
        <TableRegion labelledBy="panel-clocks-title">
          <table>
            <caption id="panel-clocks-title">{t('consult.panelClocks')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('consult.specialist')}</th>
                <th scope="col">{t('consult.status')}</th>
              </tr>
            </thead>
            <tbody>
              {contactSlas.map((clock) => (
                <tr key={clock.id}>
                  <th scope="row">{clock.specialist.fullName}</th>
                  <td>
                    <SlaClock clock={clock} timeZone={timeZone} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h3 id="contact-log-title">{t('consult.logTitle')}</h3>
      {contacts.length === 0 ? (
        <p>{t('consult.noContacts')}</p>
      ) : (
        <ul aria-labelledby="contact-log-title">
          {contacts.map((contact) => (
            <li key={contact.id}>
              {t('consult.contactBy', {
                channel: t(`consult.channel.${contact.channel}`),
                name: contact.specialist.fullName,
                at: formatDateTime(contact.occurredAt, i18n.language, timeZone),
              })}
              {contact.note && <p className="muted">{contact.note}</p>}
            </li>
          ))}
        </ul>
      )}
      <p role="status">{status}</p>
      {mine && (
        <LogContactForm key={timeZone} caseId={caseId} timeZone={timeZone} onLogged={setStatus} />
      )}
    </section>
  );
}
