import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import { formatConsultationTime } from './consultation-time';
import './consultation-strings';

/** Each specialist's 48-hour clock to contact the patient. */
export const SPECIALIST_CONTACTS = graphql(`
  fragment SpecialistContacts on Case {
    id
    contactSlas {
      id
      status
      dueAt
      contactedAt
      specialist {
        id
        fullName
        registration {
          council
          number
        }
      }
    }
  }
`);

/**
 * "Your specialists' contact": for each specialist, by when they will contact the patient (while
 * the 48 hours run), when they did (on time or late), or that operations staff were alerted and
 * will follow up when the 48 hours passed without contact. Times in the viewer's zone.
 * @param props.data - the case's contact clocks
 * @param props.timeZone - the viewer's IANA zone
 */
export function SpecialistContacts(props: {
  data: FragmentType<typeof SPECIALIST_CONTACTS>;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const found = useFragment(SPECIALIST_CONTACTS, props.data);
  const when = (iso: string): string => formatConsultationTime(iso, i18n.language, props.timeZone);
  if (found.contactSlas.length === 0) {
    return <p className="muted">{t('consultation.noClocks')}</p>;
  }
  return (
    <ul className="card-list">
      {found.contactSlas.map((sla) => {
        const name = sla.specialist.fullName;
        let text: string;
        if (sla.status === 'OPEN')
          text = t('consultation.willContact', { name, date: when(sla.dueAt) });
        else if (sla.status === 'BREACHED') text = t('consultation.breached', { name });
        else {
          text = t(sla.status === 'MET' ? 'consultation.contacted' : 'consultation.contactedLate', {
            name,
            date: sla.contactedAt ? when(sla.contactedAt) : '',
          });
        }
        return (
          <li key={sla.id} className="card">
            <h3>{t('consultation.doctor', { name })}</h3>
            <p className="hint">
              {t('consultation.registration', {
                council: sla.specialist.registration.council,
                number: sla.specialist.registration.number,
              })}
            </p>
            <p>
              <span className={sla.status === 'BREACHED' ? 'badge warn' : 'badge ok'}>
                {t(`consultation.status.${sla.status}`)}
              </span>{' '}
              <span>{text}</span>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
