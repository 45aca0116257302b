import { CombinedGraphQLErrors } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { describeProblem, MESSAGES, type Problem, type RuleKey } from '@consilium/validation';
import { FormError, FormField, useFormState, type FormErrors } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { opinionErrors } from './opinion-form';
import { VOTE_ON_CONSENSUS, type DoctorDissentMatrix } from './opinion-queries';

const LEVELS = ['AGREE', 'PARTLY', 'DISAGREE'] as const;
type Level = (typeof LEVELS)[number];
type MatrixRow = DoctorDissentMatrix['rows'][number];

/** The element-id part of a row: `treatment` or `q<index>`. */
const rowPart = (row: MatrixRow): string =>
  row.topic === 'RECOMMENDED_TREATMENT' ? 'treatment' : `q${row.questionIndex ?? 0}`;

/**
 * The dissent matrix as a board member fills it in: for the recommended treatment and each of
 * the patient's questions, the consensus text, the member's vote (agree, partly, disagree) and a
 * short reason (required unless they agree), and how the rest of the board has voted so far.
 * Votes count for the version read; a row whose text changes must be voted on again.
 */
export function VoteGrid(props: {
  caseId: string;
  consensusVersion: number;
  matrix: DoctorDissentMatrix;
  specialistId: string;
  onChanged: () => Promise<unknown>;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const mine = (row: MatrixRow) =>
    row.votes.find((vote) => vote.specialist.id === props.specialistId);
  const [choices, setChoices] = useState<Record<string, { level: Level | ''; reason: string }>>(
    () =>
      Object.fromEntries(
        props.matrix.rows.map((row) => [
          rowPart(row),
          { level: (mine(row)?.level as Level | undefined) ?? '', reason: mine(row)?.reason ?? '' },
        ]),
      ),
  );
  const [saved, setSaved] = useState(false);
  const form = useFormState();
  const [vote] = useMutation(VOTE_ON_CONSENSUS);
  const votable = props.matrix.rows.filter((row) => row.statement);

  const describe =
    (sent: string[]) =>
    (error: unknown): FormErrors => {
      const listed = CombinedGraphQLErrors.is(error)
        ? ((error.errors[0]?.extensions?.['problems'] as Problem[] | undefined) ?? [])
        : [];
      const base = opinionErrors(
        error,
        'vote',
        () => false,
        (key, options) => t(key, options ?? {}),
        i18n.language,
      );
      if (listed.length === 0) return base;
      const fields: Record<string, string> = {};
      const lang = i18n.language.startsWith('hi') ? 'hi' : 'en';
      for (const item of listed) {
        const match = /votes\[(\d+)\]\.(\w+)/.exec(item.field);
        const part = match ? sent[Number(match[1])] : undefined;
        if (!part || !(item.rule in MESSAGES.en)) continue;
        fields[`vote-${part}-reason`] = describeProblem(
          { ...item, rule: item.rule as RuleKey },
          lang,
        );
      }
      return { fields, form: t('opinion.error.fix', { count: listed.length }) };
    };

  const onSubmit = (): Promise<void> => {
    const chosen = votable.filter((row) => choices[rowPart(row)]?.level);
    const sent = chosen.map(rowPart);
    return form.submit(async () => {
      setSaved(false);
      await vote({
        variables: {
          input: {
            caseId: props.caseId,
            consensusVersion: props.consensusVersion,
            votes: chosen.map((row) => {
              const choice = choices[rowPart(row)]!;
              return {
                topic: row.topic,
                questionIndex: row.questionIndex,
                level: choice.level as Level,
                reason: choice.level === 'AGREE' ? null : choice.reason || null,
              };
            }),
          },
        },
      });
      setSaved(true);
      await props.onChanged();
    }, describe(sent));
  };

  return (
    <form
      ref={form.formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <p>{t('opinion.vote.intro', { version: props.consensusVersion })}</p>
      <FormError id="vote-form-error" message={form.errors.form} />
      {props.matrix.rows.map((row) => {
        const part = rowPart(row);
        const choice = choices[part] ?? { level: '', reason: '' };
        const others = row.votes.filter((item) => item.specialist.id !== props.specialistId);
        const legend =
          row.topic === 'RECOMMENDED_TREATMENT'
            ? t('opinion.treatment')
            : t('opinion.questionNumbered', {
                number: (row.questionIndex ?? 0) + 1,
                question: row.question ?? '',
              });
        return (
          <fieldset key={part}>
            <legend>{legend}</legend>
            {row.statement ? (
              <>
                <p>
                  <span className="muted">{t('opinion.vote.consensusSays')}</span> {row.statement}
                </p>
                <div role="radiogroup" aria-label={t('opinion.vote.yourVote', { row: legend })}>
                  {LEVELS.map((level) => (
                    <label key={level} className="choice">
                      <input
                        type="radio"
                        name={`vote-${part}-level`}
                        value={level}
                        checked={choice.level === level}
                        onChange={() =>
                          setChoices((now) => ({ ...now, [part]: { ...choice, level } }))
                        }
                      />
                      <span>{t(`opinion.vote.level.${level}`)}</span>
                    </label>
                  ))}
                </div>
                {choice.level && choice.level !== 'AGREE' && (
                  <FormField
                    id={`vote-${part}-reason`}
                    label={t('opinion.vote.reason')}
                    hint={t('opinion.vote.reasonHint')}
                    value={choice.reason}
                    rows={2}
                    onChange={(reason) =>
                      setChoices((now) => ({ ...now, [part]: { ...choice, reason } }))
                    }
                    error={form.errors.fields[`vote-${part}-reason`]}
                  />
                )}
                <p className="muted">
                  {others.length === 0
                    ? t('opinion.vote.noOthers')
                    : others
                        .map((item) =>
                          t(`opinion.vote.says.${item.level}`, { name: item.specialist.fullName }),
                        )
                        .join('; ')}
                </p>
              </>
            ) : (
              <p className="muted">{t('opinion.vote.noText')}</p>
            )}
          </fieldset>
        );
      })}
      <p>
        <button type="submit" disabled={form.busy || votable.length === 0}>
          {t('opinion.vote.save')}
        </button>
      </p>
      <p role="status" className="muted">
        {saved ? t('opinion.vote.saved') : ''}
      </p>
    </form>
  );
}
