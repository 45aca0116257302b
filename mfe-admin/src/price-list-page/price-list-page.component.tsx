import { useQuery } from '@apollo/client/react';
import { deviceTimeZone, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useFragment } from '../gql';
import { formatZonedDateTime } from '../zoned-date-time';
import { PriceListHistory } from './price-list-history.component';
import { PRICE_LIST_VERSION, PRICE_LISTS } from './price-list-queries';
import { PriceListVersion } from './price-list-version.component';
import { PublishPriceListForm, type PublishedPriceList } from './publish-price-list-form.component';
import './price-list-strings';

/**
 * "Price list" for operations staff: the fees in force by panel size with what they include and
 * exclude, versions scheduled to apply later, every version, and publishing the next one (the
 * form opens on request, prefilled from the latest version). Times are shown with their zone.
 * Quotes already made keep their price.
 */
export function PriceListPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const timeZone = deviceTimeZone();
  const { data, loading, error, refetch } = useQuery(PRICE_LISTS, {
    fetchPolicy: 'cache-and-network',
  });
  const [publishing, setPublishing] = useState(false);
  const [published, setPublished] = useState<PublishedPriceList | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const current = useFragment(PRICE_LIST_VERSION, data?.currentPriceList ?? null);
  const versions = useFragment(PRICE_LIST_VERSION, data?.priceLists ?? []);
  if (!data || !current) {
    return (
      <QueryStatus
        title={t('price.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const now = Date.now();
  const at = (iso: string): string => formatZonedDateTime(iso, i18n.language, timeZone);
  const scheduled = versions.filter((version) => Date.parse(version.effectiveFrom) > now);
  // The latest version (newest first), which may be scheduled rather than in force.
  const latest = versions.reduce(
    (top, version) => (version.version > top.version ? version : top),
    current,
  );
  const nextVersion = latest.version + 1;
  return (
    <section aria-labelledby="price-title" className="page">
      <h1 id="price-title">{t('price.title')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('price.intro', { zone: timeZone })}</p>
      <p role="status" ref={statusRef} tabIndex={-1}>
        {published
          ? t('price.published', { version: published.version, when: at(published.effectiveFrom) })
          : null}
      </p>
      <section aria-labelledby="price-current-title">
        <h2 id="price-current-title">
          {t('price.inForce', { version: current.version, since: at(current.effectiveFrom) })}
        </h2>
        <PriceListVersion version={current} idPrefix="price-current" />
      </section>
      {scheduled.map((version) => (
        <p key={version.id} className="notice">
          {t('price.scheduledNotice', {
            version: version.version,
            when: at(version.effectiveFrom),
          })}
        </p>
      ))}
      <PriceListHistory versions={versions} currentId={current.id} timeZone={timeZone} now={now} />
      {publishing ? (
        <div className="card">
          <PublishPriceListForm
            latest={latest}
            inForceId={current.id}
            nextVersion={nextVersion}
            timeZone={timeZone}
            onPublished={(done) => {
              setPublishing(false);
              setPublished(done);
              requestAnimationFrame(() => statusRef.current?.focus());
            }}
            onCancel={() => {
              setPublishing(false);
              requestAnimationFrame(() => openerRef.current?.focus());
            }}
          />
        </div>
      ) : (
        <p>
          <button
            ref={openerRef}
            type="button"
            onClick={() => {
              setPublished(null);
              setPublishing(true);
            }}
          >
            {t('price.openPublish')}
          </button>
        </p>
      )}
    </section>
  );
}
