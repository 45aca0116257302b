import { useMutation } from '@apollo/client/react';
import {
  FieldError,
  FormError,
  FormField,
  formatDateTime,
  useFormState,
  type FormErrors,
} from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import {
  draftInputOf,
  fieldId,
  opinionErrors,
  rowKey,
  valuesOf,
  type OpinionValues,
} from './opinion-form';
import { SAVE_OPINION_DRAFT, SUBMIT_OPINION, type DoctorOpinion } from './opinion-queries';

/** What the editor writes: the specialist's own opinion, or the board's consensus. */
export type OpinionMode = 'own' | 'consensus';

/**
 * The opinion form: the diagnosis (confirmed, or revised with an optional ICD-10 code), the
 * recommended treatment, alternatives with pros and cons and further tests (lists to add to and
 * remove from), one answer box under each of the patient's questions, and notes. “Save draft”
 * keeps whatever is written; “Sign and submit” saves, then signs with the typed full name (the
 * chair only, for a consensus). The server's refusals are shown at their fields.
 */
export function OpinionEditor(props: {
  caseId: string;
  mode: OpinionMode;
  questions: readonly string[];
  opinion: DoctorOpinion | null;
  /** whether this viewer may sign (own opinion: yes; consensus: the chair) */
  canSign: boolean;
  /** the account name the signature must match */
  accountName: string;
  /** asks for the case's opinions again */
  onChanged: () => Promise<unknown>;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const prefix = props.mode === 'own' ? 'opinion' : 'consensus';
  const id = (field: string): string => fieldId(prefix, field);
  const [values, setValues] = useState<OpinionValues>(() =>
    valuesOf(props.opinion, props.questions),
  );
  const [version, setVersion] = useState(props.opinion?.version ?? 0);
  const [typedName, setTypedName] = useState('');
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const form = useFormState();
  const [saveDraft] = useMutation(SAVE_OPINION_DRAFT);
  const [submitOpinion] = useMutation(SUBMIT_OPINION);
  const { errors } = form;

  const change = (patch: Partial<OpinionValues>): void =>
    setValues((now) => ({ ...now, ...patch }));
  const describe = (error: unknown): FormErrors => {
    const found = opinionErrors(
      error,
      prefix,
      (elementId) => Boolean(form.formRef.current?.querySelector(`#${CSS.escape(elementId)}`)),
      (key, options) => t(key, options ?? {}),
      i18n.language,
    );
    if (found.form === t('opinion.error.stale')) {
      setStale(true);
      void props.onChanged();
    }
    return found;
  };
  const save = async (): Promise<number> => {
    const result = await saveDraft({
      variables: {
        input: {
          caseId: props.caseId,
          consensus: props.mode === 'consensus',
          expectedVersion: version,
          ...draftInputOf(values),
        },
      },
    });
    const next = result.data!.saveOpinionDraft.version;
    setVersion(next);
    return next;
  };
  const onSave = (): Promise<void> =>
    form.submit(async () => {
      await save();
      setSavedAt(new Date().toISOString());
      await props.onChanged();
    }, describe);
  const onSign = (): Promise<void> =>
    form.submit(async () => {
      const signedVersion = await save();
      await submitOpinion({
        variables: {
          input: {
            caseId: props.caseId,
            consensus: props.mode === 'consensus',
            expectedVersion: signedVersion,
            typedFullName: typedName,
          },
        },
      });
      await props.onChanged();
    }, describe);
  const reload = (): void => {
    setValues(valuesOf(props.opinion, props.questions));
    setVersion(props.opinion?.version ?? 0);
    setStale(false);
    form.showErrors({ fields: {}, form: null });
  };

  const text = (
    field: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    rows?: number,
    hint?: string,
  ) => (
    <FormField
      id={id(field)}
      label={label}
      value={value}
      onChange={onChange}
      rows={rows}
      hint={hint}
      error={errors.fields[id(field)]}
    />
  );
  return (
    <form
      ref={form.formRef}
      noValidate
      aria-describedby={`${prefix}-intro`}
      onSubmit={(event) => {
        event.preventDefault();
        void onSave();
      }}
    >
      <p id={`${prefix}-intro`} className="muted">
        {props.opinion
          ? t('opinion.draftLine', {
              version: version,
              name: props.opinion.lastEditedBy?.fullName ?? '',
            })
          : t('opinion.noDraftYet')}
      </p>
      <FormError id={`${prefix}-form-error`} message={errors.form} />
      {stale && (
        <p>
          <button type="button" className="secondary" onClick={reload}>
            {t('opinion.loadLatest')}
          </button>
        </p>
      )}
      <FormField
        id={id('diagnosisAssessment')}
        label={t('opinion.diagnosis')}
        value={values.diagnosisAssessment}
        onChange={(value) =>
          change({ diagnosisAssessment: value as OpinionValues['diagnosisAssessment'] })
        }
        options={[
          { value: '', label: t('opinion.choose') },
          { value: 'CONFIRMED', label: t('opinion.assessment.CONFIRMED') },
          { value: 'REVISED', label: t('opinion.assessment.REVISED') },
        ]}
        error={errors.fields[id('diagnosisAssessment')]}
      />
      {values.diagnosisAssessment === 'REVISED' && (
        <>
          {text('revisedDiagnosis', t('opinion.revisedDiagnosis'), values.revisedDiagnosis, (v) =>
            change({ revisedDiagnosis: v }),
          )}
          {text(
            'revisedDiagnosisCode',
            t('opinion.revisedDiagnosisCode'),
            values.revisedDiagnosisCode,
            (v) => change({ revisedDiagnosisCode: v }),
            undefined,
            t('opinion.codeHint'),
          )}
        </>
      )}
      {text(
        'recommendedTreatment',
        t('opinion.treatment'),
        values.recommendedTreatment,
        (v) => change({ recommendedTreatment: v }),
        4,
      )}

      <section aria-labelledby={`${prefix}-alternatives-title`} id={id('alternatives')}>
        <h4 id={`${prefix}-alternatives-title`}>{t('opinion.alternatives')}</h4>
        {errors.fields[id('alternatives')] && (
          <FieldError
            id={`${id('alternatives')}-error`}
            message={errors.fields[id('alternatives')]!}
          />
        )}
        {values.alternatives.map((row, index) => {
          const label = t('opinion.alternativeNumbered', { number: index + 1 });
          const update = (patch: Partial<typeof row>): void =>
            change({
              alternatives: values.alternatives.map((item) =>
                item.key === row.key ? { ...item, ...patch } : item,
              ),
            });
          return (
            <fieldset key={row.key}>
              <legend>{label}</legend>
              {text(`alternatives[${index}].option`, t('opinion.option'), row.option, (v) =>
                update({ option: v }),
              )}
              {text(
                `alternatives[${index}].pros`,
                t('opinion.pros'),
                row.pros,
                (v) => update({ pros: v }),
                2,
              )}
              {text(
                `alternatives[${index}].cons`,
                t('opinion.cons'),
                row.cons,
                (v) => update({ cons: v }),
                2,
              )}
              <p>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    change({
                      alternatives: values.alternatives.filter((item) => item.key !== row.key),
                    })
                  }
                >
                  {t('opinion.remove')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </p>
            </fieldset>
          );
        })}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              change({
                alternatives: [
                  ...values.alternatives,
                  { key: rowKey(), option: '', pros: '', cons: '' },
                ],
              })
            }
          >
            {t('opinion.addAlternative')}
          </button>
        </p>
      </section>

      <section aria-labelledby={`${prefix}-answers-title`}>
        <h4 id={`${prefix}-answers-title`}>{t('opinion.answers')}</h4>
        {props.questions.length === 0 && <p className="muted">{t('opinion.noQuestions')}</p>}
        {props.questions.map((question, index) => (
          <FormField
            key={index}
            id={id(`answers[${index}].answer`)}
            label={t('opinion.questionNumbered', { number: index + 1, question })}
            value={values.answers[index] ?? ''}
            onChange={(value) =>
              change({
                answers: values.answers.map((answer, at) => (at === index ? value : answer)),
              })
            }
            rows={3}
            error={errors.fields[id(`answers[${index}].answer`)]}
          />
        ))}
      </section>

      <section aria-labelledby={`${prefix}-tests-title`}>
        <h4 id={`${prefix}-tests-title`}>{t('opinion.furtherTests')}</h4>
        <p className="hint">{t('opinion.testsHint')}</p>
        {values.furtherTests.map((row, index) => {
          const label = t('opinion.testNumbered', { number: index + 1 });
          return (
            <div key={row.key}>
              {text(`furtherTests[${index}]`, label, row.value, (v) =>
                change({
                  furtherTests: values.furtherTests.map((item) =>
                    item.key === row.key ? { ...item, value: v } : item,
                  ),
                }),
              )}
              <p>
                <button
                  type="button"
                  className="secondary"
                  onClick={() =>
                    change({
                      furtherTests: values.furtherTests.filter((item) => item.key !== row.key),
                    })
                  }
                >
                  {t('opinion.remove')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </p>
            </div>
          );
        })}
        <p>
          <button
            type="button"
            className="secondary"
            onClick={() =>
              change({ furtherTests: [...values.furtherTests, { key: rowKey(), value: '' }] })
            }
          >
            {t('opinion.addTest')}
          </button>
        </p>
      </section>

      {text('notes', t('opinion.notes'), values.notes, (v) => change({ notes: v }), 3)}

      <p className="toolbar">
        <button type="submit" className="secondary" disabled={form.busy}>
          {t('opinion.saveDraft')}
        </button>
      </p>
      <p role="status" className="muted">
        {savedAt ? t('opinion.savedAt', { time: formatDateTime(savedAt, i18n.language) }) : ''}
      </p>

      <section aria-labelledby={`${prefix}-sign-title`}>
        <h4 id={`${prefix}-sign-title`}>{t('opinion.signTitle')}</h4>
        {props.canSign ? (
          <>
            <p>{t(props.mode === 'own' ? 'opinion.signIntro' : 'opinion.signConsensusIntro')}</p>
            <FormField
              id={id('typedFullName')}
              label={t('opinion.typedFullName')}
              hint={t('opinion.typedFullNameHint', { name: props.accountName })}
              value={typedName}
              onChange={setTypedName}
              autoComplete="name"
              error={errors.fields[id('typedFullName')]}
            />
            <p>
              <button type="button" disabled={form.busy} onClick={() => void onSign()}>
                {t('opinion.sign')}
              </button>
            </p>
          </>
        ) : (
          <p className="muted">{t('opinion.chairSigns')}</p>
        )}
      </section>
    </form>
  );
}
