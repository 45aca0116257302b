import { useMutation } from '@apollo/client/react';
import { formatDateTime, FormError, FormField, useFormState } from '@consilium/web-kit';
import { useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import type { LegalDocumentKind } from '../gql/graphql';
import { indiaLocalNow, indiaLocalToIso } from './india-time';
import { LegalTextPreview } from './legal-text-preview.component';
import { PUBLISH_LEGAL_DOCUMENT } from './legal-documents.queries';
import { describePublishError, type PublishFieldIds } from './publish-errors';

export const PUBLISH_PREFILL = graphql(`
  fragment PublishPrefill on LegalDocument {
    version
    titleEn
    bodyEn
    titleHi
    bodyHi
  }
`);

/** What the form holds: the version, when it takes effect (IST, may be empty) and the texts. */
interface Draft {
  version: string;
  effectiveFrom: string;
  titleEn: string;
  bodyEn: string;
  titleHi: string;
  bodyHi: string;
}

/** The published version, as the page reports it. */
export interface Published {
  version: string;
  effectiveFrom: string;
}

/**
 * The form that publishes a new version of the e-consent or the privacy notice: prefilled with
 * the version in force so staff edit rather than retype, a live preview of each text as patients
 * will read it, what publishing does to cases and signatures, and a confirmation before it is
 * sent.
 */
export function PublishLegalDocumentForm(props: {
  kind: LegalDocumentKind;
  idPrefix: string;
  /** the version in force, whose texts are filled in */
  prefill: FragmentType<typeof PUBLISH_PREFILL>;
  suggestedVersion: string;
  onPublished: (published: Published) => void;
  onCancel: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const inForce = useFragment(PUBLISH_PREFILL, props.prefill);
  const [draft, setDraft] = useState<Draft>({
    version: props.suggestedVersion,
    effectiveFrom: '',
    titleEn: inForce.titleEn,
    bodyEn: inForce.bodyEn,
    titleHi: inForce.titleHi,
    bodyHi: inForce.bodyHi,
  });
  const [publish] = useMutation(PUBLISH_LEGAL_DOCUMENT);
  const form = useFormState();
  const p = props.idPrefix;
  const ids: PublishFieldIds = {
    version: `${p}-version`,
    effectiveFrom: `${p}-effective-from`,
    titleEn: `${p}-title-en`,
    bodyEn: `${p}-body-en`,
    titleHi: `${p}-title-hi`,
    bodyHi: `${p}-body-hi`,
  };
  const titleId = `${p}-publish-title`;
  const set = (field: keyof Draft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));
  const field = (name: keyof Draft) => ({
    id: ids[name],
    value: draft[name],
    onChange: set(name),
    error: form.errors.fields[ids[name]],
  });

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const version = draft.version.trim();
    const empty = (['version', 'titleEn', 'bodyEn', 'titleHi', 'bodyHi'] as const).filter(
      (name) => !draft[name].trim(),
    );
    if (empty.length > 0) {
      form.showErrors({
        fields: Object.fromEntries(empty.map((name) => [ids[name], t('error.required')])),
        form: null,
      });
      return;
    }
    const texts = ['titleEn', 'bodyEn', 'titleHi', 'bodyHi'] as const;
    if (texts.every((name) => draft[name].trim() === inForce[name].trim())) {
      form.showErrors({
        fields: {},
        form: t('legal.error.unchanged', { version: inForce.version }),
      });
      return;
    }
    const effectiveFrom = indiaLocalToIso(draft.effectiveFrom);
    const when = effectiveFrom
      ? t('legal.whenAt', { time: formatDateTime(effectiveFrom, i18n.language) })
      : t('legal.whenNow');
    if (!window.confirm(t(`legal.confirmPublish.${props.kind}`, { version, when }))) return;
    void form.submit(
      async () => {
        const result = await publish({
          variables: {
            input: {
              kind: props.kind,
              version,
              effectiveFrom,
              titleEn: draft.titleEn.trim(),
              bodyEn: draft.bodyEn.trim(),
              titleHi: draft.titleHi.trim(),
              bodyHi: draft.bodyHi.trim(),
            },
          },
        });
        const published = result.data?.publishLegalDocument;
        if (published) props.onPublished(published);
      },
      (error) => describePublishError(error, (key, options) => t(key, options ?? {}), ids, version),
    );
  };

  return (
    <form ref={form.formRef} onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>{t(`legal.publishTitle.${props.kind}`)}</h3>
      <div className="card notice">
        <p>{t(`legal.effect.${props.kind}`)}</p>
        <p>{t('legal.final')}</p>
      </div>
      <p className="muted">{t('legal.prefilled', { version: inForce.version })}</p>
      <FormError id={`${p}-publish-error`} message={form.errors.form} />
      <FormField
        {...field('version')}
        label={t('legal.version')}
        hint={t('legal.versionHint')}
        required
      />
      <FormField
        {...field('effectiveFrom')}
        type="datetime-local"
        min={indiaLocalNow()}
        label={t('legal.effectiveFromLabel')}
        hint={t('legal.effectiveFromHint')}
      />
      <fieldset>
        <legend>{t('legal.english')}</legend>
        <FormField {...field('titleEn')} label={t('legal.titleEn')} lang="en" required />
        <FormField
          {...field('bodyEn')}
          rows={16}
          label={t('legal.bodyEn')}
          hint={t('legal.bodyHint')}
          lang="en"
          required
        >
          <LegalTextPreview
            id={`${p}-preview-en`}
            label={t('legal.previewEn')}
            title={draft.titleEn}
            body={draft.bodyEn}
            lang="en"
          />
        </FormField>
      </fieldset>
      <fieldset>
        <legend>{t('legal.hindi')}</legend>
        <FormField {...field('titleHi')} label={t('legal.titleHi')} lang="hi" required />
        <FormField
          {...field('bodyHi')}
          rows={16}
          label={t('legal.bodyHi')}
          hint={t('legal.bodyHint')}
          lang="hi"
          required
        >
          <LegalTextPreview
            id={`${p}-preview-hi`}
            label={t('legal.previewHi')}
            title={draft.titleHi}
            body={draft.bodyHi}
            lang="hi"
          />
        </FormField>
      </fieldset>
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {t('legal.publish', { version: draft.version.trim() || '…' })}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
