import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import './info-request-strings';

/** A request still waiting for the patient's answer: who asked, and for what kind of thing. */
export interface OpenRequest {
  id: string;
  kind: string;
  specialist: { fullName: string };
}

/**
 * The prominent notice while a specialist waits for an answer ("Dr X asked you something"):
 * one line per open request, and what to do (`children`, e.g. a link to answer). Nothing when
 * no request is open.
 * @param props.requests - the open requests
 */
export function OpenRequestsNotice(props: {
  requests: readonly OpenRequest[];
  children?: ReactNode;
}): ReactElement | null {
  const { t } = useTranslation('patient');
  const [first] = props.requests;
  if (!first) return null;
  return (
    <section aria-labelledby="open-requests-title" className="card notice">
      <h2 id="open-requests-title">
        {first && props.requests.length === 1
          ? t(`infoRequests.asked.${first.kind}`, { name: first.specialist.fullName })
          : t('infoRequests.askedMany', { count: props.requests.length })}
      </h2>
      {props.requests.length > 1 && (
        <ul>
          {props.requests.map((request) => (
            <li key={request.id}>
              {t(`infoRequests.asked.${request.kind}`, { name: request.specialist.fullName })}
            </li>
          ))}
        </ul>
      )}
      <p>{t('infoRequests.noticeExplain')}</p>
      {props.children}
    </section>
  );
}
