import { FormField, deviceTimeZone } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { consultationZones } from './consultation-time';
import './consultation-strings';

/**
 * Which time zone the consultation's times are shown in (India's by default, the device's
 * offered and marked).
 * @param props.value - the zone shown now
 * @param props.onChange - called with the zone chosen
 */
export function TimeZoneField(props: {
  value: string;
  onChange: (zone: string) => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  const device = deviceTimeZone();
  return (
    <FormField
      id="consultation-zone"
      label={t('consultation.zone')}
      hint={t('consultation.zoneHint')}
      value={props.value}
      onChange={props.onChange}
      options={consultationZones().map((zone) => ({
        value: zone,
        label: zone === device ? t('consultation.deviceZone', { zone }) : zone,
      }))}
    />
  );
}
