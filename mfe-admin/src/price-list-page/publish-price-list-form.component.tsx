import { useMutation } from '@apollo/client/react';
import {
  formatMoney,
  FormError,
  FormField,
  localInputAt,
  NO_ERRORS,
  useFormState,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListVersionFragment } from '../gql/graphql';
import { formatZonedDateTime } from '../zoned-date-time';
import { FeeRows } from './fee-rows.component';
import {
  draftOf,
  earliestStart,
  PRICE_FIELD_IDS,
  readDraft,
  type PriceListDraft,
} from './price-list-draft';
import { PUBLISH_PRICE_LIST } from './price-list-queries';
import { describePublishError } from './publish-errors';
import './price-list-strings';

/** The version published, as the page reports it. */
export interface PublishedPriceList {
  version: number;
  effectiveFrom: string;
}

/**
 * The form that publishes the next price list version: when it applies from (a date and time in
 * the viewer's zone, sent as UTC; it must be in the future and after the latest version's start),
 * the fees by panel size in rupees, and what every fee includes and excludes, one per line —
 * prefilled from the latest version (which may be scheduled, not yet in force) so staff change
 * rather than retype, applying from the next day's start. What the server would refuse is shown
 * at its field before staff are asked to confirm (a published version cannot be changed); the
 * server's own refusals are shown at the field they name too, keeping everything typed. Times
 * are shown with their zone.
 * @param props.latest - the latest version
 * @param props.inForceId - the id of the version in force
 * @param props.nextVersion - the number the new version will get
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onPublished - called with the new version
 * @param props.onCancel - closes the form
 */
export function PublishPriceListForm(props: {
  latest: PriceListVersionFragment;
  inForceId: string;
  nextVersion: number;
  timeZone: string;
  onPublished: (published: PublishedPriceList) => void;
  onCancel: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { latest, timeZone } = props;
  const form = useFormState();
  const [draft, setDraft] = useState<PriceListDraft>(() => draftOf(latest, timeZone, Date.now()));
  const [publish] = useMutation(PUBLISH_PRICE_LIST, {
    refetchQueries: ['PriceLists'],
    awaitRefetchQueries: true,
  });
  const set = (field: 'effectiveFrom' | 'includes' | 'excludes') => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const translate = (key: string, options?: Record<string, string | number>): string =>
    t(key, options ?? {});
  const at = (iso: string): string => formatZonedDateTime(iso, i18n.language, timeZone);
  const scheduled = latest.id !== props.inForceId;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const read = readDraft(draft, {
      timeZone,
      now: Date.now(),
      latest,
      t: translate,
      at,
      money: (paise) => formatMoney(paise, latest.currency, i18n.language),
    });
    if (!read.input) {
      form.showErrors({ fields: read.problems, form: null });
      return;
    }
    const { input } = read;
    const when = at(input.effectiveFrom);
    if (!window.confirm(t('price.confirm', { version: props.nextVersion, when }))) return;
    void form.submit(
      async () => {
        const result = await publish({ variables: { input } });
        const published = result.data?.publishPriceList;
        if (published) props.onPublished(published);
      },
      (error) => describePublishError(error, translate, input, at),
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="price-publish-title">
      <h2 id="price-publish-title">{t('price.publishTitle', { version: props.nextVersion })}</h2>
      <div className="card notice">
        <p>{t('price.publishEffect')}</p>
      </div>
      <p className="muted" id="price-prefilled">
        {scheduled
          ? t('price.prefilledScheduled', {
              version: latest.version,
              when: at(latest.effectiveFrom),
            })
          : t('price.prefilled', { version: latest.version })}
      </p>
      <FormError id="price-publish-error" message={form.errors.form} />
      <FormField
        id={PRICE_FIELD_IDS.effectiveFrom}
        type="datetime-local"
        label={t('price.effectiveFromLabel')}
        hint={
          scheduled
            ? t('price.effectiveFromHintAfter', {
                version: latest.version,
                when: at(latest.effectiveFrom),
                zone: timeZone,
              })
            : t('price.effectiveFromHint', { zone: timeZone })
        }
        min={localInputAt(earliestStart(latest, Date.now()) + 60_000, timeZone)}
        value={draft.effectiveFrom}
        onChange={set('effectiveFrom')}
        required
        error={form.errors.fields[PRICE_FIELD_IDS.effectiveFrom]}
      />
      <FeeRows
        fees={draft.fees}
        onChange={(fees) => {
          // Errors name fees by their place, which adding or removing one changes.
          if (fees.length !== draft.fees.length) form.showErrors(NO_ERRORS);
          setDraft((current) => ({ ...current, fees }));
        }}
        errors={form.errors.fields}
      />
      <FormField
        id={PRICE_FIELD_IDS.includes}
        rows={4}
        label={t('price.includesLabel')}
        hint={t('price.linesHint')}
        value={draft.includes}
        onChange={set('includes')}
        required
        error={form.errors.fields[PRICE_FIELD_IDS.includes]}
      />
      <FormField
        id={PRICE_FIELD_IDS.excludes}
        rows={3}
        label={t('price.excludesLabel')}
        hint={t('price.linesHint')}
        value={draft.excludes}
        onChange={set('excludes')}
        required
        error={form.errors.fields[PRICE_FIELD_IDS.excludes]}
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('price.publish', { version: props.nextVersion })}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
