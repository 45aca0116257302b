import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useParams } from 'react-router';
import type { FieldProblem } from '../form-parts/field-problems';
import { useFragment } from '../gql';
import { INTAKE_CASE, INTAKE_CASE_FIELDS } from './intake-queries';
import { parseStep } from './intake-steps';
import { IntakeWizard } from './intake-wizard.component';

/**
 * `/cases/:caseId/intake/:step`: the case history wizard of a DRAFT case (a case already
 * submitted links to its page instead).
 */
export function IntakeWizardPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { caseId = '', step: rawStep } = useParams();
  const step = parseStep(rawStep);
  const { data, loading, error, refetch } = useQuery(INTAKE_CASE, {
    variables: { id: caseId },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  if (step === null) return <Navigate to={`/cases/${caseId}/intake/1`} replace />;
  if (!data) {
    return (
      <QueryStatus
        title={t('wizard.title')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const fields = useFragment(INTAKE_CASE_FIELDS, found);
  return (
    <section aria-labelledby="intake-title" className="page">
      <p>
        <Link to="/">{t('backToMyCases')}</Link>
      </p>
      <h1 id="intake-title">{t('wizard.titleFor', { name: found.patient.fullName })}</h1>
      <PartialDataNotice error={error} />
      {fields.stage !== 'DRAFT' ? (
        <>
          <p>{t('wizard.notDraft', { stage: t(`common:stage.${fields.stage}`) })}</p>
          <p>
            {fields.needsConsent && (
              <>
                <Link to={`/cases/${caseId}/consent`}>{t('case.signConsent')}</Link> ·{' '}
              </>
            )}
            <Link to={`/cases/${caseId}`}>{t('case.open')}</Link>
          </p>
        </>
      ) : (
        <IntakeWizard
          caseId={caseId}
          step={step}
          patientId={found.patient.id}
          stored={fields}
          draftSavedAt={fields.draftSavedAt}
          problems={fields.intakeProblems as FieldProblem[]}
          summary={found}
        />
      )}
    </section>
  );
}
