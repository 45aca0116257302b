import { durationParts, formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SlaBoardQuery } from '../gql/graphql';
import './sla-board-strings';

/** One clock of the board, as the query reads it. */
export type BoardClock = SlaBoardQuery['slaBoard'][number];

/**
 * One open or breached contact clock: the case (linked to its page), the specialist with their
 * registration and a mailto link, how long overdue or how long left (live), and the reminders
 * sent.
 * @param props.clock - the clock
 * @param props.now - the current time, ms (the page ticks it every second)
 * @param props.timeZone - the IANA zone times are shown in
 */
export function SlaBoardRow(props: {
  clock: BoardClock;
  now: number;
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { clock } = props;
  const at = (iso: string): string => formatDateTime(iso, i18n.language, props.timeZone);
  const left = Date.parse(clock.dueAt) - props.now;
  const overdue = clock.status === 'BREACHED' || left <= 0;
  const { specialist } = clock;
  return (
    <tr>
      <th scope="row">
        <Link to={`/cases/${clock.case.id}`}>{clock.case.patient.fullName}</Link>
        <br />
        <span className="stage">{t(`common:stage.${clock.case.stage}`)}</span>
      </th>
      <td>
        {specialist.fullName}
        <br />
        <small className="muted">
          {t('sla.registration', {
            council: specialist.registration.council,
            number: specialist.registration.number,
          })}
        </small>
        <br />
        {specialist.email ? (
          <a href={`mailto:${specialist.email}`}>
            {specialist.email}
            <span className="visually-hidden">
              {' '}
              ({t('sla.emailTo', { name: specialist.fullName })})
            </span>
          </a>
        ) : (
          <span className="muted">{t('sla.noEmail')}</span>
        )}
      </td>
      <td className={overdue ? 'urgent' : undefined}>
        {clock.status === 'BREACHED' && (
          <>
            <span className="badge danger">{t('sla.breached')}</span>{' '}
          </>
        )}
        <strong>{t(overdue ? 'sla.overdueBy' : 'sla.left', { ...durationParts(left) })}</strong>
        <br />
        <small className="muted">
          {t('sla.paidAt', { at: at(clock.startedAt) })} ·{' '}
          <time dateTime={clock.dueAt}>{t('sla.dueAt', { at: at(clock.dueAt) })}</time>
          {clock.breachedAt && <> · {t('sla.breachedAt', { at: at(clock.breachedAt) })}</>}
        </small>
      </td>
      <td>
        {!clock.firstReminderAt && !clock.secondReminderAt ? (
          t('sla.noReminders')
        ) : (
          <ul>
            {clock.firstReminderAt && (
              <li>{t('sla.reminder24', { at: at(clock.firstReminderAt) })}</li>
            )}
            {clock.secondReminderAt && (
              <li>{t('sla.reminder40', { at: at(clock.secondReminderAt) })}</li>
            )}
          </ul>
        )}
      </td>
    </tr>
  );
}
