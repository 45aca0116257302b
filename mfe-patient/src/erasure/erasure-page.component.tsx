import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { mutationProblem, QueryStatus, type Viewer } from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ActingForPicker } from '../acting-for/acting-for-picker.component';
import { useActingFor } from '../acting-for/acting-for';
import { useFragment } from '../gql';
import type { PatientErasureRequestFragment } from '../gql/graphql';
import { ErasureConfirmationView } from './erasure-confirmation.component';
import { formatDay } from './erasure-dates';
import { ErasureExplanation } from './erasure-explanation.component';
import { CANCEL_ERASURE, ERASURE_REQUEST_FIELDS, ERASURE_REQUESTS } from './erasure-queries';
import { ErasureRequestForm } from './erasure-request-form.component';
import './erasure-strings';

/** How often a pending request is looked at again (operations may confirm it meanwhile). */
const PENDING_POLL_MS = 30_000;

/** A pending request: when it was asked, the reason given, and Withdraw. */
function PendingErasure(props: {
  request: PatientErasureRequestFragment;
  onChanged: (notice: string | null) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [cancel, { loading }] = useMutation(CANCEL_ERASURE);
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <section aria-labelledby="erasure-pending-title" className="card notice">
      <h2 id="erasure-pending-title">{t('erasure.pendingTitle')}</h2>
      <p>
        {t('erasure.pendingText', { date: formatDay(props.request.requestedAt, i18n.language) })}
      </p>
      {props.request.reason ? (
        <dl className="facts">
          <dt>{t('erasure.yourReason')}</dt>
          <dd>{props.request.reason}</dd>
        </dl>
      ) : null}
      {problem ? (
        <div role="alert" className="error">
          <p>{problem}</p>
        </div>
      ) : null}
      <p>
        <button
          type="button"
          className="secondary"
          disabled={loading}
          onClick={() => {
            if (!window.confirm(t('erasure.confirmCancel'))) return;
            setProblem(null);
            cancel({ variables: { id: props.request.id } })
              .then(() => props.onChanged(t('erasure.cancelled')))
              .catch((error: unknown) => {
                const refused = mutationProblem(error);
                // Decided meanwhile: the page shows where it stands now.
                if (refused.code === 'CONFLICT') return props.onChanged(null);
                if (refused.code !== 'NETWORK')
                  console.error('Consilium: withdrawing failed', error);
                setProblem(t('erasure.error.cancelFailed'));
              });
          }}
        >
          {t('erasure.cancel')}
        </button>
      </p>
    </section>
  );
}

/** Requests other than the latest: each with where it ended and when. */
function EarlierRequests(props: {
  requests: PatientErasureRequestFragment[];
}): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  if (props.requests.length === 0) return null;
  const when = (request: PatientErasureRequestFragment): string =>
    request.completedAt ?? request.decidedAt ?? request.cancelledAt ?? request.requestedAt;
  return (
    <section aria-labelledby="erasure-history-title">
      <h2 id="erasure-history-title">{t('erasure.historyTitle')}</h2>
      <ul>
        {props.requests.map((request) => (
          <li key={request.id}>
            {t(`erasure.status.${request.status}`, {
              date: formatDay(when(request), i18n.language),
            })}{' '}
            <span className="muted">
              ({t('erasure.askedOn', { date: formatDay(request.requestedAt, i18n.language) })})
            </span>
            {request.status === 'DECLINED' && request.declineReason ? (
              <>
                : <q>{request.declineReason}</q>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The erasure page of one patient: where their request stands, the confirmation, or the form. */
function ErasureForPatient(props: { patientId: string }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const client = useApolloClient();
  const requests = useQuery(ERASURE_REQUESTS, {
    variables: { patientId: props.patientId },
    fetchPolicy: 'cache-and-network',
  });
  const [askingAgain, setAskingAgain] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const all = (requests.data?.erasureRequests.edges ?? []).map((edge) =>
    useFragment(ERASURE_REQUEST_FIELDS, edge.node),
  );
  const pending = all.find((request) => request.status === 'PENDING') ?? null;
  const completed = all.find((request) => request.status === 'COMPLETED') ?? null;
  const latest = all[0] ?? null;

  // Operations may confirm while the page is open: look again now and then.
  useEffect(() => {
    if (!pending) return undefined;
    const timer = setInterval(
      () => void requests.refetch().catch(() => undefined),
      PENDING_POLL_MS,
    );
    return () => clearInterval(timer);
  }, [pending?.id]);

  // Once the record is erased, nothing of it may stay in this app's memory: the cached cases,
  // documents and links are dropped (every page fetches again), then this page's answer is read
  // afresh.
  const cleared = useRef<string | null>(null);
  useEffect(() => {
    if (!completed || cleared.current === completed.id) return;
    cleared.current = completed.id;
    void client
      .clearStore()
      .then(() => requests.refetch())
      .catch(() => undefined);
  }, [completed?.id]);

  if (!requests.data) {
    return (
      <QueryStatus
        title={t('erasure.title')}
        failed={Boolean(requests.error) || !requests.loading}
        onRetry={() => void requests.refetch()}
      />
    );
  }
  const refresh = (message: string | null): void => {
    setNotice(message);
    setAskingAgain(false);
    void requests.refetch().catch(() => undefined);
  };
  const showForm = !pending && (!completed || askingAgain);
  const earlier = all.filter((request) => request !== latest);
  return (
    <section aria-labelledby="erasure-title" className="page">
      <h1 id="erasure-title">{t('erasure.title')}</h1>
      <div role="status">{notice ? <p>{notice}</p> : null}</div>
      {latest?.status === 'DECLINED' ? (
        <section aria-labelledby="erasure-declined-title" className="card notice">
          <h2 id="erasure-declined-title">{t('erasure.declinedTitle')}</h2>
          <p>
            {t('erasure.declinedText', {
              date: formatDay(latest.decidedAt ?? latest.requestedAt, i18n.language),
            })}
          </p>
          <blockquote>
            <p>{latest.declineReason}</p>
          </blockquote>
        </section>
      ) : null}
      {pending ? <PendingErasure request={pending} onChanged={refresh} /> : null}
      {completed ? <ErasureConfirmationView request={completed} /> : null}
      {completed && !pending && !askingAgain ? (
        <p>
          <button type="button" className="secondary" onClick={() => setAskingAgain(true)}>
            {t('erasure.askAgain')}
          </button>{' '}
          <span className="muted">{t('erasure.askAgainHint')}</span>
        </p>
      ) : null}
      {showForm ? (
        <>
          <ErasureExplanation />
          <ErasureRequestForm
            patientId={props.patientId}
            onRequested={() => refresh(null)}
            onCancel={completed ? () => setAskingAgain(false) : undefined}
          />
        </>
      ) : null}
      <EarlierRequests requests={earlier} />
    </section>
  );
}

/**
 * "Erase my record", for the patient the viewer is (or acts for): what an erasure destroys and
 * what the law keeps sealed, the request (reason, typed confirmation), its status with Withdraw
 * while pending, and the itemised confirmation once operations staff have carried it out.
 */
export function ErasurePage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [patientId, choose] = useActingFor(viewer);
  if (!patientId) {
    return (
      <section className="page" aria-labelledby="erasure-title">
        <h1 id="erasure-title">{t('erasure.title')}</h1>
        <p>{viewer.roles.includes('PATIENT') ? t('noRecordYet') : t('actingForNobody')}</p>
      </section>
    );
  }
  return (
    <>
      {viewer.patientIds.length > 1 && (
        <ActingForPicker patientIds={viewer.patientIds} value={patientId} onChange={choose} />
      )}
      <ErasureForPatient key={patientId} patientId={patientId} />
    </>
  );
}
