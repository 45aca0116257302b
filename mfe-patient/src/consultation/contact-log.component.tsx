import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import { formatConsultationTime } from './consultation-time';
import './consultation-strings';

/** The contacts the specialists logged on a case. */
export const CONTACT_LOG = graphql(`
  fragment ContactLog on Case {
    id
    contacts {
      id
      channel
      occurredAt
      note
      specialist {
        id
        fullName
      }
    }
  }
`);

/**
 * The contact log: every call, video call, message or visit a specialist logged, oldest first,
 * with what was discussed; times in the viewer's zone.
 * @param props.data - the case's contacts
 * @param props.timeZone - the viewer's IANA zone
 */
export function ContactLogList(props: {
  data: FragmentType<typeof CONTACT_LOG>;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const found = useFragment(CONTACT_LOG, props.data);
  const contacts = [...found.contacts].sort((a, b) => a.occurredAt.localeCompare(b.occurredAt));
  if (contacts.length === 0) return <p className="muted">{t('consultation.noContacts')}</p>;
  return (
    <ol className="timeline" aria-label={t('consultation.logTitle')}>
      {contacts.map((contact) => (
        <li key={contact.id}>
          <p>
            <strong>
              {formatConsultationTime(contact.occurredAt, i18n.language, props.timeZone)}
            </strong>{' '}
            {t(`consultation.channel.${contact.channel}`, { name: contact.specialist.fullName })}
          </p>
          {contact.note && <p>{contact.note}</p>}
        </li>
      ))}
    </ol>
  );
}
