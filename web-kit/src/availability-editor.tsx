import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from './form-parts';
import './availability-strings';

/** The days of the week, Monday first (the API's `Weekday`). */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type WeekdayName = (typeof WEEKDAYS)[number];

/** One weekly consulting window: a day and local HH:mm times (FHIR PractitionerRole.availableTime). */
export interface AvailabilityWindow {
  weekday: WeekdayName;
  /** HH:mm, 24-hour */
  start: string;
  /** HH:mm, 24-hour; earlier than `start` runs into the next day */
  end: string;
}

/**
 * The day after a weekday (Sunday is followed by Monday).
 * @param day - the weekday
 * @returns the next one
 */
function nextDay(day: WeekdayName): WeekdayName {
  return WEEKDAYS[(WEEKDAYS.indexOf(day) + 1) % WEEKDAYS.length]!;
}

/** A window runs past midnight when it ends earlier than it starts (HH:mm compare as text). */
function pastMidnight(window: AvailabilityWindow): boolean {
  return window.end !== '' && window.start !== '' && window.end < window.start;
}

/**
 * The weekly windows as a list for reading, e.g. "Monday, 09:00–13:00".
 * @param props.windows - the windows
 */
export function AvailabilityList(props: { windows: readonly AvailabilityWindow[] }): ReactElement {
  const { t } = useTranslation('common');
  if (props.windows.length === 0) return <p>{t('avail.none')}</p>;
  return (
    <ul>
      {props.windows.map((window, index) => (
        <li key={index}>
          {t(pastMidnight(window) ? 'avail.spanNextDay' : 'avail.span', {
            day: t(`weekday.${window.weekday}`),
            start: window.start,
            end: window.end,
          })}
        </li>
      ))}
    </ul>
  );
}

/**
 * Edits weekly consulting windows: one group per window (day, from, to, remove) and a button to
 * add one. A window ending before it starts is said to run past midnight. An error about one
 * window (the API names it `weeklyAvailability.<index>`) is shown in that window's group and
 * marks its times invalid.
 * @param props.id - prefix of the controls' ids, e.g. `profile-availability`
 * @param props.legend - the group's name
 * @param props.timeZone - the IANA zone the times are in, said in the hint
 * @param props.value - the windows
 * @param props.onChange - called with the new windows
 * @param props.errors - messages by window index
 */
export function AvailabilityEditor(props: {
  id: string;
  legend: string;
  timeZone: string;
  value: readonly AvailabilityWindow[];
  onChange: (value: AvailabilityWindow[]) => void;
  errors?: Readonly<Record<number, string>>;
}): ReactElement {
  const { t } = useTranslation('common');
  const hintId = `${props.id}-hint`;
  const change = (index: number, part: Partial<AvailabilityWindow>): void =>
    props.onChange(
      props.value.map((window, at) => (at === index ? { ...window, ...part } : window)),
    );
  return (
    <fieldset className="list-editor" aria-describedby={hintId}>
      <legend>{props.legend}</legend>
      <p id={hintId} className="hint">
        {t('avail.hint', { zone: props.timeZone })}
      </p>
      {props.value.map((window, index) => {
        const rowId = `${props.id}-${index}`;
        const error = props.errors?.[index];
        const errorId = `${rowId}-error`;
        const noteId = `${rowId}-note`;
        const invalid = error ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
        const label = t('avail.window', { number: index + 1 });
        return (
          <fieldset key={index} className={error ? 'field-invalid' : undefined}>
            <legend>{label}</legend>
            {error && <FieldError id={errorId} message={error} />}
            <div className="toolbar">
              <div className="field">
                <label htmlFor={`${rowId}-weekday`}>{t('avail.weekday')}</label>
                <select
                  id={`${rowId}-weekday`}
                  value={window.weekday}
                  onChange={(event) =>
                    change(index, { weekday: event.target.value as WeekdayName })
                  }
                >
                  {WEEKDAYS.map((day) => (
                    <option key={day} value={day}>
                      {t(`weekday.${day}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor={`${rowId}-start`}>{t('avail.start')}</label>
                <input
                  id={`${rowId}-start`}
                  type="time"
                  required
                  value={window.start}
                  onChange={(event) => change(index, { start: event.target.value })}
                  {...invalid}
                />
              </div>
              <div className="field">
                <label htmlFor={`${rowId}-end`}>{t('avail.end')}</label>
                <input
                  id={`${rowId}-end`}
                  type="time"
                  required
                  value={window.end}
                  onChange={(event) => change(index, { end: event.target.value })}
                  {...(error
                    ? invalid
                    : pastMidnight(window)
                      ? { 'aria-describedby': noteId }
                      : {})}
                />
              </div>
              <button
                type="button"
                className="secondary"
                onClick={() => props.onChange(props.value.filter((_, at) => at !== index))}
              >
                {t('avail.remove')}
                <span className="visually-hidden">
                  {' '}
                  {t('avail.removeWindow', { number: index + 1 })}
                </span>
              </button>
            </div>
            {pastMidnight(window) && (
              <p id={noteId} className="hint">
                {t('avail.pastMidnight', {
                  end: window.end,
                  day: t(`weekday.${nextDay(window.weekday)}`),
                })}
              </p>
            )}
          </fieldset>
        );
      })}
      <button
        type="button"
        className="secondary"
        onClick={() =>
          props.onChange([...props.value, { weekday: 'MONDAY', start: '09:00', end: '13:00' }])
        }
      >
        {t('avail.add')}
      </button>
    </fieldset>
  );
}
