import { formatMoney, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListVersionFragment } from '../gql/graphql';
import { formatZonedDateTime } from '../zoned-date-time';
import './price-list-strings';

/**
 * Every published version, newest first: when it applies from, whether it is in force,
 * scheduled (applies later) or replaced, and its fees.
 * @param props.versions - the versions, newest first
 * @param props.currentId - the id of the version in force
 * @param props.timeZone - the zone times are shown in
 * @param props.now - the current time, ms
 */
export function PriceListHistory(props: {
  versions: readonly PriceListVersionFragment[];
  currentId: string;
  timeZone: string;
  now: number;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const status = (version: PriceListVersionFragment): string =>
    version.id === props.currentId
      ? t('price.status.current')
      : Date.parse(version.effectiveFrom) > props.now
        ? t('price.status.scheduled')
        : t('price.status.replaced');
  return (
    <section aria-labelledby="price-history-title">
      <h2 id="price-history-title">{t('price.history')}</h2>
      <TableRegion labelledBy="price-history-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('price.version')}</th>
              <th scope="col">{t('price.effectiveFrom')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('price.fees')}</th>
            </tr>
          </thead>
          <tbody>
            {props.versions.map((version) => (
              <tr key={version.id}>
                <th scope="row">{version.version}</th>
                <td>
                  <time dateTime={version.effectiveFrom}>
                    {formatZonedDateTime(version.effectiveFrom, i18n.language, props.timeZone)}
                  </time>
                </td>
                <td>{status(version)}</td>
                <td>
                  <ul>
                    {version.entries.map((entry) => (
                      <li key={entry.id}>
                        {t('price.feeLine', {
                          label: entry.label,
                          amount: formatMoney(entry.amount, version.currency, i18n.language),
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
