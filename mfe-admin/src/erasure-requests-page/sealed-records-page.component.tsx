import { useApolloClient, useQuery } from '@apollo/client/react';
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
import { graphql, useFragment } from '../gql';
import type { SealedRecordFilter, SealedRecordRowFragment } from '../gql/graphql';
import './erasure-admin-strings';

const ROW = graphql(`
  fragment SealedRecordRow on SealedRecord {
    id
    service
    kind
    category
    itemCount
    patientId
    caseId
    createdAt
    retainedFrom
    retainUntil
    destroyedAt
  }
`);

const RECORDS_SEALED = graphql(`
  query RecordsSealedRecords($filter: SealedRecordFilter, $after: String) {
    recordsSealedRecords(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          id
          ...SealedRecordRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const INTAKE_SEALED = graphql(`
  query PatientIntakeSealedRecords($filter: SealedRecordFilter, $after: String) {
    patientIntakeSealedRecords(filter: $filter, first: 50, after: $after) {
      edges {
        node {
          id
          ...SealedRecordRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OPEN_RECORDS = graphql(`
  query OpenRecordsSealedRecord($id: ID!) {
    recordsSealedRecord(id: $id) {
      content
      readAt
    }
  }
`);

const OPEN_INTAKE = graphql(`
  query OpenPatientIntakeSealedRecord($id: ID!) {
    patientIntakeSealedRecord(id: $id) {
      content
      readAt
    }
  }
`);

/** A sealed record opened, as shown under the list. */
interface Opened {
  record: SealedRecordRowFragment;
  content: string;
  readAt: string;
}

/** One service's sealed records: a table with Open (each opening is logged by the service). */
function SealedList(props: {
  service: 'records' | 'patient-intake';
  filter: SealedRecordFilter;
  onOpen: (record: SealedRecordRowFragment) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const variables = { filter: props.filter, after: null };
  const records = useQuery(RECORDS_SEALED, {
    variables,
    fetchPolicy: 'network-only',
    skip: props.service !== 'records',
  });
  const intake = useQuery(INTAKE_SEALED, {
    variables,
    fetchPolicy: 'network-only',
    skip: props.service !== 'patient-intake',
  });
  const titleId = `sealed-${props.service}-title`;
  const title = t(`sealed.service.${props.service}`);
  const current = props.service === 'records' ? records : intake;
  const connection =
    props.service === 'records'
      ? records.data?.recordsSealedRecords
      : intake.data?.patientIntakeSealedRecords;
  if (!connection) {
    return (
      <QueryStatus
        title={title}
        failed={Boolean(current.error) || !current.loading}
        onRetry={() => void current.refetch()}
      />
    );
  }
  const rows = connection.edges.map((edge) => useFragment(ROW, edge.node));
  const loadMore = (): void => {
    const after = connection.pageInfo.endCursor;
    if (props.service === 'records') void records.fetchMore({ variables: { after } });
    else void intake.fetchMore({ variables: { after } });
  };
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <PartialDataNotice error={current.error} />
      {rows.length === 0 ? (
        <p>{t('sealed.none')}</p>
      ) : (
        <TableRegion labelledBy={titleId}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sealed.col.kind')}</th>
                <th scope="col">{t('sealed.col.patient')}</th>
                <th scope="col">{t('sealed.col.sealed')}</th>
                <th scope="col">{t('sealed.col.rule')}</th>
                <th scope="col">{t('sealed.col.until')}</th>
                <th scope="col">{t('sealed.col.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    {row.kind}
                    <br />
                    <span className="muted">{t('sealed.items', { count: row.itemCount })}</span>
                  </th>
                  <td>
                    <code>{row.patientId}</code>
                  </td>
                  <td>{formatDateTime(row.createdAt, i18n.language)}</td>
                  <td>{t(`sealed.rule.${row.category}`)}</td>
                  <td>
                    {row.destroyedAt
                      ? t('sealed.destroyedOn', {
                          time: formatDateTime(row.destroyedAt, i18n.language),
                        })
                      : formatDateTime(row.retainUntil, i18n.language)}
                  </td>
                  <td>
                    {row.destroyedAt ? null : (
                      <button type="button" className="secondary" onClick={() => props.onOpen(row)}>
                        {t('sealed.open')}
                        <span className="visually-hidden">
                          {' '}
                          {t('sealed.openFor', {
                            kind: row.kind,
                            time: formatDateTime(row.createdAt, i18n.language),
                          })}
                        </span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {connection.pageInfo.hasNextPage ? <LoadMoreButton onLoadMore={loadMore} /> : null}
    </section>
  );
}

/**
 * "Sealed records" (compliance staff): what erasures had to keep under the retention schedule,
 * in records and in patient-intake, optionally for one patient. Opening one decrypts it on the
 * server, which writes the reading to its audit log; the content is never kept in the app's cache.
 */
export function SealedRecordsPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const client = useApolloClient();
  const [patientId, setPatientId] = useState('');
  const [includeDestroyed, setIncludeDestroyed] = useState(false);
  const [filter, setFilter] = useState<SealedRecordFilter>({});
  const [opened, setOpened] = useState<Opened | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const open = (record: SealedRecordRowFragment): void => {
    setProblem(null);
    const reading =
      record.service === 'records'
        ? client
            .query({ query: OPEN_RECORDS, variables: { id: record.id }, fetchPolicy: 'no-cache' })
            .then((result) => result.data?.recordsSealedRecord)
        : client
            .query({ query: OPEN_INTAKE, variables: { id: record.id }, fetchPolicy: 'no-cache' })
            .then((result) => result.data?.patientIntakeSealedRecord);
    reading
      .then((read) => {
        if (!read) throw new Error('no content');
        setOpened({ record, content: read.content, readAt: read.readAt });
      })
      .catch((error: unknown) =>
        setProblem(t('sealed.error.open', { message: mutationProblem(error).message })),
      );
  };

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setOpened(null);
    setFilter({
      ...(patientId.trim() ? { patientId: patientId.trim() } : {}),
      includeDestroyed,
    });
  };

  return (
    <section aria-labelledby="sealed-title" className="page">
      <h1 id="sealed-title">{t('sealed.title')}</h1>
      <p>{t('sealed.intro')}</p>
      <form onSubmit={apply} aria-label={t('sealed.title')}>
        <FormField
          id="sealed-patient"
          label={t('sealed.patientFilter')}
          hint={t('sealed.patientFilterHint')}
          value={patientId}
          onChange={setPatientId}
          verbatim
        />
        <div className="choice">
          <input
            type="checkbox"
            id="sealed-destroyed"
            checked={includeDestroyed}
            onChange={(event) => setIncludeDestroyed(event.target.checked)}
          />
          <label htmlFor="sealed-destroyed">{t('sealed.includeDestroyed')}</label>
        </div>
        <p>
          <button type="submit">{t('sealed.apply')}</button>
        </p>
      </form>
      {problem ? (
        <div role="alert" className="error form-error">
          <p>{problem}</p>
        </div>
      ) : null}
      {opened ? (
        <section aria-labelledby="sealed-content-title" className="card">
          <h2 id="sealed-content-title">
            {t('sealed.contentTitle', {
              kind: opened.record.kind,
              time: formatDateTime(opened.record.createdAt, i18n.language),
            })}
          </h2>
          <p role="status">
            {t('sealed.readAt', { time: formatDateTime(opened.readAt, i18n.language) })}
          </p>
          <pre tabIndex={0} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {opened.content}
          </pre>
          <p>
            <button type="button" className="secondary" onClick={() => setOpened(null)}>
              {t('sealed.close')}
            </button>
          </p>
        </section>
      ) : null}
      <SealedList service="records" filter={filter} onOpen={open} />
      <SealedList service="patient-intake" filter={filter} onOpen={open} />
    </section>
  );
}
