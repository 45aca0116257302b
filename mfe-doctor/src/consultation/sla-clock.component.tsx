import { durationParts, formatDateTime, useNow } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactSlaStatus } from '../gql/graphql';
import './consultation-strings';

/** Under this much time left, the countdown turns red. */
const URGENT_MS = 8 * 3600_000;

/** One 48-hour contact clock as the doctor app shows it. */
export interface ContactClock {
  status: ContactSlaStatus;
  dueAt: string;
  contactedAt?: string | null;
  breachedAt?: string | null;
}

/**
 * Where a specialist's 48-hour contact clock stands: for an open one, the time left to `dueAt`,
 * ticking every second and red (with a word saying so) under 8 hours; for a breached one, how
 * long overdue and that operations staff were alerted; for a met one, when contact was made. Not
 * a live region: a screen reader reads it when it gets there rather than every second.
 * @param props.clock - the clock
 * @param props.timeZone - the viewer's IANA zone
 */
export function SlaClock(props: { clock: ContactClock; timeZone: string }): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const now = useNow();
  const { clock, timeZone } = props;
  const at = (iso: string): string => formatDateTime(iso, i18n.language, timeZone);
  const due = (
    <span className="muted">
      {' '}
      {t('consult.dueAt', { at: at(clock.dueAt) })} <time dateTime={clock.dueAt}>({timeZone})</time>
    </span>
  );
  if (clock.status === 'MET' || clock.status === 'MET_LATE') {
    return (
      <span className="sla-clock">
        <span className={clock.status === 'MET' ? 'badge ok' : 'badge warn'}>
          {t(clock.status === 'MET' ? 'consult.met' : 'consult.metLate', {
            at: clock.contactedAt ? at(clock.contactedAt) : '',
          })}
        </span>
      </span>
    );
  }
  const left = Date.parse(clock.dueAt) - now;
  const parts = durationParts(left);
  if (clock.status === 'BREACHED' || left <= 0) {
    return (
      <span className="sla-clock urgent">
        <strong>{t('consult.overdueBy', { ...parts })}</strong>{' '}
        {clock.status === 'BREACHED' && (
          <span className="badge danger">{t('consult.breached')}</span>
        )}
        {due}
      </span>
    );
  }
  const urgent = left < URGENT_MS;
  return (
    <span className={urgent ? 'sla-clock urgent' : 'sla-clock'}>
      <strong>{t('consult.timeLeft', { ...parts })}</strong>{' '}
      {urgent && <span className="badge danger">{t('consult.urgent')}</span>}
      {due}
    </span>
  );
}
