import { useQuery } from '@apollo/client/react';
import {
  formatDateTime,
  LoadMoreButton,
  mutationProblem,
  PartialDataNotice,
  type Viewer,
} from '@consilium/web-kit';
import { useMemo, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ActingForPicker } from '../acting-for/acting-for-picker.component';
import { useActingFor } from '../acting-for/acting-for';
import { CheckboxField } from '../form-parts/choice-fields';
import type { RecordAccessFilter, RecordAccessKind } from '../gql/graphql';
import { caseLabel, SHARING_CASES } from '../sharing-page/sharing-queries';
import type { AccessRow } from './access-log-merge';
import { howText, itemTexts, whoText, type CaseName } from './access-log-wording';
import { useAccessLog } from './use-access-log';
import './access-log-strings';

/** The kinds the list can be narrowed to, as the filter offers them. */
const KINDS: readonly ('ALL' | RecordAccessKind)[] = [
  'ALL',
  'READ',
  'CHANGE',
  'SHARE_LINK',
  'REFUSED',
];

/** One access: who, in what role, when, how, and each thing it touched; refused ones marked. */
function AccessEntry({ row, caseName }: { row: AccessRow; caseName: CaseName }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const refused = row.outcome === 'DENIED';
  return (
    <li className="card">
      <p>
        <strong>{whoText(row, t)}</strong>
        {refused && (
          <>
            {' '}
            <span className="badge warn">{t('accessLog.refused')}</span>
          </>
        )}
      </p>
      <p className="muted">
        <time dateTime={row.at}>{formatDateTime(row.at, i18n.language)}</time>
        {row.times > 1 &&
          ` ${t('accessLog.repeated', { count: row.times - 1, time: formatDateTime(row.since, i18n.language) })}`}{' '}
        · {howText(row, t)}
      </p>
      <ul>
        {itemTexts(row, t, caseName).map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ul>
    </li>
  );
}

/** The list of one patient with its filters; the filters stay while the list reloads. */
function AccessLogForPatient({ patientId }: { patientId: string }): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [caseId, setCaseId] = useState('');
  const [kind, setKind] = useState<'ALL' | RecordAccessKind>('ALL');
  const [includeOwn, setIncludeOwn] = useState(false);
  const filter = useMemo<RecordAccessFilter>(
    () => ({ caseId: caseId || null, kinds: kind === 'ALL' ? null : [kind], includeOwn }),
    [caseId, kind, includeOwn],
  );
  const log = useAccessLog(patientId, filter);
  const cases = useQuery(SHARING_CASES, {
    variables: { patientId },
    fetchPolicy: 'cache-and-network',
  });
  const caseList = cases.data?.cases.edges.map((edge) => edge.node) ?? [];
  const caseName: CaseName = (id) => {
    const found = caseList.find((known) => known.id === id);
    return found ? caseLabel(found, t, i18n.language) : null;
  };
  const filtered = Boolean(caseId) || kind !== 'ALL';
  const refusedOutright = log.error
    ? ['FORBIDDEN', 'NOT_FOUND'].includes(mutationProblem(log.error).code)
    : false;

  return (
    <section aria-labelledby="access-log-title" className="page">
      <h1 id="access-log-title">{t('accessLog.title')}</h1>
      <p>{t('accessLog.intro')}</p>
      <form
        className="toolbar"
        aria-label={t('accessLog.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className="field">
          <label htmlFor="access-log-case">{t('accessLog.case')}</label>
          <select
            id="access-log-case"
            value={caseId}
            onChange={(event) => setCaseId(event.target.value)}
          >
            <option value="">{t('accessLog.allCases')}</option>
            {caseList.map((found) => (
              <option key={found.id} value={found.id}>
                {caseLabel(found, t, i18n.language)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="access-log-kind">{t('accessLog.kind')}</label>
          <select
            id="access-log-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value as 'ALL' | RecordAccessKind)}
          >
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {t(`accessLog.kind.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <CheckboxField
          id="access-log-own"
          label={t('accessLog.includeOwn')}
          checked={includeOwn}
          onChange={setIncludeOwn}
        />
      </form>
      {log.rows === null ? (
        log.error && !log.loading ? (
          <div role="alert" className="error">
            {refusedOutright ? (
              <p>{t('common:notYours')}</p>
            ) : (
              <>
                <p>{t('common:loadFailed')}</p>
                <button type="button" onClick={log.retry}>
                  {t('common:retry')}
                </button>
              </>
            )}
          </div>
        ) : (
          <p role="status">{t('common:loading')}</p>
        )
      ) : (
        <>
          {log.partial && <PartialDataNotice error={log.partial} />}
          {log.rows.length === 0 && !log.hasMore ? (
            <p>{filtered ? t('accessLog.emptyFiltered') : t('accessLog.empty')}</p>
          ) : (
            <ol className="card-list" aria-labelledby="access-log-title">
              {log.rows.map((row) => (
                <AccessEntry key={row.key} row={row} caseName={caseName} />
              ))}
            </ol>
          )}
          {log.loading ? (
            <p role="status">{t('accessLog.loadingMore')}</p>
          ) : (
            log.hasMore && <LoadMoreButton onLoadMore={log.loadMore} />
          )}
        </>
      )}
    </section>
  );
}

/**
 * "Who saw my record", for the patient the viewer is (or acts for): every access to their record
 * and reports — who (by name and role; never another patient's details), when, what, how (signed
 * in, or through which share link) — newest first, refused attempts marked, narrowed by case and
 * kind; the viewer's own visits only when asked for.
 */
export function AccessLogPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [patientId, choose] = useActingFor(viewer);
  if (!patientId) {
    return (
      <section className="page" aria-labelledby="access-log-title">
        <h1 id="access-log-title">{t('accessLog.title')}</h1>
        <p>{viewer.roles.includes('PATIENT') ? t('noRecordYet') : t('actingForNobody')}</p>
      </section>
    );
  }
  return (
    <>
      {viewer.patientIds.length > 1 && (
        <ActingForPicker patientIds={viewer.patientIds} value={patientId} onChange={choose} />
      )}
      <AccessLogForPatient key={patientId} patientId={patientId} />
    </>
  );
}
