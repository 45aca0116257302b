import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus, type Viewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import { PROXY_AUTHORIZATIONS } from '../proxies-page/proxy-authorizations';
import { CaseCard } from './case-card.component';
import '../referral-claim/referral-claim-strings';

const MY_CASES = graphql(`
  query MyCases($patientId: ID!) {
    patient(id: $patientId) {
      id
      fullName
    }
    cases(patientId: $patientId, first: 50) {
      edges {
        node {
          id
          ...CaseCard
        }
      }
    }
  }
`);

/**
 * Whether the query failed only because the patient has no record yet: a new account's patient
 * id comes with the account, the record itself with the registration details.
 * @param error - the query's error
 * @returns true when only `patient` was NOT_FOUND
 */
export function isNewPatient(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.length > 0 &&
    error.errors.every(
      (graphQLError) =>
        graphQLError.extensions?.['code'] === 'NOT_FOUND' && graphQLError.path?.[0] === 'patient',
    )
  );
}

/**
 * "You are acting for …" for a patient who has no record yet (e.g. a child just registered), named
 * from the authorisation the viewer holds; nothing when the viewer holds none for them.
 */
function ActingForNewPatient(props: { patientId: string; viewer: Viewer }): ReactElement | null {
  const { t } = useTranslation('patient');
  const { data } = useQuery(PROXY_AUTHORIZATIONS);
  const grant = data?.proxyAuthorizations.find(
    (candidate) =>
      candidate.patientId === props.patientId && candidate.proxyAccountId === props.viewer.id,
  );
  return grant ? <p>{t('actingForName', { name: grant.patientDisplayName })}</p> : null;
}

/**
 * "My cases": every case of the patient the viewer is (or acts for), newest first, with stage,
 * panel and fee.
 */
export function MyCasesPage({
  patientId,
  viewer,
}: {
  patientId: string;
  viewer: Viewer;
}): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, error, refetch } = useQuery(MY_CASES, { variables: { patientId } });
  if (!data && isNewPatient(error)) {
    return (
      <section aria-labelledby="my-cases-title" className="page">
        <h1 id="my-cases-title">{t('myCases')}</h1>
        <p>{t('greeting', { name: viewer.displayName })}</p>
        <ActingForNewPatient patientId={patientId} viewer={viewer} />
        <p>{t('noCases')}</p>
        <p>{t('registerFirst')}</p>
        <p>
          <Link to={`/register/${patientId}`}>{t('registerNow')}</Link>
        </p>
      </section>
    );
  }
  if (!data) {
    return (
      <QueryStatus
        title={t('myCases')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const cases = data.cases.edges.map((edge) => edge.node);
  return (
    <section aria-labelledby="my-cases-title" className="page">
      <h1 id="my-cases-title">{t('myCases')}</h1>
      <PartialDataNotice error={error} />
      <p>{t('greeting', { name: viewer.displayName })}</p>
      {!viewer.roles.includes('PATIENT') && (
        <p>{t('actingForName', { name: data.patient.fullName })}</p>
      )}
      <p className="toolbar">
        <Link to="/cases/new" className="button-link">
          {t('startCase')}
        </Link>
        <Link to={`/register/${patientId}`}>{t('editDetails')}</Link>
        {viewer.roles.includes('PATIENT') && <Link to="/referral">{t('referral.link')}</Link>}
      </p>
      {cases.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <ul className="card-list">
          {cases.map((found) => (
            <li key={found.id}>
              <CaseCard data={found} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
