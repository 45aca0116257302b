import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './payment-strings';

/**
 * A case named by the end of its id (the random part; the start of these ids is a timestamp,
 * shared by cases made close together), linked to the case's page in this app, with "Copy id",
 * which copies the whole id (to paste into a filter, for example). The whole id is the link's
 * accessible name and tooltip. When the browser refuses the clipboard, the whole id is shown
 * selected, to copy by hand.
 * @param props.caseId - the case's id
 */
export function CaseLink({ caseId }: { caseId: string }): ReactElement {
  const { t } = useTranslation('admin');
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const fallback = useRef<HTMLInputElement>(null);
  const copy = (): void => {
    const done =
      navigator.clipboard?.writeText(caseId) ?? Promise.reject(new Error('no clipboard'));
    done.then(
      () => setCopied('yes'),
      () => {
        setCopied('no');
        requestAnimationFrame(() => fallback.current?.select());
      },
    );
  };
  return (
    <>
      <span className="nowrap">
        <Link to={`/cases/${caseId}`} title={caseId} aria-label={t('pay.caseLink', { id: caseId })}>
          <code>{caseId.slice(-8)}</code>
        </Link>{' '}
        <button type="button" className="link-button" onClick={copy}>
          {t('pay.copyCaseId')}
          <span className="visually-hidden"> {t('pay.copyCaseIdOf', { id: caseId })}</span>
        </button>
      </span>
      {copied === 'no' && (
        <input
          ref={fallback}
          readOnly
          value={caseId}
          size={caseId.length}
          aria-label={t('caseId')}
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <span role="status">
        {copied && <small> {t(copied === 'yes' ? 'common:copied' : 'common:copyFailed')}</small>}
      </span>
    </>
  );
}
