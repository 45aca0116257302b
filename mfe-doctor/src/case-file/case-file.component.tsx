import { useLazyQuery, useQuery } from '@apollo/client/react';
import { formatDateTime, formatFileSize, QueryStatus } from '@consilium/web-kit';
import { DOCUMENT_KINDS } from '@consilium/validation';
import { useRef, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_FILE, SEARCH_CASE_FILE } from './case-file-queries';
import './case-file-strings';
import { DocumentViewer, type ViewedDocument } from './document-viewer.component';

/**
 * The case file for the doctors: the reports grouped by kind (lab, imaging, pathology, discharge
 * summary, prescription, other) with thumbnails and readability warnings, a search in the text
 * of the PDFs, and the viewer for the one opened.
 */
export function CaseFile(props: { caseId: string }): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const { data, loading, error, refetch } = useQuery(CASE_FILE, {
    variables: { id: props.caseId },
  });
  const [search, searched] = useLazyQuery(SEARCH_CASE_FILE, { fetchPolicy: 'network-only' });
  const [text, setText] = useState('');
  const [opened, setOpened] = useState<ViewedDocument | null>(null);
  /** the button that opened the viewer, which gets the focus back when it closes */
  const opener = useRef<HTMLElement | null>(null);

  if (!data) {
    return (
      <QueryStatus
        title={t('caseFile.title')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const documents = data.case.documents ?? [];
  const open = (id: string): void => {
    const found = documents.find((document) => document.id === id);
    if (!found) return;
    opener.current = globalThis.document.activeElement as HTMLElement | null;
    setOpened(found);
  };
  const onSearch = (event: FormEvent): void => {
    event.preventDefault();
    if (!text.trim()) return;
    void search({
      variables: { patientId: data.case.patient.id, caseId: props.caseId, text: text.trim() },
    });
  };
  // An emptied search box hides the last answer.
  const hits = text.trim() ? searched.data?.searchDocuments : undefined;

  return (
    <section aria-labelledby="case-file-title">
      <h2 id="case-file-title">{t('caseFile.title')}</h2>
      {documents.length === 0 ? (
        <p>{t('caseFile.empty')}</p>
      ) : (
        <>
          <form role="search" onSubmit={onSearch} className="inline-form">
            <label htmlFor="case-file-search">{t('caseFile.search')}</label>{' '}
            <input
              id="case-file-search"
              type="search"
              value={text}
              maxLength={200}
              aria-describedby="case-file-search-hint"
              onChange={(event) => setText(event.target.value)}
            />{' '}
            <button type="submit">{t('caseFile.searchButton')}</button>
            <p id="case-file-search-hint" className="hint">
              {t('caseFile.searchHint')}
            </p>
          </form>
          {hits && searched.variables && (
            <div role="status">
              <p>
                {hits.length === 0
                  ? t('caseFile.noHits', { text: searched.variables.text })
                  : t('caseFile.hits', { count: hits.length, text: searched.variables.text })}
              </p>
              <ul>
                {hits.map((hit) => (
                  <li key={hit.document.id}>
                    <button type="button" className="link" onClick={() => open(hit.document.id)}>
                      {hit.document.title}
                    </button>
                    <blockquote>{hit.snippet}</blockquote>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {DOCUMENT_KINDS.map((kind) => {
            const ofKind = documents.filter((document) => document.kind === kind);
            if (ofKind.length === 0) return null;
            return (
              <section key={kind} aria-labelledby={`kind-${kind}`}>
                <h3 id={`kind-${kind}`}>{t(`common:documentKind.${kind}`)}</h3>
                <ul className="document-list">
                  {ofKind.map((document) => (
                    <li key={document.id}>
                      {document.thumbnailUrl && (
                        <img src={document.thumbnailUrl} alt="" width={64} loading="lazy" />
                      )}
                      <button type="button" className="link" onClick={() => open(document.id)}>
                        {document.title}
                      </button>{' '}
                      <small>
                        {formatFileSize(document.size, i18n.language)} ·{' '}
                        {t('caseFile.uploaded', {
                          date: formatDateTime(document.createdAt, i18n.language),
                        })}
                        {document.textStatus === 'EXTRACTED' && ` · ${t('caseFile.searchable')}`}
                        {document.textStatus === 'NO_TEXT' && ` · ${t('caseFile.noTextLayer')}`}
                      </small>
                      {document.photoQuality?.tooDark && (
                        <span className="badge warn">{t('caseFile.tooDark')}</span>
                      )}
                      {document.photoQuality?.tooBlurred && (
                        <span className="badge warn">{t('caseFile.tooBlurred')}</span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
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
