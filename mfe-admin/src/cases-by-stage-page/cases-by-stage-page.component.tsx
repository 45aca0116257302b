import { useQuery } from '@apollo/client/react';
import { LoadMoreButton, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { CaseStage } from '../gql/graphql';
import { CaseRow } from './case-row.component';

const CASES_BY_STAGE = graphql(`
  query CasesByStage($stage: CaseStage, $after: String) {
    caseStageCounts {
      stage
      count
    }
    cases(stage: $stage, first: 25, after: $after) {
      edges {
        node {
          id
          ...CaseRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** "Cases by stage": counts per stage as filters, and the cases at the chosen stage. */
export function CasesByStagePage(): ReactElement {
  const { t } = useTranslation('admin');
  const [stage, setStage] = useState<CaseStage | null>(null);
  const { data, loading, error, fetchMore } = useQuery(CASES_BY_STAGE, { variables: { stage } });
  if (!data) return <QueryStatus failed={Boolean(error) || !loading} />;
  const total = data.caseStageCounts.reduce((sum, entry) => sum + entry.count, 0);
  return (
    <section aria-labelledby="cases-title" className="page">
      <h1 id="cases-title">{t('casesByStage')}</h1>
      <PartialDataNotice error={error} />
      <ul className="toolbar" aria-label={t('stageFilter')}>
        <li>
          <button type="button" aria-pressed={stage === null} onClick={() => setStage(null)}>
            {t('stageCount', { stage: t('allStages'), count: total })}
          </button>
        </li>
        {data.caseStageCounts
          .filter((entry) => entry.count > 0)
          .map((entry) => (
            <li key={entry.stage}>
              <button
                type="button"
                aria-pressed={stage === entry.stage}
                onClick={() => setStage(entry.stage)}
              >
                {t('stageCount', { stage: t(`common:stage.${entry.stage}`), count: entry.count })}
              </button>
            </li>
          ))}
      </ul>
      {data.cases.edges.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <table>
          <caption className="muted">{t('casesByStage')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('patient')}</th>
              <th scope="col">{t('stage')}</th>
              <th scope="col">{t('panel')}</th>
              <th scope="col">{t('fee')}</th>
              <th scope="col">{t('submitted')}</th>
            </tr>
          </thead>
          <tbody>
            {data.cases.edges.map((edge) => (
              <CaseRow key={edge.node.id} data={edge.node} />
            ))}
          </tbody>
        </table>
      )}
      {data.cases.pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: data.cases.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
