import { useMutation } from '@apollo/client/react';
import {
  formatDateTime,
  FormError,
  FormField,
  localInputAt,
  NO_ERRORS,
  useFormState,
} from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceListVersionFragment } from '../gql/graphql';
import { FeeRows } from './fee-rows.component';
import { draftOf, PRICE_FIELD_IDS, readDraft, type PriceListDraft } from './price-list-draft';
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
 * the viewer's zone, sent as UTC; it must be in the future), the fees by panel size in rupees,
 * and what every fee includes and excludes, one per line — prefilled from the version in force so
 * staff change rather than retype. Asks for confirmation, then shows the server's refusals at
 * the field they name, keeping everything typed.
 * @param props.prefill - the version in force
 * @param props.nextVersion - the number the new version will get
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onPublished - called with the new version
 * @param props.onCancel - closes the form
 */
export function PublishPriceListForm(props: {
  prefill: PriceListVersionFragment;
  nextVersion: number;
  timeZone: string;
  onPublished: (published: PublishedPriceList) => void;
  onCancel: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const form = useFormState();
  const [draft, setDraft] = useState<PriceListDraft>(() =>
    draftOf(props.prefill, props.timeZone, Date.now()),
  );
  const [publish] = useMutation(PUBLISH_PRICE_LIST, {
    refetchQueries: ['PriceLists'],
    awaitRefetchQueries: true,
  });
  const set = (field: 'effectiveFrom' | 'includes' | 'excludes') => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const read = readDraft(draft, props.timeZone);
    if (!read.input) {
      form.showErrors({
        fields: Object.fromEntries(Object.entries(read.problems).map(([id, key]) => [id, t(key)])),
        form: null,
      });
      return;
    }
    const { input } = read;
    const when = formatDateTime(input.effectiveFrom, i18n.language, props.timeZone);
    if (!window.confirm(t('price.confirm', { version: props.nextVersion, when }))) return;
    void form.submit(
      async () => {
        const result = await publish({ variables: { input } });
        const published = result.data?.publishPriceList;
        if (published) props.onPublished(published);
      },
      (error) => describePublishError(error, (key, options) => t(key, options ?? {}), input),
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} noValidate aria-labelledby="price-publish-title">
      <h2 id="price-publish-title">{t('price.publishTitle', { version: props.nextVersion })}</h2>
      <div className="card notice">
        <p>{t('price.publishEffect')}</p>
      </div>
      <p className="muted">{t('price.prefilled', { version: props.prefill.version })}</p>
      <FormError id="price-publish-error" message={form.errors.form} />
      <FormField
        id={PRICE_FIELD_IDS.effectiveFrom}
        type="datetime-local"
        label={t('price.effectiveFromLabel')}
        hint={t('price.effectiveFromHint', { zone: props.timeZone })}
        min={localInputAt(Date.now(), props.timeZone)}
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
