import { useMutation } from '@apollo/client/react';
import { FormError, FormField, useFormState } from '@consilium/web-kit';
import { useEffect, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import type { DocumentKind, SecondOpinionReason } from '../gql/graphql';
import { SAVE_REPORT_REQUIREMENT } from './report-requirements.queries';
import { commaList, DOCUMENT_KINDS, SECOND_OPINION_REASONS } from './requirement-choices';
import { describeSaveError, REQUIREMENT_FIELD_IDS as IDS } from './save-errors';

export const REPORT_REQUIREMENT_FORM_VALUES = graphql(`
  fragment ReportRequirementFormValues on ReportRequirement {
    id
    conditionCodes
    conditionKeywords
    reasons
    documentKind
    titleEn
    titleHi
    active
  }
`);

/** What the form holds: codes and keywords as typed (comma-separated). */
interface RowDraft {
  codes: string;
  keywords: string;
  reasons: SecondOpinionReason[];
  documentKind: DocumentKind | '';
  titleEn: string;
  titleHi: string;
}

const EMPTY: RowDraft = {
  codes: '',
  keywords: '',
  reasons: [],
  documentKind: '',
  titleEn: '',
  titleHi: '',
};

/**
 * The form that adds a row to the completeness table, or changes the row given (a retired row
 * applies again once saved). Codes and keywords are typed as comma-separated lists.
 */
export function ReportRequirementForm(props: {
  /** the row to change; null to add one */
  editing: FragmentType<typeof REPORT_REQUIREMENT_FORM_VALUES> | null;
  onSaved: (title: string, added: boolean) => void;
  onCancel: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const row = useFragment(REPORT_REQUIREMENT_FORM_VALUES, props.editing);
  const [draft, setDraft] = useState<RowDraft>(
    row
      ? {
          codes: row.conditionCodes.join(', '),
          keywords: row.conditionKeywords.join(', '),
          reasons: [...row.reasons],
          documentKind: row.documentKind,
          titleEn: row.titleEn,
          titleHi: row.titleHi,
        }
      : EMPTY,
  );
  const [save] = useMutation(SAVE_REPORT_REQUIREMENT);
  const form = useFormState();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const editingId = row?.id ?? null;
  useEffect(() => {
    if (editingId) headingRef.current?.focus();
  }, [editingId]);

  const set = (field: keyof RowDraft) => (value: string) =>
    setDraft((previous) => ({ ...previous, [field]: value }));
  const toggleReason = (reason: SecondOpinionReason, on: boolean): void =>
    setDraft((previous) => ({
      ...previous,
      reasons: on
        ? SECOND_OPINION_REASONS.filter((r) => r === reason || previous.reasons.includes(r))
        : previous.reasons.filter((r) => r !== reason),
    }));
  const errors = form.errors.fields;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const missing = [
      ...(draft.documentKind ? [] : [IDS.documentKind]),
      ...(draft.titleEn.trim() ? [] : [IDS.titleEn]),
      ...(draft.titleHi.trim() ? [] : [IDS.titleHi]),
    ];
    if (missing.length > 0) {
      form.showErrors({
        fields: Object.fromEntries(missing.map((id) => [id, t('error.required')])),
        form: null,
      });
      return;
    }
    const sent = {
      conditionCodes: commaList(draft.codes),
      conditionKeywords: commaList(draft.keywords),
      reasons: draft.reasons,
    };
    void form.submit(
      async () => {
        const result = await save({
          variables: {
            input: {
              id: editingId,
              ...sent,
              documentKind: draft.documentKind as DocumentKind,
              titleEn: draft.titleEn.trim(),
              titleHi: draft.titleHi.trim(),
            },
          },
        });
        const saved = result.data?.saveReportRequirement;
        if (saved) props.onSaved(draft.titleEn.trim(), !editingId);
      },
      (error) => describeSaveError(error, (key, options) => t(key, options ?? {}), sent),
    );
  };

  const title = row
    ? t('req.editTitle', { title: i18n.language === 'hi' ? row.titleHi : row.titleEn })
    : t('req.addTitle');
  return (
    <form
      ref={form.formRef}
      onSubmit={submit}
      aria-labelledby="requirement-form-title"
      className="auth-page"
      noValidate
    >
      <h2 id="requirement-form-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      {row && !row.active ? <p className="notice">{t('req.restoreNote')}</p> : null}
      <FormError id="requirement-form-error" message={form.errors.form} />
      <FormField
        id={IDS.conditionCodes}
        label={t('req.codesLabel')}
        hint={t('req.codesHint')}
        value={draft.codes}
        onChange={set('codes')}
        error={errors[IDS.conditionCodes]}
      />
      <FormField
        id={IDS.conditionKeywords}
        label={t('req.keywordsLabel')}
        hint={t('req.keywordsHint')}
        value={draft.keywords}
        onChange={set('keywords')}
        error={errors[IDS.conditionKeywords]}
      />
      <fieldset aria-describedby="requirement-reasons-hint">
        <legend>{t('req.reasonsLegend')}</legend>
        <p id="requirement-reasons-hint" className="hint">
          {t('req.reasonsHint')}
        </p>
        {SECOND_OPINION_REASONS.map((reason) => (
          <div className="choice" key={reason}>
            <input
              type="checkbox"
              id={`requirement-reason-${reason}`}
              checked={draft.reasons.includes(reason)}
              onChange={(event) => toggleReason(reason, event.target.checked)}
            />
            <label htmlFor={`requirement-reason-${reason}`}>{t(`req.reason.${reason}`)}</label>
          </div>
        ))}
      </fieldset>
      <FormField
        id={IDS.documentKind}
        label={t('req.documentKind')}
        value={draft.documentKind}
        onChange={set('documentKind')}
        error={errors[IDS.documentKind]}
        required
        options={[
          { value: '', label: t('req.chooseKind') },
          ...DOCUMENT_KINDS.map((kind) => ({ value: kind, label: t(`req.kind.${kind}`) })),
        ]}
      />
      <FormField
        id={IDS.titleEn}
        label={t('req.titleEn')}
        value={draft.titleEn}
        onChange={set('titleEn')}
        error={errors[IDS.titleEn]}
        lang="en"
        required
      />
      <FormField
        id={IDS.titleHi}
        label={t('req.titleHi')}
        value={draft.titleHi}
        onChange={set('titleHi')}
        error={errors[IDS.titleHi]}
        lang="hi"
        required
      />
      <p className="toolbar">
        <button type="submit" disabled={form.busy}>
          {row ? t('req.save') : t('req.add')}
        </button>
        {row ? (
          <button type="button" className="secondary" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </p>
    </form>
  );
}
