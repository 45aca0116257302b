import { useQuery } from '@apollo/client/react';

import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { CaseCard } from './case-card.component';

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

/** "My cases": every case of the signed-in patient, newest first, with stage, panel and fee. */
export function MyCasesPage({ patientId }: { patientId: string }): ReactElement {
  const { t } = useTranslation('patient');
  const { data, loading, error, refetch } = useQuery(MY_CASES, { variables: { patientId } });
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
      <p>{t('greeting', { name: data.patient.fullName })}</p>
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
