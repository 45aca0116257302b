import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { INTAKE_STEPS, STEP_COUNT } from './intake-steps';

/**
 * "Step n of 7" and the seven steps as links (the current one marked `aria-current="step"`); going
 * to another step saves this one first, as Next and Back do.
 */
export function IntakeProgress(props: {
  caseId: string;
  step: number;
  onGo: (step: number) => void;
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <nav aria-label={t('wizard.steps')} className="wizard-progress">
      <p>{t('wizard.stepOf', { step: props.step, count: STEP_COUNT })}</p>
      <ol>
        {INTAKE_STEPS.map((step) => (
          <li key={step.number}>
            <a
              href={`/patient/cases/${props.caseId}/intake/${step.number}`}
              aria-current={step.number === props.step ? 'step' : undefined}
              onClick={(event) => {
                event.preventDefault();
                if (step.number !== props.step) props.onGo(step.number);
              }}
            >
              {t(`wizard.step.${step.key}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
