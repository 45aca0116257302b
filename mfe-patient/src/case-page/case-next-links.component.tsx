import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { firstIncompleteStep } from '../intake-wizard/intake-steps';

/**
 * What the patient's side can do next with a case: continue a draft at its first incomplete step,
 * or sign the consent when it is needed (again).
 */
export function CaseNextLinks(props: {
  id: string;
  stage: string;
  needsConsent: boolean;
  intakeProblems: readonly { field: string }[];
}): ReactElement {
  const { t } = useTranslation('patient');
  return (
    <>
      {props.stage === 'DRAFT' && (
        <p>
          <Link to={`/cases/${props.id}/intake/${firstIncompleteStep(props.intakeProblems)}`}>
            {t('continueCase')}
          </Link>
        </p>
      )}
      {props.needsConsent && (
        <p>
          <Link to={`/cases/${props.id}/consent`}>{t('case.signConsent')}</Link>
        </p>
      )}
    </>
  );
}
