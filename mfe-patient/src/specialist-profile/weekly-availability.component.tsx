import {
  DEFAULT_TIME_ZONE,
  deviceTimeZone,
  FormField,
  localeOf,
  TableRegion,
  windowsInZone,
  type AvailabilityWindow,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** Zones offered besides India's and the device's (where Indian patients' families often live). */
const OTHER_ZONES = ['Asia/Dubai', 'Asia/Singapore', 'Europe/London', 'America/New_York', 'UTC'];

/** The name of a weekday (0 = Monday) in the UI language. */
function weekdayName(day: number, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2023, 0, 2 + day)),
  );
}

/**
 * A doctor's weekly consulting windows, shown in a zone the viewer picks (India's by default,
 * their device's offered): each window moved to that zone, one running past midnight shown
 * ending on the next day.
 * @param props.slots - the windows as the doctor wrote them
 * @param props.timeZone - the doctor's IANA zone
 */
export function WeeklyAvailability(props: {
  slots: readonly AvailabilityWindow[];
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const [zone, setZone] = useState(DEFAULT_TIME_ZONE);
  const device = deviceTimeZone();
  const zones = [...new Set([DEFAULT_TIME_ZONE, device, props.timeZone, ...OTHER_ZONES])];
  if (props.slots.length === 0) {
    return <p>{t('doctors.notAvailable')}</p>;
  }
  const windows = windowsInZone(props.slots, props.timeZone, zone);
  return (
    <>
      <FormField
        id="availability-zone"
        label={t('doctors.showTimesIn')}
        value={zone}
        onChange={setZone}
        options={zones.map((value) => ({
          value,
          label: value === device ? t('doctors.deviceZone', { zone: value }) : value,
        }))}
      />
      <p className="hint">{t('doctors.writtenIn', { zone: props.timeZone })}</p>
      <TableRegion labelledBy="availability-caption">
        <table>
          <caption id="availability-caption">{t('doctors.availabilityCaption', { zone })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('doctors.day')}</th>
              <th scope="col">{t('doctors.from')}</th>
              <th scope="col">{t('doctors.until')}</th>
            </tr>
          </thead>
          <tbody>
            {windows.map((window) => (
              <tr key={`${window.startDay}-${window.start}-${window.end}`}>
                <th scope="row">{weekdayName(window.startDay, i18n.language)}</th>
                <td>{window.start}</td>
                <td>
                  {window.endDay === window.startDay
                    ? window.end
                    : t('doctors.nextDayEnd', {
                        time: window.end,
                        day: weekdayName(window.endDay, i18n.language),
                      })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}
