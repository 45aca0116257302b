import { formatDateTime, useNow } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * Time left until a UTC deadline, e.g. "23 h 59 min 12 s left", ticking every second, followed
 * by the deadline itself in the viewer's zone. Not a live region: a screen reader reads it when
 * it gets there rather than every second.
 * @param props.deadline - ISO 8601 UTC
 * @param props.timeZone - the viewer's IANA zone
 */
export function Countdown(props: { deadline: string; timeZone: string }): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const now = useNow();
  const left = Date.parse(props.deadline) - now;
  const at = formatDateTime(props.deadline, i18n.language, props.timeZone);
  if (left <= 0) {
    return (
      <p className="countdown">
        <strong>{t('inv.expiredAt', { at })}</strong>
      </p>
    );
  }
  const hours = Math.floor(left / HOUR);
  const minutes = Math.floor((left % HOUR) / MINUTE);
  const seconds = Math.floor((left % MINUTE) / SECOND);
  return (
    <p className="countdown">
      <strong>{t('inv.timeLeft', { hours, minutes, seconds })}</strong>{' '}
      <span className="muted">
        {t('inv.answerBy', { at })} <time dateTime={props.deadline}>({props.timeZone})</time>
      </span>
    </p>
  );
}
