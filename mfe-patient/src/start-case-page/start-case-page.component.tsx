import { useMutation, useQuery } from '@apollo/client/react';
import { QueryStatus, type Viewer } from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router';
import { useActingFor } from '../acting-for/acting-for';
import { serverFailure } from '../form-parts/field-problems';
import { graphql } from '../gql';
import { isNewPatient } from '../my-cases-page/my-cases-page.component';

const START_CASE_PATIENT = graphql(`
  query StartCasePatient($id: ID!) {
    patient(id: $id) {
      id
      fullName
    }
  }
`);

const START_CASE = graphql(`
  mutation StartCase($patientId: ID!, $idempotencyKey: ID!) {
    startCase(patientId: $patientId, idempotencyKey: $idempotencyKey) {
      id
      stage
    }
  }
`);

/**
 * The idempotency key of the case being started for a patient in this tab: the same until the
 * case exists, so a retry or a second click never makes a second draft.
 */
function startKey(patientId: string): string {
  const name = `consilium.start-case.${patientId}`;
  const kept = sessionStorage.getItem(name);
  if (kept) return kept;
  const key = crypto.randomUUID();
  sessionStorage.setItem(name, key);
  return key;
}

/**
 * `/cases/new`: starts a DRAFT case for the patient the viewer acts for (`startCase`) and opens
 * its first step. A patient without a registration is sent to register first.
 */
export function StartCasePage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const navigate = useNavigate();
  const [patientId] = useActingFor(viewer);
  const { data, loading, error, refetch } = useQuery(START_CASE_PATIENT, {
    variables: { id: patientId ?? '' },
    skip: !patientId,
    fetchPolicy: 'network-only',
  });
  const [startCase] = useMutation(START_CASE);
  const [failed, setFailed] = useState<string | null>(null);
  const started = useRef(false);

  const start = (id: string): void => {
    setFailed(null);
    startCase({ variables: { patientId: id, idempotencyKey: startKey(id) } })
      .then((result) => {
        const created = result.data?.startCase;
        if (!created) throw new Error('startCase answered no data');
        sessionStorage.removeItem(`consilium.start-case.${id}`);
        navigate(`/cases/${created.id}/intake/1`, { replace: true });
      })
      .catch((failure: unknown) => {
        const problem = serverFailure(failure);
        if (problem.code !== 'NETWORK') console.error('Consilium: starting a case failed', failure);
        setFailed(problem.code === 'FORBIDDEN' ? problem.message : t('error.UNEXPECTED'));
      });
  };

  const ready = Boolean(data?.patient.id);
  useEffect(() => {
    if (!ready || !patientId || started.current) return;
    started.current = true;
    start(patientId);
  });

  if (!patientId) return <Navigate to="/" replace />;
  if (!data && isNewPatient(error)) return <Navigate to={`/register/${patientId}`} replace />;
  if (!data) {
    return (
      <QueryStatus
        title={t('startCase')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <section aria-labelledby="start-title" className="page">
      <p>
        <Link to="/">{t('backToMyCases')}</Link>
      </p>
      <h1 id="start-title">{t('startCaseFor', { name: data.patient.fullName })}</h1>
      {failed ? (
        <div role="alert" className="error">
          <p>{failed}</p>
          <button type="button" onClick={() => start(patientId)}>
            {t('common:retry')}
          </button>
        </div>
      ) : (
        <p role="status">{t('startingCase')}</p>
      )}
    </section>
  );
}
