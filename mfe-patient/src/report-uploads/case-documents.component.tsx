import { useQuery } from '@apollo/client/react';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_DOCUMENTS } from './upload-queries';
import { UploadedDocument } from './uploaded-document.component';
import './upload-strings';
import './document-actions-strings';

/** Stages in which the patient's side may still rename, refile or remove a report. */
const EDITABLE_STAGES = new Set(['DRAFT', 'SUBMITTED']);

/** The signed links in the list live 5 minutes: the list asks again before they run out. */
const LINK_REFRESH_MS = 4 * 60 * 1000;

/**
 * The reports uploaded to a case, oldest first, each with its thumbnail, name, kind, size, photo
 * warnings and a link to view it. Its own query, so the records service being slow or down never
 * blocks the page around it (then it says the list cannot be shown, with "Try again").
 */
export function CaseDocuments(props: {
  caseId: string;
  headingLevel?: 2 | 3;
  /** shown under the list, e.g. the link to add reports */
  children?: ReactNode;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, refetch } = useQuery(CASE_DOCUMENTS, {
    variables: { id: props.caseId },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
    pollInterval: LINK_REFRESH_MS,
  });
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const documents = data?.case?.documents;
  return (
    <section aria-labelledby="case-documents-title" className="case-documents">
      <Heading id="case-documents-title">{t('documents.title')}</Heading>
      {documents ? (
        documents.length === 0 ? (
          <p className="muted">{t('documents.none')}</p>
        ) : (
          <>
            <ul className="document-list">
              {documents.map((document) => (
                <UploadedDocument
                  key={document.id}
                  data={document}
                  editable={EDITABLE_STAGES.has(data.case!.stage)}
                  onChanged={() => void refetch()}
                />
              ))}
            </ul>
            {!EDITABLE_STAGES.has(data.case!.stage) && (
              <p className="muted">{t('documentActions.locked')}</p>
            )}
          </>
        )
      ) : loading ? (
        <p role="status" className="muted">
          {t('common:loading')}
        </p>
      ) : (
        <div className="notice">
          <p>{t('documents.unavailable')}</p>
          <button type="button" className="secondary" onClick={() => void refetch()}>
            {t('documents.retry')}
          </button>
        </div>
      )}
      {props.children}
    </section>
  );
}
