import { INTAKE_LIMITS } from '@consilium/validation';
import { FormField } from '@consilium/web-kit';
import { useEffect, useRef, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { GroupError } from '../../form-parts/choice-fields';
import { newRow } from '../intake-values';
import type { StepProps } from './step-props';

const NUMBER = new Intl.NumberFormat('en-IN');

/** "123 of 1,000 characters", or how many too many; near the limit also said aloud. */
function Counter(props: { text: string }): ReactElement {
  const { t } = useTranslation('patient');
  // characters as the server counts them (code points)
  const length = [...props.text].length;
  const max = INTAKE_LIMITS.question;
  const over = length - max;
  const said =
    over > 0
      ? t('wizard.tooMany', { count: over })
      : max - length <= 100
        ? t('wizard.charactersLeft', { count: max - length })
        : '';
  return (
    <>
      <span className={over > 0 ? 'field-error' : undefined}>
        {over > 0
          ? t('wizard.tooMany', { count: over })
          : t('wizard.characters', { length: NUMBER.format(length), max: NUMBER.format(max) })}
      </span>
      <span className="visually-hidden" aria-live="polite">
        {said}
      </span>
    </>
  );
}

/** Step 5: the patient's questions for the specialists: 1 to 10, each at most 1,000 characters. */
export function QuestionsStep({ values, update, errors }: StepProps): ReactElement {
  const { t } = useTranslation('patient');
  const questions = values.questions;
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    document.getElementById(`intake-questions-${questions.length - 1}`)?.focus();
  }, [questions.length]);
  const full = questions.length >= INTAKE_LIMITS.questions;
  return (
    <section aria-labelledby="intake-questions-title">
      <h3 id="intake-questions-title">{t('intake.questions')}</h3>
      <p className="hint">{t('wizard.questionsHint', { max: INTAKE_LIMITS.questions })}</p>
      <div id="intake-questions">
        <GroupError id="intake-questions" message={errors['intake-questions']} />
      </div>
      <ol className="question-list">
        {questions.map((row, index) => {
          const id = `intake-questions-${index}`;
          const label = t('wizard.questionN', { position: index + 1 });
          return (
            <li key={row._key}>
              <FormField
                id={id}
                label={label}
                rows={4}
                value={row['text'] ?? ''}
                onChange={(text) =>
                  update({
                    questions: questions.map((item, at) =>
                      at === index ? { ...item, text } : item,
                    ),
                  })
                }
                error={errors[id]}
                after={<Counter text={row['text'] ?? ''} />}
              />
              <p>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => update({ questions: questions.filter((_, at) => at !== index) })}
                >
                  {t('wizard.remove')}
                  <span className="visually-hidden"> {label}</span>
                </button>
              </p>
            </li>
          );
        })}
      </ol>
      <p>
        <button
          type="button"
          className="secondary"
          disabled={full}
          onClick={() => {
            added.current = true;
            update({ questions: [...questions, newRow({ text: '' })] });
          }}
        >
          {t('wizard.addQuestion')}
        </button>
        {full && (
          <span className="hint">
            {' '}
            {t('wizard.questionsFull', { max: INTAKE_LIMITS.questions })}
          </span>
        )}
      </p>
    </section>
  );
}
