import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fieldDomId, problemMessage, type FieldProblem } from '../form-parts/field-problems';
import { INTAKE_STEPS, stepOfField } from './intake-steps';

/**
 * What is still missing before the case can be submitted, each linking to the step (or to the
 * registration page) where it is given.
 */
export function IntakeProblems(props: {
  problems: readonly FieldProblem[];
  caseId: string;
  patientId: string;
  onGo: (step: number, focusId: string) => void;
  /** an alert (after a refused submission) rather than a plain list */
  alert?: boolean;
}): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  if (props.problems.length === 0) return null;
  return (
    <div
      className={props.alert ? 'error form-error' : 'card'}
      role={props.alert ? 'alert' : undefined}
      tabIndex={props.alert ? -1 : undefined}
      id="intake-problems"
    >
      <h3>{t('wizard.missingTitle')}</h3>
      <ul>
        {props.problems.map((problem) => {
          const step = stepOfField(problem.field);
          const message = problemMessage(problem, i18n.language);
          return (
            <li key={`${problem.field}-${problem.rule}`}>
              {message}{' '}
              {step === null ? (
                <Link to={`/register/${props.patientId}`}>{t('wizard.fixInRegistration')}</Link>
              ) : (
                <a
                  href={`/patient/cases/${props.caseId}/intake/${step}`}
                  onClick={(event) => {
                    event.preventDefault();
                    props.onGo(
                      step,
                      fieldDomId(
                        problem.field.startsWith('intake.')
                          ? problem.field
                          : `intake.${problem.field}`,
                      ),
                    );
                  }}
                >
                  {t('wizard.fixInStep', {
                    step,
                    name: t(`wizard.step.${INTAKE_STEPS[step - 1]!.key}`),
                  })}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
