import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import {
  FieldError,
  formatDateTime,
  LoadMoreButton,
  PartialDataNotice,
  TableRegion,
} from '@consilium/web-kit';
import { useEffect, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment } from '../gql';
import type { AuditLogFilter, AuditOutcome } from '../gql/graphql';

const AUDIT_LOG = graphql(`
  query AuditLog(
    $filter: AuditLogFilter
    $after: String
    $intake: Boolean!
    $matching: Boolean!
    $billing: Boolean!
    $records: Boolean!
    $identity: Boolean!
  ) {
    patientIntakeAuditLog(filter: $filter, first: 50, after: $after) @include(if: $intake) {
      ...AuditPage
    }
    specialistMatchingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $matching) {
      ...AuditPage
    }
    billingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $billing) {
      ...AuditPage
    }
    recordsAuditLog(filter: $filter, first: 50, after: $after) @include(if: $records) {
      ...AuditPage
    }
    identityAuditLog(filter: $filter, first: 50, after: $after) @include(if: $identity) {
      ...AuditPage
    }
  }
`);

const AUDIT_PAGE = graphql(`
  fragment AuditPage on AuditEntryConnection {
    edges {
      node {
        id
        occurredAt
        service
        accountId
        roles
        actingForPatientId
        objectType
        objectId
        caseId
        operation
        fields
        outcome
        reason
        requestId
        ipAddress
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

/** The services that keep an audit log, as the filter offers them. */
const SERVICES = [
  ['intake', 'patient-intake'],
  ['matching', 'specialist-matching'],
  ['billing', 'billing'],
  ['records', 'records'],
  ['identity', 'identity'],
] as const;
type ServiceKey = (typeof SERVICES)[number][0];

/** The filter's text fields by the name the server gives them in its errors. */
const FILTER_FIELDS = { caseId: 'audit-case', accountId: 'audit-account' } as const;
type FilterField = keyof typeof FILTER_FIELDS;

/**
 * The server's refusal of a filter field (e.g. a case id that is not a UUID), if that is why the
 * query failed.
 * @param error - the query's error
 * @returns the field and the server's message, or null
 */
function filterFieldError(error: unknown): { field: FilterField; message: string } | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const field = String(graphQLError.extensions?.['field'] ?? '').replace(/^filter\./, '');
    if (
      graphQLError.extensions?.['code'] === 'BAD_USER_INPUT' &&
      Object.hasOwn(FILTER_FIELDS, field)
    ) {
      return { field: field as FilterField, message: graphQLError.message };
    }
  }
  return null;
}

/**
 * "Audit log": who read or changed health data, allowed or denied, in one service at a time,
 * newest first, filtered by case, account or outcome. Read-only: nothing can be changed here.
 */
export function AuditLogPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const [service, setService] = useState<ServiceKey>('intake');
  const [filter, setFilter] = useState<AuditLogFilter>({});
  const included = Object.fromEntries(SERVICES.map(([key]) => [key, key === service])) as Record<
    ServiceKey,
    boolean
  >;
  const { data, error, refetch, fetchMore } = useQuery(AUDIT_LOG, {
    variables: { filter, after: null, ...included },
    fetchPolicy: 'network-only',
  });

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = (name: string): string | undefined =>
      String(form.get(name) ?? '').trim() || undefined;
    setService(String(form.get('service')) as ServiceKey);
    setFilter({
      caseId: text('caseId'),
      accountId: text('accountId'),
      outcome: text('outcome') as AuditOutcome | undefined,
    });
  };

  const masked =
    data?.patientIntakeAuditLog ??
    data?.specialistMatchingAuditLog ??
    data?.billingAuditLog ??
    data?.recordsAuditLog ??
    data?.identityAuditLog;
  const page = useFragment(AUDIT_PAGE, masked ?? null);
  const fieldError = filterFieldError(error);
  const invalidId = fieldError ? FILTER_FIELDS[fieldError.field] : null;
  useEffect(() => {
    if (invalidId) document.getElementById(invalidId)?.focus();
  }, [invalidId, fieldError?.message]);
  const described = (field: FilterField) =>
    fieldError?.field === field
      ? { 'aria-invalid': true, 'aria-describedby': `${FILTER_FIELDS[field]}-error` }
      : {};
  const errorFor = (field: FilterField) =>
    fieldError?.field === field ? (
      <FieldError
        id={`${FILTER_FIELDS[field]}-error`}
        message={t(`filterError.${field}`, { defaultValue: fieldError.message })}
      />
    ) : null;

  return (
    <section aria-labelledby="audit-title" className="page">
      <h1 id="audit-title">{t('auditLog')}</h1>
      <p className="muted">{t('auditLogIntro')}</p>
      <form onSubmit={apply} aria-label={t('auditFilters')} className="toolbar">
        <div className="field">
          <label htmlFor="audit-service">{t('service')}</label>
          <select id="audit-service" name="service" defaultValue={service}>
            {SERVICES.map(([key, name]) => (
              <option key={key} value={key}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-case">{t('caseId')}</label>
          {errorFor('caseId')}
          <input
            id="audit-case"
            name="caseId"
            defaultValue={filter.caseId ?? ''}
            {...described('caseId')}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-account">{t('accountId')}</label>
          {errorFor('accountId')}
          <input
            id="audit-account"
            name="accountId"
            defaultValue={filter.accountId ?? ''}
            {...described('accountId')}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-outcome">{t('outcome')}</label>
          <select id="audit-outcome" name="outcome" defaultValue={filter.outcome ?? ''}>
            <option value="">{t('anyOutcome')}</option>
            <option value="ALLOWED">{t('outcome.ALLOWED')}</option>
            <option value="DENIED">{t('outcome.DENIED')}</option>
          </select>
        </div>
        <button type="submit">{t('showEntries')}</button>
      </form>
      {!page ? (
        fieldError ? null : error ? (
          <div role="alert" className="error">
            <p>{t('common:loadFailed')}</p>
            <button type="button" onClick={() => void refetch()}>
              {t('common:retry')}
            </button>
          </div>
        ) : (
          <p role="status">{t('common:loading')}</p>
        )
      ) : (
        <>
          <PartialDataNotice error={fieldError ? null : error} />
          {page.edges.length === 0 ? (
            <p>{t('noAuditEntries')}</p>
          ) : (
            <TableRegion labelledBy="audit-title">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('when')}</th>
                    <th scope="col">{t('who')}</th>
                    <th scope="col">{t('what')}</th>
                    <th scope="col">{t('outcome')}</th>
                    <th scope="col">{t('from')}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <th scope="row">{formatDateTime(node.occurredAt, i18n.language)}</th>
                      <td>
                        <code>{node.accountId ?? t('anonymous')}</code>
                        {node.roles.length > 0 ? ` (${node.roles.join(', ')})` : ''}
                        {node.actingForPatientId ? (
                          <>
                            <br />
                            {t('actingFor')} <code>{node.actingForPatientId}</code>
                          </>
                        ) : null}
                      </td>
                      <td>
                        {t(`operation.${node.operation}`)} {node.objectType}{' '}
                        <code>{node.objectId}</code>
                        {node.fields.length > 0 ? ` · ${node.fields.join(', ')}` : ''}
                      </td>
                      <td>
                        {t(`outcome.${node.outcome}`)}
                        {node.reason ? ` · ${node.reason}` : ''}
                      </td>
                      <td>
                        {node.ipAddress ?? ''} · <code>{node.requestId}</code>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          {page.pageInfo.hasNextPage ? (
            <LoadMoreButton
              onLoadMore={() =>
                void fetchMore({
                  variables: { after: page.pageInfo.endCursor },
                  // One service's list at a time: append its next page to it.
                  updateQuery: (previous, { fetchMoreResult }) => {
                    const merged: Record<string, unknown> = { ...previous };
                    for (const [key, more] of Object.entries(fetchMoreResult)) {
                      const before = (previous as Record<string, unknown>)[key] as
                        { edges: unknown[] } | undefined;
                      if (!more || !before || typeof more !== 'object') continue;
                      const next = more as { edges: unknown[] };
                      merged[key] = { ...next, edges: [...before.edges, ...next.edges] };
                    }
                    return merged as typeof previous;
                  },
                })
              }
            />
          ) : null}
        </>
      )}
    </section>
  );
}
