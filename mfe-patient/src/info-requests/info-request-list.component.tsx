import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment, type FragmentType } from '../gql';
import { InfoRequestItem } from './info-request-item.component';
import { CASE_INFO_REQUESTS } from './info-requests-queries';
import './info-request-strings';

/**
 * The specialists' requests for more information or tests, open ones first, then the answered
 * ones oldest first; a polite live region says when an answer was sent.
 * @param props.caseId - the case
 * @param props.data - the case's requests
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onConflict - called when the requests should be asked for again
 */
export function InfoRequestList(props: {
  caseId: string;
  data: FragmentType<typeof CASE_INFO_REQUESTS>;
  timeZone: string;
  onConflict: () => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const found = useFragment(CASE_INFO_REQUESTS, props.data);
  const [answering, setAnswering] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const requests = [...found.infoRequests].sort(
    (a, b) =>
      Number(b.status === 'OPEN') - Number(a.status === 'OPEN') ||
      a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <>
      <p role="status" className={announcement ? 'card' : 'visually-hidden'}>
        {announcement}
      </p>
      {requests.length === 0 ? (
        <p className="muted">{t('infoRequests.none')}</p>
      ) : (
        <ul className="card-list">
          {requests.map((request) => (
            <InfoRequestItem
              key={request.id}
              caseId={props.caseId}
              request={request}
              timeZone={props.timeZone}
              answering={answering === request.id}
              onAnswer={(open) => {
                setAnnouncement('');
                setAnswering(open ? request.id : null);
              }}
              onAnswered={(text) => {
                setAnswering(null);
                setAnnouncement(text);
              }}
              onConflict={props.onConflict}
            />
          ))}
        </ul>
      )}
    </>
  );
}
