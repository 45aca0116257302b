import { TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { Translate } from '../form-parts/field-problems';
import type { PatientErasureRequestFragment } from '../gql/graphql';
import { formatDay } from './erasure-dates';
import './erasure-strings';

type Item = NonNullable<PatientErasureRequestFragment['confirmation']>['items'][number];

/** Why an item was destroyed, kept sealed or not erased, in the viewer's language. */
function why(item: Item, t: Translate): string {
  if (item.action === 'SEALED' && item.retention) {
    return t(`erasure.why.${item.retention.category}`, { years: item.retention.years });
  }
  if (item.action === 'KEPT') return t(`erasure.why.${item.category}`);
  return t('erasure.why.DESTROYED');
}

/**
 * The itemised confirmation of a completed erasure: for every kind of data, what was done
 * (destroyed, kept sealed, not erased), why (the rule and its source) and until when a sealed
 * item is kept (after which it says it was destroyed).
 */
export function ErasureConfirmationView(props: {
  request: PatientErasureRequestFragment;
}): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  const { confirmation, cases } = props.request;
  if (!confirmation) return null;
  const now = Date.now();
  // Destroyed first, then what is kept sealed, then what is not erased; a kind of data held by
  // two services (the access logs) says which.
  const order = { DESTROYED: 0, SEALED: 1, KEPT: 2 } as const;
  const items = [...confirmation.items].sort(
    (a, b) => (order[a.action] ?? 3) - (order[b.action] ?? 3),
  );
  const repeated = new Set(
    items
      .map((item) => item.category)
      .filter((category, index, all) => all.indexOf(category) !== index),
  );
  const headingId = `erasure-confirmation-${props.request.id}`;
  const caseOf = (caseId: string | null | undefined): string | null => {
    const found = cases.find((candidate) => candidate?.id === caseId);
    return found ? t('erasure.ofCase', { date: formatDay(found.createdAt, i18n.language) }) : null;
  };
  return (
    <section aria-labelledby={headingId} className="card">
      <h2 id={headingId}>{t('erasure.confirmationTitle')}</h2>
      <p>
        {t('erasure.confirmationIntro', {
          date: formatDay(confirmation.completedAt, i18n.language),
        })}
      </p>
      <TableRegion labelledBy={headingId}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('erasure.col.what')}</th>
              <th scope="col">{t('erasure.col.done')}</th>
              <th scope="col">{t('erasure.col.why')}</th>
              <th scope="col">{t('erasure.col.until')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item, index) => {
              const ofCase = caseOf(item.caseId);
              const until = item.retainedUntil
                ? t(
                    Date.parse(item.retainedUntil) > now
                      ? 'erasure.until.future'
                      : 'erasure.until.past',
                    { date: formatDay(item.retainedUntil, i18n.language) },
                  )
                : t('erasure.until.none');
              return (
                <tr key={`${item.category}-${item.service}-${item.caseId ?? index}`}>
                  <th scope="row">
                    {t(`erasure.category.${item.category}`)}
                    {item.count !== null && item.count !== undefined ? ` (${item.count})` : ''}
                    {ofCase ? (
                      <>
                        <br />
                        <span className="muted">{ofCase}</span>
                      </>
                    ) : null}
                    {repeated.has(item.category) ? (
                      <>
                        <br />
                        <span className="muted">{t(`erasure.service.${item.service}`)}</span>
                      </>
                    ) : null}
                  </th>
                  <td>{t(`erasure.action.${item.action}`)}</td>
                  <td>
                    {why(item, t)}
                    {item.source ? (
                      <>
                        <br />
                        <span className="muted">
                          {t('erasure.source', { source: item.source })}
                        </span>
                      </>
                    ) : null}
                  </td>
                  <td>{until}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableRegion>
      <p>{t('erasure.sealedNote')}</p>
    </section>
  );
}
