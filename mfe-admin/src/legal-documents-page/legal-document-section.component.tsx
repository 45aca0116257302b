import { useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { LegalDocumentKind } from '../gql/graphql';
import { InForceDocument } from './in-force-document.component';
import { LegalDocumentHistory } from './legal-document-history.component';
import { LEGAL_DOCUMENTS_OF_KIND } from './legal-documents.queries';
import { nextVersion } from './next-version';
import { PublishLegalDocumentForm, type Published } from './publish-legal-document-form.component';

/** The address segment of each kind, as its PDFs use it (`/legal-documents/<slug>/v1.pdf`). */
const SLUGS: Record<LegalDocumentKind, string> = {
  CONSENT: 'consent',
  PRIVACY_NOTICE: 'privacy-notice',
};

/**
 * One document (the e-consent or the privacy notice): the version in force, every version, and
 * publishing a new one (the form opens on request).
 */
export function LegalDocumentSection({ kind }: { kind: LegalDocumentKind }): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, error, refetch } = useQuery(LEGAL_DOCUMENTS_OF_KIND, {
    variables: { kind },
    fetchPolicy: 'network-only',
  });
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<Published | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const prefix = `legal-${SLUGS[kind]}`;
  const titleId = `${prefix}-title`;
  const name = t(`legal.kind.${kind}`);

  const onPublished = (done: Published): void => {
    setPublishing(false);
    setPublished(done);
    void refetch().then(() => statusRef.current?.focus());
  };

  const body = (): ReactElement => {
    if (!data) {
      return error ? (
        <div role="alert" className="error">
          <p>{t('common:loadFailed')}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('common:retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('common:loading')}</p>
      );
    }
    const current = data.currentLegalDocument;
    const now = Date.now();
    const scheduled = data.legalDocuments.filter(
      (doc) => new Date(doc.effectiveFrom).getTime() > now,
    );
    return (
      <>
        <PartialDataNotice error={error} />
        <InForceDocument data={current} idPrefix={prefix} documentName={name} />
        {scheduled.map((doc) => (
          <p key={doc.id} className="notice">
            {t('legal.scheduledNotice', {
              version: doc.version,
              time: formatDateTime(doc.effectiveFrom, i18n.language),
            })}
          </p>
        ))}
        <LegalDocumentHistory
          data={data.legalDocuments}
          currentId={current.id}
          idPrefix={prefix}
          documentName={name}
        />
        {publishing ? (
          <PublishLegalDocumentForm
            kind={kind}
            idPrefix={prefix}
            prefill={current}
            suggestedVersion={nextVersion(data.legalDocuments.map((doc) => doc.version))}
            onPublished={onPublished}
            onCancel={() => {
              setPublishing(false);
              requestAnimationFrame(() => openerRef.current?.focus());
            }}
          />
        ) : (
          <p>
            <button
              ref={openerRef}
              type="button"
              onClick={() => {
                setPublished(null);
                setPublishing(true);
              }}
            >
              {t(`legal.publishTitle.${kind}`)}
            </button>
          </p>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{name}</h2>
      <p role="status" ref={statusRef} tabIndex={-1}>
        {published
          ? t('legal.published', {
              document: name,
              version: published.version,
              time: formatDateTime(published.effectiveFrom, i18n.language),
            })
          : null}
      </p>
      {body()}
    </section>
  );
}
