import { useQuery } from '@apollo/client/react';
import { LoadMoreButton, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { CaseStage } from '../gql/graphql';
import { CaseRow } from './case-row.component';

const CASES_BY_STAGE = graphql(`
  query CasesByStage($stage: CaseStage, $after: String) {
    caseStageCounts {
      stage
      count
    }
    cases(stage: $stage, first: 100, after: $after) {
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

/**
 * "Cases by stage": counts per stage as filters, and the cases at the chosen stage (kept in the
 * address as `?stage=`, so back, reload and links keep it).
 */
export function CasesByStagePage(): ReactElement {
  const { t } = useTranslation('admin');
  const [searchParams, setSearchParams] = useSearchParams();
  const stage = (searchParams.get('stage') as CaseStage | null) ?? null;
  const setStage = (next: CaseStage | null): void => setSearchParams(next ? { stage: next } : {});
  const {
    data: current,
    previousData,
    loading,
    error,
    fetchMore,
    refetch,
  } = useQuery(CASES_BY_STAGE, { variables: { stage } });
  // While another stage loads, keep showing the last answer so the filters and focus stay put.
  const data = current ?? previousData;
  if (!data) {
    return (
      <QueryStatus
        title={t('casesByStage')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
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
        <TableRegion labelledBy="cases-title">
          <table>
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
        </TableRegion>
      )}
      {data.cases.pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: data.cases.pageInfo.endCursor } })}
        />
      )}
    </section>
  );
}
