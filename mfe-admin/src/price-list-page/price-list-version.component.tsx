import { formatMoney, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListVersionFragment } from '../gql/graphql';
import './price-list-strings';

/**
 * One version's fees by panel size and what every fee includes and excludes, as the invoice
 * prints them.
 * @param props.version - the version
 * @param props.idPrefix - makes the ids of its headings unique on the page
 */
export function PriceListVersion(props: {
  version: PriceListVersionFragment;
  idPrefix: string;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { version } = props;
  const feesId = `${props.idPrefix}-fees`;
  return (
    <>
      <h3 id={feesId}>{t('price.feesOf', { version: version.version })}</h3>
      <TableRegion labelledBy={feesId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('price.feeLabel')}</th>
              <th scope="col">{t('price.panelSizes')}</th>
              <th scope="col">{t('price.feeAmountColumn')}</th>
            </tr>
          </thead>
          <tbody>
            {version.entries.map((entry) => (
              <tr key={entry.id}>
                <th scope="row">{entry.label}</th>
                <td>
                  {entry.maxSpecialists === null
                    ? t('price.sizesFrom', { min: entry.minSpecialists })
                    : entry.maxSpecialists === entry.minSpecialists
                      ? String(entry.minSpecialists)
                      : t('price.sizesRange', {
                          min: entry.minSpecialists,
                          max: entry.maxSpecialists,
                        })}
                </td>
                <td>{formatMoney(entry.amount, version.currency, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <h3>{t('price.includes')}</h3>
      <ul>
        {version.includes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h3>{t('price.excludes')}</h3>
      <ul>
        {version.excludes.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}
