import { useQuery } from '@apollo/client/react';
import { LoadMoreButton } from '@consilium/web-kit';
import { useState, type ReactElement, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { fieldDomId, serverFailure } from '../form-parts/field-problems';
import { SpecialistCardView } from './specialist-card.component';
import { DirectoryFilters } from './directory-filters.component';
import {
  daysAreWhole,
  filterFromParams,
  paramsOfFilter,
  toSpecialistFilter,
  type DirectoryFilterValues,
} from './directory-filter';
import { SPECIALIST_DIRECTORY } from './directory-queries';

/** Doctors per page of results ("Load more" adds as many). */
export const DIRECTORY_PAGE_SIZE = 10;

/** A doctor of the results, as an action beside their card needs them. */
export interface DirectoryDoctor {
  id: string;
  fullName: string;
  specialty: string;
}

/**
 * The specialist directory: search and filters, the matching doctors' cards (most relevant first,
 * "Load more" for the next page), and how many were found, announced politely. An error the
 * server gives about a filter is shown at that filter, in the viewer's language.
 * @param props.headingLevel - the level of the results' heading (cards are one below)
 * @param props.action - what to put under each card, e.g. "Add to the panel"
 * @param props.linkToProfile - whether names link to the doctors' profile pages
 */
export function SpecialistDirectory(props: {
  headingLevel: 2 | 3;
  action?: (doctor: DirectoryDoctor) => ReactNode;
  linkToProfile?: boolean;
}): ReactElement {
  const { t } = useTranslation('patient');
  const [params, setParams] = useSearchParams();
  const applied = filterFromParams(params);
  const setApplied = (values: DirectoryFilterValues): void =>
    setParams(paramsOfFilter(values), { preventScrollReset: true });
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const { data, loading, error, fetchMore, refetch } = useQuery(SPECIALIST_DIRECTORY, {
    variables: { filter: toSpecialistFilter(applied), first: DIRECTORY_PAGE_SIZE },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const failure = error ? serverFailure(error) : null;
  const filterErrors: Record<string, string> = { ...localErrors };
  if (failure?.code === 'BAD_USER_INPUT' && failure.field?.startsWith('filter.')) {
    const field = failure.field.slice('filter.'.length);
    filterErrors[fieldDomId(failure.field)] = t(`doctors.filterError.${field}`, {
      defaultValue: failure.message,
    });
  }
  const refused = Object.keys(filterErrors).length > 0;
  const edges = refused ? [] : (data?.specialists.edges ?? []);
  const Heading = `h${props.headingLevel}` as const;
  const cardLevel = (props.headingLevel + 1) as 3 | 4;
  const search = (values: DirectoryFilterValues): void => {
    if (!daysAreWhole(values)) {
      setLocalErrors({
        'filter-availableWithinDays': t('doctors.filterError.availableWithinDays'),
      });
      return;
    }
    setLocalErrors({});
    if (JSON.stringify(values) === JSON.stringify(applied)) void refetch();
    else setApplied(values);
  };
  let status: string;
  if (refused) status = t('doctors.fixFilters');
  else if (loading && !data) status = t('common:loading');
  else if (failure) status = t('doctors.loadFailed');
  else if (edges.length === 0) status = t('doctors.noneFound');
  else if (data?.specialists.pageInfo.hasNextPage) {
    status = t('doctors.foundMore', { count: edges.length });
  } else status = t('doctors.found', { count: edges.length });
  return (
    <div className="specialist-directory">
      <DirectoryFilters applied={applied} onSearch={search} errors={filterErrors} busy={loading} />
      <section aria-labelledby="directory-results-title">
        <Heading id="directory-results-title">{t('doctors.results')}</Heading>
        <p role="status" aria-live="polite">
          {status}
        </p>
        {failure && !refused && (
          <p>
            <button type="button" onClick={() => void refetch()}>
              {t('common:retry')}
            </button>
          </p>
        )}
        <div className="card-list">
          {edges.map(({ node }) => (
            <SpecialistCardView
              key={node.id}
              data={node}
              headingLevel={cardLevel}
              linkToProfile={props.linkToProfile}
            >
              {props.action?.(node)}
            </SpecialistCardView>
          ))}
        </div>
        {!refused && data?.specialists.pageInfo.hasNextPage && (
          <LoadMoreButton
            onLoadMore={() =>
              void fetchMore({ variables: { after: data.specialists.pageInfo.endCursor } })
            }
          />
        )}
      </section>
    </div>
  );
}
