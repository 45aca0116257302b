import { useQuery } from '@apollo/client/react';
import { formatDateTime, mutationProblem, PartialDataNotice } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentViewer, type ViewedDocument } from '../case-file/document-viewer.component';
import { useConsulting } from '../consultation/use-consulting';
import { useDoctorSchedule } from '../consultation/use-doctor-schedule';
import { CASE_INFO_REQUESTS } from './info-request-queries';
import { RequestInformationForm } from './request-information-form.component';
import './info-request-strings';

/**
 * "Requests for information or tests" on a specialist's case page (DESIGN.md §2 step 6): what the
 * panel asked the patient, the answers and the reports attached to them (opened in the case
 * file's viewer) and, for a specialist of the paid case, the form to ask. Times are in the viewer's zone.
 * @param props.caseId - the case
 */
export function CaseInfoRequests(props: { caseId: string }): ReactElement | null {
  const { t, i18n } = useTranslation('doctor');
  const { timeZone } = useDoctorSchedule();
  const canAsk = useConsulting(props.caseId);
  const [status, setStatus] = useState('');
  const [opened, setOpened] = useState<ViewedDocument | null>(null);
  /** the button that opened the viewer, which gets the focus back when it closes */
  const opener = useRef<HTMLElement | null>(null);
  const { data, error } = useQuery(CASE_INFO_REQUESTS, {
    variables: { caseId: props.caseId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    if (error && mutationProblem(error).code === 'FORBIDDEN') return null;
    return <PartialDataNotice error={error} />;
  }
  const requests = data.case.infoRequests;
  const at = (iso: string): string => formatDateTime(iso, i18n.language, timeZone);
  return (
    <section aria-labelledby="info-requests-title">
      <h2 id="info-requests-title">{t('info.sectionTitle')}</h2>
      <PartialDataNotice error={error} />
      {requests.length === 0 ? (
        <p>{t('info.none')}</p>
      ) : (
        <div className="card-list">
          {requests.map((request) => (
            <article key={request.id} className="card" aria-labelledby={`info-${request.id}-title`}>
              <h3 id={`info-${request.id}-title`}>
                {t('info.heading', {
                  kind: t(`info.kind.${request.kind}`),
                  name: request.specialist.fullName,
                  at: at(request.createdAt),
                })}
              </h3>
              <p>
                <span className={request.status === 'ANSWERED' ? 'badge ok' : 'badge warn'}>
                  {t(`info.status.${request.status}`)}
                </span>
              </p>
              <dl className="facts">
                <dt>{t('info.question')}</dt>
                <dd>{request.question}</dd>
                {request.answer && (
                  <>
                    <dt>{t('info.answer')}</dt>
                    <dd>
                      {request.answer}
                      {request.answeredAt && (
                        <p className="muted">
                          {t('info.answeredAt', { at: at(request.answeredAt) })}
                        </p>
                      )}
                    </dd>
                  </>
                )}
                {request.documents.length > 0 && (
                  <>
                    <dt>{t('info.attached')}</dt>
                    <dd>
                      <ul className="document-list">
                        {request.documents.map((document) => (
                          <li key={document.id}>
                            <button
                              type="button"
                              className="link"
                              onClick={() => {
                                opener.current = globalThis.document
                                  .activeElement as HTMLElement | null;
                                setOpened(document);
                              }}
                            >
                              {document.title}
                            </button>{' '}
                            <small>{t(`common:documentKind.${document.kind}`)}</small>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                )}
              </dl>
            </article>
          ))}
        </div>
      )}
      <p role="status">{status}</p>
      {canAsk && <RequestInformationForm caseId={props.caseId} onSent={setStatus} />}
      {opened && (
        <DocumentViewer
          document={opened}
          onClose={() => {
            setOpened(null);
            opener.current?.focus();
          }}
        />
      )}
    </section>
  );
}
