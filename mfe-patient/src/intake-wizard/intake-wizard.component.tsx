import { useMutation } from '@apollo/client/react';
import { todayIn } from '@consilium/validation';
import { formatDateTime, FormError, NO_ERRORS } from '@consilium/web-kit';
import { useEffect, useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { IntakeSummary } from '../case-summary/intake-summary.component';
import { formErrorsFrom, serverFailure, type FieldProblem } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import type { FragmentType } from '../gql';
import type { INTAKE_SUMMARY } from '../case-summary/intake-summary.component';
import { forgetLocalCopy, localCopy } from './draft-store';
import { IntakeProblems } from './intake-problems.component';
import { RequiredReports } from '../required-reports/required-reports.component';
import { CaseDocuments } from '../report-uploads/case-documents.component';
import { UploadsPending } from '../report-uploads/uploads-pending.component';
import { IntakeProgress } from './intake-progress.component';
import { SUBMIT_CASE } from './intake-queries';
import { INTAKE_STEPS, REPORTS_STEP, STEP_COUNT } from './intake-steps';
import { intakeFromCase, stepValues, type IntakeValues, type StoredIntake } from './intake-values';
import { SaveStatusLine } from './save-status.component';
import { ComplaintStep } from './steps/complaint-step.component';
import { DoctorStep } from './steps/doctor-step.component';
import { HistoryStep } from './steps/history-step.component';
import { LocationStep } from './steps/location-step.component';
import { QuestionsStep } from './steps/questions-step.component';
import { ReasonStep } from './steps/reason-step.component';
import { ReportsStep } from './steps/reports-step.component';
import type { StepProps } from './steps/step-props';
import { useDraftSaver } from './use-draft-saver';

const STEP_COMPONENTS: Record<number, (props: StepProps) => ReactElement> = {
  1: ComplaintStep,
  2: HistoryStep,
  3: DoctorStep,
  4: ReasonStep,
  5: QuestionsStep,
  6: ReportsStep,
  7: LocationStep,
};

/** What was restored from this browser when the wizard opened. */
interface Restored {
  steps: number[];
  /** when the newest of them was typed */
  at: string;
}

/**
 * The stored history, with any step typed in this browser after the server's last save (a
 * reload, or a save that never arrived) taken from the local copy instead.
 */
function startingValues(
  caseId: string,
  stored: StoredIntake,
  draftSavedAt: string | null | undefined,
): { values: IntakeValues; restored: Restored | null } {
  let values = intakeFromCase(stored);
  const steps: number[] = [];
  let at = '';
  const serverTime = draftSavedAt ? Date.parse(draftSavedAt) : 0;
  for (const step of INTAKE_STEPS) {
    const local = localCopy(caseId, step.number);
    if (!local) continue;
    if (Date.parse(local.savedAt) > serverTime) {
      values = { ...values, ...local.values };
      steps.push(step.number);
      if (local.savedAt > at) at = local.savedAt;
    } else {
      forgetLocalCopy(caseId, step.number);
    }
  }
  return { values, restored: steps.length > 0 ? { steps, at } : null };
}

/**
 * The case history wizard of one DRAFT case, at one step: progress, the step's fields, Back and
 * Next (each saves the step), the save status, and on the last step the review with what is
 * still missing and Submit.
 */
export function IntakeWizard(props: {
  caseId: string;
  step: number;
  patientId: string;
  stored: StoredIntake;
  draftSavedAt: string | null | undefined;
  problems: readonly FieldProblem[];
  summary: FragmentType<typeof INTAKE_SUMMARY>;
}): ReactElement {
  const { caseId, step } = props;
  const { t, i18n } = useTranslation('patient');
  const navigate = useNavigate();
  const location = useLocation();
  const form = usePageForm();
  const [start] = useState(() => startingValues(caseId, props.stored, props.draftSavedAt));
  const [values, setValues] = useState<IntakeValues>(start.values);
  const [restored, setRestored] = useState<Restored | null>(start.restored);
  const valuesRef = useRef<IntakeValues | null>(start.values);
  const [busy, setBusy] = useState(false);
  const [submitProblems, setSubmitProblems] = useState<FieldProblem[] | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitCase] = useMutation(SUBMIT_CASE);
  const today = todayIn();

  const showProblems = (problems: FieldProblem[]): void =>
    form.showErrors(
      formErrorsFrom(
        problems,
        i18n.language,
        (id) => Boolean(form.formRef.current?.querySelector(`[id="${id}"]`)),
        t('wizard.fixProblems'),
      ),
    );
  const saver = useDraftSaver({ caseId, valuesRef, today, onProblems: showProblems });

  // What was restored from this browser still has to reach the server.
  useEffect(() => {
    for (const restoredStep of start.restored?.steps ?? []) saver.changed(restoredStep);
  }, [start, saver.changed]);

  // A new step: its heading (or the field a "missing" link points to) takes focus.
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) {
      firstStep.current = false;
      return;
    }
    const focusId = (location.state as { focus?: string } | null)?.focus;
    const target = focusId ? document.getElementById(focusId) : null;
    if (target?.matches('input, select, textarea, [tabindex]')) target.focus();
    else document.getElementById('step-title')?.focus();
  }, [step, location.state]);

  const update = (patch: Partial<IntakeValues>): void => {
    const next = { ...valuesRef.current!, ...patch };
    valuesRef.current = next;
    setValues(next);
    saver.changed(step);
  };

  const go = async (target: number, focusId?: string): Promise<void> => {
    if (busy) return;
    setBusy(true);
    const outcome = await saver.saveNow(step, true);
    setBusy(false);
    if (outcome === 'invalid') return;
    form.showErrors(NO_ERRORS);
    setRestored(null);
    setSubmitProblems(null);
    setSubmitError(null);
    navigate(`/cases/${caseId}/intake/${target}`, { state: focusId ? { focus: focusId } : null });
  };

  // The version saved before the restored one, should the user prefer it.
  const [serverValues] = useState(() => intakeFromCase(props.stored));
  const discardRestored = (): void => {
    if (!restored) return;
    let next = valuesRef.current!;
    for (const restoredStep of restored.steps) {
      next = { ...next, ...stepValues(serverValues, restoredStep) };
    }
    valuesRef.current = next;
    setValues(next);
    // The restored copy may have reached the server meanwhile: save the earlier version back.
    for (const restoredStep of restored.steps) saver.changed(restoredStep);
    setRestored(null);
  };

  const submit = async (): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setSubmitProblems(null);
    setSubmitError(null);
    try {
      for (const unsaved of INTAKE_STEPS) {
        const outcome = await saver.saveNow(unsaved.number, unsaved.number === step);
        if (outcome === 'invalid' && unsaved.number !== step) {
          setSubmitError(t('wizard.fixStepFirst', { step: unsaved.number }));
          return;
        }
        if (outcome !== 'saved') {
          if (outcome === 'kept') setSubmitError(t('wizard.submitNotSaved'));
          return;
        }
      }
      await submitCase({ variables: { caseId } });
      navigate(`/cases/${caseId}/consent`);
    } catch (error) {
      const failure = serverFailure(error);
      if (failure.code === 'BAD_USER_INPUT' && failure.problems.length > 0) {
        setSubmitProblems(failure.problems);
      } else if (failure.code === 'FORBIDDEN' || failure.code === 'CONFLICT') {
        setSubmitError(failure.message);
      } else {
        if (failure.code !== 'NETWORK') console.error('Consilium: submitting failed', error);
        setSubmitError(t('error.UNEXPECTED'));
      }
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (submitProblems || submitError) document.getElementById('submit-outcome')?.focus();
  }, [submitProblems, submitError]);

  const Step = STEP_COMPONENTS[step]!;
  const stepKey = INTAKE_STEPS[step - 1]!.key;
  const last = step === STEP_COUNT;
  return (
    <>
      <IntakeProgress caseId={caseId} step={step} onGo={(target) => void go(target)} />
      {restored && (
        <div className="card notice" role="status">
          <p>{t('wizard.restored', { time: formatDateTime(restored.at, i18n.language) })}</p>
          <button type="button" className="secondary" onClick={discardRestored}>
            {t('wizard.discardRestored')}
          </button>
        </div>
      )}
      <form
        ref={form.formRef}
        noValidate
        aria-labelledby="step-title"
        className="wizard-step"
        onSubmit={(event) => {
          event.preventDefault();
          if (last) void submit();
          else void go(step + 1);
        }}
      >
        <h2 id="step-title" tabIndex={-1}>
          {t('wizard.stepTitle', { step, count: STEP_COUNT, name: t(`wizard.step.${stepKey}`) })}
        </h2>
        <FormError id="intake-error" message={form.errors.form} />
        <Step caseId={caseId} values={values} update={update} errors={form.errors.fields} />
        {last && (
          <section aria-labelledby="review-title" className="review">
            <h2 id="review-title">{t('wizard.reviewTitle')}</h2>
            <p>{t('wizard.reviewIntro')}</p>
            <IntakeSummary data={props.summary} headingLevel={3} />
            <RequiredReports caseId={caseId} headingLevel={3} />
            <CaseDocuments caseId={caseId} headingLevel={3}>
              <UploadsPending caseId={caseId}>
                <p>
                  <a
                    href={`/patient/cases/${caseId}/intake/${REPORTS_STEP}`}
                    onClick={(event) => {
                      event.preventDefault();
                      void go(REPORTS_STEP);
                    }}
                  >
                    {t('wizard.fixInStep', {
                      step: REPORTS_STEP,
                      name: t('wizard.step.reports'),
                    })}
                  </a>
                </p>
              </UploadsPending>
            </CaseDocuments>
            <IntakeProblems
              caseId={caseId}
              problems={props.problems}
              patientId={props.patientId}
              onGo={(target, focusId) => void go(target, focusId)}
            />
            <div id="submit-outcome" tabIndex={-1}>
              {submitProblems && (
                <IntakeProblems
                  alert
                  caseId={caseId}
                  problems={submitProblems}
                  patientId={props.patientId}
                  onGo={(target, focusId) => void go(target, focusId)}
                />
              )}
              {submitError && (
                <div role="alert" className="error">
                  <p>{submitError}</p>
                </div>
              )}
            </div>
          </section>
        )}
        <p className="wizard-nav">
          {step > 1 && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => void go(step - 1)}
            >
              {t('wizard.back')}
            </button>
          )}{' '}
          <button type="submit" disabled={busy}>
            {last ? t('wizard.submit') : t('wizard.next')}
          </button>
        </p>
        <SaveStatusLine status={saver.status} onRetry={saver.retryNow} />
      </form>
      <p>
        <Link to={`/cases/${caseId}`}>{t('wizard.leave')}</Link>
      </p>
    </>
  );
}
