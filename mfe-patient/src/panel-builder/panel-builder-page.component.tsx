import { useMutation, useQuery } from '@apollo/client/react';
import { FormError, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useRef, useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { serverFailure } from '../form-parts/field-problems';
import { usePageForm } from '../form-parts/form-parts';
import type { PanelBuilderQuery } from '../gql/graphql';
import {
  SpecialistDirectory,
  type DirectoryDoctor,
} from '../specialist-directory/specialist-directory.component';
import { ChosenDoctors } from './chosen-doctors.component';
import { FeeSummary } from './fee-summary.component';
import { PANEL_BUILDER, REQUEST_PANEL } from './panel-builder-queries';
import { PanelModeField } from './panel-mode-field.component';
import {
  NEW_PANEL,
  panelRequestErrors,
  repeatedSpecialties,
  seatsOf,
  toPanelRequestInput,
  type PanelDraft,
} from './panel-request';
import { PlatformPreferences } from './platform-preferences.component';
import './panel-strings';

/** Why doctors cannot be chosen for a case now, with where to go instead. */
function NotNow(props: { found: PanelBuilderQuery['case'] }): ReactElement {
  const { t } = useTranslation('patient');
  const { found } = props;
  const back = (
    <p>
      <Link to={`/cases/${found.id}`}>{t('panel.backToCase')}</Link>
    </p>
  );
  if (found.needsConsent) {
    return (
      <>
        <p>{t('panel.needsConsent')}</p>
        <p>
          <Link to={`/cases/${found.id}/consent`}>{t('case.signConsent')}</Link>
        </p>
      </>
    );
  }
  if (found.panel) {
    return (
      <>
        <p>{t('panel.alreadyChosen')}</p>
        {back}
      </>
    );
  }
  return (
    <>
      <p>{t('panel.notYet', { stage: t(`common:stage.${found.stage}`) })}</p>
      {back}
    </>
  );
}

/**
 * `/cases/:caseId/choose-doctors`: the patient (or their proxy) chooses how the case is reviewed
 * (one specialist, several, a board, or the platform chooses), adds doctors from the directory,
 * sees the fee change as the panel does and what it includes, and asks the doctors. Each attempt
 * has its own idempotency key, reused when the same request is tried again.
 */
export function PanelBuilderPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { caseId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(PANEL_BUILDER, {
    variables: { caseId },
    fetchPolicy: 'network-only',
  });
  const [requestPanel] = useMutation(REQUEST_PANEL);
  const [draft, setDraft] = useState<PanelDraft>(NEW_PANEL);
  const attempt = useRef<{ request: string; key: string } | null>(null);
  const form = usePageForm();
  if (!data) {
    return (
      <QueryStatus
        title={t('panel.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  // An error about the doctors (or the preferences) no longer holds once they change.
  const changed = (): void => {
    for (const id of Object.keys(form.errors.fields)) form.clearError(id);
  };
  const change = (update: Partial<PanelDraft>): void => {
    changed();
    setDraft((current) => ({ ...current, ...update }));
  };
  const chosen = (doctorId: string): boolean => draft.doctors.some((d) => d.id === doctorId);
  const add = (doctor: DirectoryDoctor): void => {
    changed();
    setDraft((current) => ({
      ...current,
      doctors: current.mode === 'SINGLE' ? [doctor] : [...current.doctors, doctor],
    }));
  };
  const remove = (doctorId: string): void => {
    changed();
    setDraft((current) => ({
      ...current,
      doctors: current.doctors.filter((doctor) => doctor.id !== doctorId),
    }));
  };
  const platform = draft.mode === 'PLATFORM_CHOOSES';
  const canChoose = !found.needsConsent && !found.panel && found.stage === 'CONSENTED';
  const submit = (): void => {
    const requestedPanel = toPanelRequestInput(draft);
    const request = JSON.stringify(requestedPanel);
    if (attempt.current?.request !== request) {
      attempt.current = { request, key: crypto.randomUUID() };
    }
    const { key } = attempt.current;
    void form.submit(
      async () => {
        await requestPanel({
          variables: { caseId: found.id, requestedPanel, idempotencyKey: key },
        });
        void navigate(`/cases/${found.id}`, { state: { panelRequested: true } });
      },
      (failure) => {
        return panelRequestErrors(serverFailure(failure), draft, t);
      },
    );
  };
  return (
    <section aria-labelledby="panel-title" className="page">
      <p>
        <Link to={`/cases/${found.id}`}>{t('panel.backToCase')}</Link>
      </p>
      <h1 id="panel-title">{t('panel.titleFor', { name: found.patient.fullName })}</h1>
      <PartialDataNotice error={error} />
      {!canChoose ? (
        <NotNow found={found} />
      ) : (
        <>
          <p>{t('panel.intro')}</p>
          <section aria-labelledby="panel-mode-title">
            <h2 id="panel-mode-title">{t('panel.step1')}</h2>
            <PanelModeField
              value={draft.mode}
              onChange={(mode) => change({ mode })}
              error={form.errors.fields['requestedPanel-mode']}
            />
          </section>
          {!platform && (
            <section aria-labelledby="panel-find-title">
              <h2 id="panel-find-title">{t('panel.step2')}</h2>
              <p>{t(draft.mode === 'BOARD' ? 'panel.findBoardHint' : 'panel.findHint')}</p>
              <SpecialistDirectory
                headingLevel={3}
                linkToProfile
                action={(doctor) =>
                  chosen(doctor.id) ? (
                    <button type="button" className="secondary" onClick={() => remove(doctor.id)}>
                      {t('panel.removeFromPanel', { name: doctor.fullName })}
                    </button>
                  ) : (
                    <button type="button" onClick={() => add(doctor)}>
                      {t(draft.mode === 'SINGLE' ? 'panel.choose' : 'panel.add', {
                        name: doctor.fullName,
                      })}
                    </button>
                  )
                }
              />
            </section>
          )}
          <form
            ref={form.formRef}
            noValidate
            aria-labelledby="panel-summary-title"
            onSubmit={(event) => {
              event.preventDefault();
              submit();
            }}
          >
            <h2 id="panel-summary-title">{t(platform ? 'panel.step2Platform' : 'panel.step3')}</h2>
            <FormError id="panel-error" message={form.errors.form} />
            {platform ? (
              <PlatformPreferences
                draft={draft}
                specialties={data.specialties}
                onChange={change}
                errors={form.errors.fields}
              />
            ) : (
              <ChosenDoctors
                mode={draft.mode as Exclude<PanelDraft['mode'], 'PLATFORM_CHOOSES'>}
                doctors={draft.doctors}
                repeated={repeatedSpecialties(draft)}
                onRemove={remove}
                error={form.errors.fields['requestedPanel-specialistIds']}
              />
            )}
            <FeeSummary seats={seatsOf(draft)} priceList={data.currentPriceList ?? null} />
            <p className="toolbar">
              <button type="submit" disabled={form.busy}>
                {t(platform ? 'panel.submitPlatform' : 'panel.submit')}
              </button>
            </p>
            <div role="status">{form.busy ? t('panel.sending') : ''}</div>
          </form>
        </>
      )}
    </section>
  );
}
