import { useMutation, useQuery } from '@apollo/client/react';
import {
  FormField,
  formatDateTime,
  LoadMoreButton,
  mutationProblem,
  PartialDataNotice,
  QueryStatus,
  TableRegion,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql } from '../gql';
import type { AdminErasureRequestsQuery, ErasureRequestStatus } from '../gql/graphql';
import './erasure-admin-strings';

const ERASURE_REQUESTS = graphql(`
  query AdminErasureRequests($status: ErasureRequestStatus, $after: String) {
    erasureRequests(status: $status, first: 50, after: $after) {
      edges {
        node {
          id
          status
          reason
          requestedAt
          requestedByRelationship
          decidedAt
          declineReason
          cancelledAt
          completedAt
          patient {
            id
            fullName
          }
          cases {
            id
            stage
          }
          casesUnderWay {
            id
          }
          confirmation {
            completedAt
            items {
              category
              action
              service
              caseId
              retainedUntil
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const CONFIRM = graphql(`
  mutation ConfirmErasureRequest($id: ID!) {
    confirmErasureRequest(id: $id) {
      id
      status
      completedAt
      confirmation {
        items {
          action
        }
      }
    }
  }
`);

const DECLINE = graphql(`
  mutation DeclineErasureRequest($id: ID!, $reason: String!) {
    declineErasureRequest(id: $id, reason: $reason) {
      id
      status
      declineReason
      decidedAt
    }
  }
`);

/** The `t` of `useTranslation('admin')`. */
type Translate = ReturnType<typeof useTranslation<'admin'>>['t'];
type Request = AdminErasureRequestsQuery['erasureRequests']['edges'][number]['node'];
const FILTERS = ['PENDING', 'COMPLETED', 'DECLINED', 'CANCELLED', 'ALL'] as const;
type Filter = (typeof FILTERS)[number];

/** The patient's name, or that it was erased, for a row. */
function nameOf(request: Request, t: Translate): string {
  return request.patient?.fullName || t('erasure.nameErased');
}

/** Where a request stands, in a sentence. */
function statusOf(request: Request, t: Translate, language: string): string {
  const time = (iso: string | null | undefined): string =>
    formatDateTime(iso ?? request.requestedAt, language);
  switch (request.status) {
    case 'PENDING':
      return t('erasure.status.PENDING', { time: time(request.requestedAt) });
    case 'CANCELLED':
      return t('erasure.status.CANCELLED', { time: time(request.cancelledAt) });
    case 'DECLINED':
      return t('erasure.status.DECLINED', {
        time: time(request.decidedAt),
        reason: request.declineReason ?? '',
      });
    default:
      return t('erasure.status.COMPLETED', { time: time(request.completedAt) });
  }
}

/** The decline form of one request: the reason the patient will read. */
function DeclineForm(props: {
  request: Request;
  onDone: (message: string | null) => void;
}): ReactElement {
  const { t } = useTranslation('admin');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [decline, { loading }] = useMutation(DECLINE);
  const id = `decline-${props.request.id}`;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (!reason.trim()) return setError(t('erasure.error.declineReason'));
    setError(null);
    decline({ variables: { id: props.request.id, reason: reason.trim() } })
      .then(() => props.onDone(t('erasure.declined', { name: nameOf(props.request, t) })))
      .catch((failure: unknown) =>
        setError(t('erasure.error.failed', { message: mutationProblem(failure).message })),
      );
  };
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-label={t('erasure.declineFor', { name: nameOf(props.request, t) })}
    >
      <FormField
        id={id}
        label={t('erasure.declineReason')}
        rows={3}
        value={reason}
        onChange={setReason}
        error={error}
        required
      />
      <p className="toolbar">
        <button type="submit" disabled={loading}>
          {t('erasure.declineSend')}
        </button>
        <button type="button" className="secondary" onClick={() => props.onDone(null)}>
          {t('erasure.declineCancel')}
        </button>
      </p>
    </form>
  );
}

/** What a completed erasure did, one line per item. */
function ConfirmationSummary({ request }: { request: Request }): ReactElement | null {
  const { t, i18n } = useTranslation('admin');
  if (!request.confirmation) return null;
  return (
    <details>
      <summary>{t('erasure.confirmation')}</summary>
      <ul>
        {request.confirmation.items.map((item, index) => {
          const what = t(`erasure.category.${item.category}`);
          const action = t(`erasure.action.${item.action}`);
          return (
            <li key={`${item.category}-${item.service}-${item.caseId ?? index}`}>
              {item.retainedUntil
                ? t('erasure.itemUntil', {
                    what,
                    action,
                    date: formatDateTime(item.retainedUntil, i18n.language),
                  })
                : t('erasure.item', { what, action })}
            </li>
          );
        })}
      </ul>
    </details>
  );
}

/** The actions of a pending request: confirm (asks first) or decline with a reason. */
function PendingActions(props: {
  request: Request;
  onDone: (message: string | null) => void;
}): ReactElement {
  const { t } = useTranslation('admin');
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(CONFIRM);
  const name = nameOf(props.request, t);
  const blocked = props.request.casesUnderWay.length > 0;
  if (declining) {
    return (
      <DeclineForm
        request={props.request}
        onDone={(message) => {
          setDeclining(false);
          props.onDone(message);
        }}
      />
    );
  }
  return (
    <>
      {error ? (
        <p role="alert" className="field-error">
          {error}
        </p>
      ) : null}
      {blocked ? <p className="muted">{t('erasure.blocked')}</p> : null}
      <p className="toolbar">
        <button
          type="button"
          disabled={loading || blocked}
          onClick={() => {
            if (!window.confirm(t('erasure.confirmQuestion', { name }))) return;
            setError(null);
            confirm({ variables: { id: props.request.id } })
              .then((result) => {
                const items = result.data?.confirmErasureRequest.confirmation?.items ?? [];
                props.onDone(
                  t('erasure.erased', {
                    name,
                    destroyed: items.filter((item) => item.action === 'DESTROYED').length,
                    sealed: items.filter((item) => item.action === 'SEALED').length,
                  }),
                );
              })
              .catch((failure: unknown) =>
                setError(t('erasure.error.failed', { message: mutationProblem(failure).message })),
              );
          }}
        >
          {t('erasure.confirm')}
          <span className="visually-hidden"> {t('erasure.confirmFor', { name })}</span>
        </button>
        <button type="button" className="secondary" onClick={() => setDeclining(true)}>
          {t('erasure.decline')}
          <span className="visually-hidden"> {t('erasure.declineFor', { name })}</span>
        </button>
      </p>
    </>
  );
}

/**
 * "Erasure requests" (operations staff): the patients' requests to have their record erased,
 * waiting ones first, each with its reason and cases (a case under way blocks it); confirm
 * (which erases at once and seals what the law keeps) or decline with a reason the patient sees;
 * completed ones with what was done.
 */
export function ErasureRequestsPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [message, setMessage] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(ERASURE_REQUESTS, {
    variables: { status: filter === 'ALL' ? null : (filter as ErasureRequestStatus) },
    fetchPolicy: 'network-only',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('erasure.title')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const { edges, pageInfo } = data.erasureRequests;
  const done = (next: string | null): void => {
    setMessage(next);
    void refetch().catch(() => undefined);
  };
  return (
    <section aria-labelledby="erasure-title" className="page">
      <h1 id="erasure-title">{t('erasure.title')}</h1>
      <p>{t('erasure.intro')}</p>
      <PartialDataNotice error={error} />
      <div role="status">{message ? <p>{message}</p> : null}</div>
      <div className="field toolbar">
        <label htmlFor="erasure-filter">{t('erasure.show')}</label>
        <select
          id="erasure-filter"
          value={filter}
          onChange={(event) => {
            setMessage(null);
            setFilter(event.target.value as Filter);
          }}
        >
          {FILTERS.map((value) => (
            <option key={value} value={value}>
              {t(`erasure.filter.${value}`)}
            </option>
          ))}
        </select>
      </div>
      {edges.length === 0 ? (
        <p>{t('erasure.none')}</p>
      ) : (
        <TableRegion labelledBy="erasure-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('erasure.col.patient')}</th>
                <th scope="col">{t('erasure.col.requested')}</th>
                <th scope="col">{t('erasure.col.reason')}</th>
                <th scope="col">{t('erasure.col.cases')}</th>
                <th scope="col">{t('erasure.col.status')}</th>
                <th scope="col">{t('erasure.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">
                    {nameOf(node, t)}
                    <br />
                    <span className="muted">
                      <code>{node.patient?.id ?? ''}</code>
                    </span>
                  </th>
                  <td>
                    {formatDateTime(node.requestedAt, i18n.language)}
                    <br />
                    <span className="muted">
                      {node.requestedByRelationship === 'SELF'
                        ? t('erasure.byPatient')
                        : t('erasure.byProxy', { relationship: node.requestedByRelationship })}
                    </span>
                  </td>
                  <td>{node.reason ?? <span className="muted">{t('erasure.noReason')}</span>}</td>
                  <td>
                    {node.cases.length === 0 ? (
                      <span className="muted">{t('erasure.noCases')}</span>
                    ) : (
                      <ul>
                        {node.cases.flatMap((found) =>
                          found
                            ? [
                                <li key={found.id}>
                                  <Link to={`/cases/${found.id}`}>
                                    <code>{found.id.slice(0, 8)}</code>
                                  </Link>{' '}
                                  {t(`common:stage.${found.stage}`)}
                                  {node.casesUnderWay.some((busy) => busy?.id === found.id) ? (
                                    <strong> ({t('erasure.underWay')})</strong>
                                  ) : null}
                                </li>,
                              ]
                            : [],
                        )}
                      </ul>
                    )}
                  </td>
                  <td>
                    {statusOf(node, t, i18n.language)}
                    <ConfirmationSummary request={node} />
                  </td>
                  <td>
                    {node.status === 'PENDING' ? (
                      <PendingActions request={node} onDone={done} />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {pageInfo.hasNextPage ? (
        <LoadMoreButton
          onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
        />
      ) : null}
    </section>
  );
}
