import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { formatConsultationTime } from '../consultation/consultation-time';
import { AnswerRequestForm } from './answer-request-form.component';
import type { PatientInfoRequest } from './info-requests-queries';
import './info-request-strings';

/**
 * One request of a specialist: what they asked and when; while open, "Answer" (one answer form
 * is open at a time, as it holds the report chooser); once answered, the answer, when, and the
 * reports sent with it.
 * @param props.caseId - the case
 * @param props.request - the request
 * @param props.timeZone - the viewer's IANA zone
 * @param props.answering - whether this request's answer form is open
 * @param props.onAnswer - opens (true) or closes (false) this request's answer form
 * @param props.onAnswered - called with what to announce once answered
 * @param props.onConflict - called when the requests should be asked for again
 */
export function InfoRequestItem(props: {
  caseId: string;
  request: PatientInfoRequest;
  timeZone: string;
  answering: boolean;
  onAnswer: (open: boolean) => void;
  onAnswered: (announcement: string) => void;
  onConflict: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { request } = props;
  const name = request.specialist.fullName;
  const titleId = `info-request-${request.id}-title`;
  const when = (iso: string): string => formatConsultationTime(iso, i18n.language, props.timeZone);
  return (
    <li className="card" id={`info-request-${request.id}`}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId}>{t(`infoRequests.title.${request.kind}`, { name })}</h3>
        <p>
          <span className={request.status === 'OPEN' ? 'badge warn' : 'badge ok'}>
            {t(`infoRequests.status.${request.status}`)}
          </span>{' '}
          {t('infoRequests.askedOn', { date: when(request.createdAt) })}
        </p>
        <blockquote>
          <p>{request.question}</p>
        </blockquote>
        {request.status === 'OPEN' &&
          (props.answering ? (
            <>
              <AnswerRequestForm
                caseId={props.caseId}
                request={request}
                onAnswered={props.onAnswered}
                onConflict={props.onConflict}
              />
              <p>
                <button type="button" className="secondary" onClick={() => props.onAnswer(false)}>
                  {t('infoRequests.later')}
                </button>
              </p>
            </>
          ) : (
            <p>
              <button type="button" onClick={() => props.onAnswer(true)}>
                {t('infoRequests.answer')}
                <span className="visually-hidden"> {t('infoRequests.toDoctor', { name })}</span>
              </button>
            </p>
          ))}
        {request.status === 'ANSWERED' && (
          <>
            <h4>
              {request.answeredAt
                ? t('infoRequests.answeredOn', { date: when(request.answeredAt) })
                : t('infoRequests.yourAnswer')}
            </h4>
            <p className="answer">{request.answer}</p>
            {request.documents.length > 0 && (
              <>
                <p>{t('infoRequests.sentReports', { count: request.documents.length })}</p>
                <ul>
                  {request.documents.map((document) => (
                    <li key={document.id}>{document.title}</li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </article>
    </li>
  );
}
