import { formatDateTime } from '@consilium/web-kit';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactElement,
} from 'react';
import { useTranslation } from 'react-i18next';
import { ShareCodeForm } from './share-code-form.component';
import { SharedDocuments } from './shared-documents.component';
import {
  fetchSharedRecord,
  secretFrom,
  type SharedDocument,
  type SharedRecordAnswer,
} from './shared-record-api';
import './shared-record-strings';

/**
 * Download links live 5 minutes (records service); one older than this is fetched afresh before
 * use. Measured on this browser's clock from when the list arrived.
 */
const FRESH_LINK_MS = 4 * 60_000;

type PageState = { kind: 'loading' } | SharedRecordAnswer;

/** Why a link opens nothing: what to say, and what to do about it. */
function Refusal(props: { message: string; advice: string }): ReactElement {
  return (
    <>
      <p>
        <strong>{props.message}</strong>
      </p>
      <p>{props.advice}</p>
    </>
  );
}

/**
 * The page a share link opens (`/shared/<secret>`), for a doctor or hospital without an account:
 * asks for the patient's code when the link has one, then lists the reports with download links
 * (fetching fresh ones when they have run out). An expired, withdrawn, locked or unknown link shows why,
 * and nothing else.
 */
export function SharedRecordPage({ pathname }: { pathname: string }): ReactElement {
  const { t, i18n } = useTranslation('shared');
  const secret = secretFrom(pathname);
  const [state, setState] = useState<PageState>(() =>
    secret ? { kind: 'loading' } : { kind: 'notValid' },
  );
  const [refreshing, setRefreshing] = useState(false);
  /** The code that opened the link, kept in this page's memory to fetch fresh download links. */
  const codeRef = useRef<string | null>(null);

  const load = useCallback(async (): Promise<SharedRecordAnswer> => {
    if (!secret) return { kind: 'notValid' };
    const answer = await fetchSharedRecord(secret, codeRef.current);
    setState(answer);
    return answer;
  }, [secret]);

  useEffect(() => {
    let current = true;
    codeRef.current = null;
    if (!secret) {
      setState({ kind: 'notValid' });
      return;
    }
    setState({ kind: 'loading' });
    void fetchSharedRecord(secret, null).then((answer) => {
      if (current) setState(answer);
    });
    return () => {
      current = false;
    };
  }, [secret]);

  const tryCode = async (code: string): Promise<boolean> => {
    if (!secret) return true;
    const answer = await fetchSharedRecord(secret, code);
    if (answer.kind === 'invalidCode' || answer.kind === 'codeRequired') return false;
    if (answer.kind === 'record') codeRef.current = code;
    setState(answer);
    return true;
  };

  const onDownload = (event: MouseEvent<HTMLAnchorElement>, document: SharedDocument): void => {
    if (state.kind !== 'record' || Date.now() - state.fetchedAt < FRESH_LINK_MS) return;
    event.preventDefault();
    setRefreshing(true);
    void load()
      .then((answer) => {
        const fresh =
          answer.kind === 'record'
            ? answer.record.documents.find((candidate) => candidate.id === document.id)
            : undefined;
        if (fresh?.downloadUrl) window.location.assign(fresh.downloadUrl);
      })
      .finally(() => setRefreshing(false));
  };

  let body: ReactElement;
  switch (state.kind) {
    case 'loading':
      body = <p role="status">{t('loading')}</p>;
      break;
    case 'codeRequired':
    case 'invalidCode':
      body = <ShareCodeForm onCode={tryCode} />;
      break;
    case 'gone':
      body = (
        <Refusal
          message={t(state.reason === 'unknown' ? 'gone' : state.reason)}
          advice={t('goneAdvice')}
        />
      );
      break;
    case 'notValid':
      body = <Refusal message={t('notValid')} advice={t('notValidAdvice')} />;
      break;
    case 'failed':
      body = (
        <div role="alert" className="error">
          <p>{t('failed')}</p>
          <button type="button" onClick={() => void load()}>
            {t('retry')}
          </button>
        </div>
      );
      break;
    case 'record':
      body = (
        <>
          <p>{t(`intro.${state.record.scope}`)}</p>
          <p>{t('worksUntil', { date: formatDateTime(state.record.expiresAt, i18n.language) })}</p>
          <h2 id="shared-documents-title">{t('documentsTitle')}</h2>
          <SharedDocuments documents={state.record.documents} onDownload={onDownload} />
        </>
      );
      break;
  }

  return (
    <section aria-labelledby="shared-title" className="page">
      <h1 id="shared-title">{t('title')}</h1>
      {body}
      <p role="status" className="muted busy-status">
        {refreshing ? t('refreshing') : ''}
      </p>
    </section>
  );
}
