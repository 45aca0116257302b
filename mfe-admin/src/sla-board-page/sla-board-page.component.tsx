import { useQuery } from '@apollo/client/react';
import {
  DEFAULT_TIME_ZONE,
  formatDateTime,
  PartialDataNotice,
  QueryStatus,
  TableRegion,
  useNow,
} from '@consilium/web-kit';
import { useEffect, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SLA_BOARD } from './sla-board-queries';
import { SlaBoardRow } from './sla-board-row.component';
import './sla-board-strings';

/** How often the board is read again. */
const POLL_MS = 30_000;
/** How many clocks the board shows. */
const BOARD_SIZE = 200;

/**
 * "Contact SLA board" for operations staff (DESIGN.md §1: watches SLAs): every specialist's
 * 48-hour contact clock not yet met, breaches first as the API orders them, each with how long
 * overdue or left (ticking every second), the specialist's email, the reminders sent and a link
 * to the case. Read again every 30 seconds; times in Asia/Kolkata.
 */
export function SlaBoardPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const now = useNow();
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null);
  const { data, loading, error, refetch } = useQuery(SLA_BOARD, {
    variables: { first: BOARD_SIZE },
    pollInterval: POLL_MS,
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  useEffect(() => {
    if (data) setRefreshedAt(new Date().toISOString());
  }, [data]);
  if (!data) {
    return (
      <QueryStatus
        title={t('sla.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const clocks = data.slaBoard;
  const breached = clocks.filter((clock) => clock.status === 'BREACHED').length;
  return (
    <section aria-labelledby="sla-title" className="page">
      <h1 id="sla-title">{t('sla.title')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('sla.intro', { zone: DEFAULT_TIME_ZONE })}</p>
      <p role="status">
        {clocks.length === 0
          ? t('sla.empty')
          : t('sla.summary', { breached, open: clocks.length - breached })}
      </p>
      {clocks.length > 0 && (
        <TableRegion labelledBy="sla-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('sla.case')}</th>
                <th scope="col">{t('sla.specialist')}</th>
                <th scope="col">{t('sla.clock')}</th>
                <th scope="col">{t('sla.reminders')}</th>
              </tr>
            </thead>
            <tbody>
              {clocks.map((clock) => (
                <SlaBoardRow key={clock.id} clock={clock} now={now} timeZone={DEFAULT_TIME_ZONE} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      {refreshedAt && (
        <p className="muted">
          {t('sla.updatedAt', {
            at: formatDateTime(refreshedAt, i18n.language, DEFAULT_TIME_ZONE),
          })}
        </p>
      )}
    </section>
  );
}
