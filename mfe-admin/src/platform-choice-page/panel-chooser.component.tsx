import { useMutation } from '@apollo/client/react';
import { FieldError, FormError, mutationProblem } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecialistMatchFieldsFragment } from '../gql/graphql';
import { MatchCard } from './match-card.component';
import { CONFIRM_PLATFORM_PANEL } from './platform-choice-queries';
import { SwapIn } from './swap-in.component';

type Match = SpecialistMatchFieldsFragment;

/** The mode a panel of this size gets (1 single, 2 several, 3 or more a board). */
function modeOf(size: number): 'SINGLE' | 'MULTIPLE' | 'BOARD' {
  return size <= 1 ? 'SINGLE' : size === 2 ? 'MULTIPLE' : 'BOARD';
}

/**
 * The panel staff confirm for a case: it starts as the platform's suggestion; each doctor can be
 * removed, and each other candidate added or swapped in for a chosen one. Confirming asks the
 * chosen specialists; a refusal is shown at the panel (a doctor who cannot be chosen) or above
 * it (the case no longer waits for a choice).
 * @param props.caseId - the case
 * @param props.specialties - the specialties the suggestion is formed from
 * @param props.suggested - the suggested panel, in seat order
 * @param props.alternatives - the next best candidates
 * @param props.onConfirmed - called with the names of the doctors asked
 */
export function PanelChooser(props: {
  caseId: string;
  specialties: readonly string[];
  suggested: readonly Match[];
  alternatives: readonly Match[];
  onConfirmed: (doctors: string[]) => void;
}): ReactElement {
  const { t } = useTranslation('admin');
  const pool = [...props.suggested, ...props.alternatives].filter(
    (match, index, all) =>
      all.findIndex((other) => other.specialist.id === match.specialist.id) === index,
  );
  const [chosenIds, setChosenIds] = useState(() => props.suggested.map((m) => m.specialist.id));
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [confirm, { loading }] = useMutation(CONFIRM_PLATFORM_PANEL, {
    refetchQueries: ['PanelsAwaitingPlatformChoice'],
  });
  const chosen = chosenIds
    .map((id) => pool.find((match) => match.specialist.id === id))
    .filter((match): match is Match => Boolean(match));
  const candidates = pool.filter((match) => !chosenIds.includes(match.specialist.id));
  const change = (next: string[]): void => {
    setChosenIds(next);
    setFieldError(null);
    setFormError(null);
  };

  const submit = async (): Promise<void> => {
    setFieldError(null);
    setFormError(null);
    if (chosenIds.length === 0) {
      setFieldError(t('pc.error.empty'));
      return;
    }
    try {
      await confirm({ variables: { caseId: props.caseId, specialistIds: chosenIds } });
      props.onConfirmed(chosen.map((match) => match.specialist.fullName));
    } catch (error) {
      const problem = mutationProblem(error);
      if (problem.code === 'BAD_USER_INPUT') setFieldError(problem.message);
      else if (problem.code === 'CONFLICT')
        setFormError(t('pc.error.conflict', { message: problem.message }));
      else if (problem.code === 'NETWORK') setFormError(t('error.network'));
      else setFormError(problem.message || t('error.unexpected'));
    }
  };

  const panelErrorId = 'chosen-panel-error';
  return (
    <>
      <section
        aria-labelledby="chosen-title"
        aria-describedby={fieldError ? panelErrorId : undefined}
      >
        <h2 id="chosen-title">
          {t('pc.chosenTitle', {
            count: chosen.length,
            mode: t(`common:mode.${modeOf(chosen.length)}`),
          })}
        </h2>
        <p className="muted">
          {t('pc.formedFrom', { specialties: props.specialties.join(', ') || t('none') })}
        </p>
        {fieldError && (
          <div role="alert">
            <FieldError id={panelErrorId} message={fieldError} />
          </div>
        )}
        {chosen.length === 0 ? (
          <p>{t('pc.emptyPanel')}</p>
        ) : (
          <div className="card-list">
            {chosen.map((match) => (
              <MatchCard key={match.specialist.id} match={match}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => change(chosenIds.filter((id) => id !== match.specialist.id))}
                >
                  {t('pc.remove')}
                  <span className="visually-hidden"> {match.specialist.fullName}</span>
                </button>
              </MatchCard>
            ))}
          </div>
        )}
        <FormError id="confirm-panel-error" message={formError} />
        <p className="toolbar">
          <button type="button" disabled={loading} onClick={() => void submit()}>
            {t('pc.confirm', { count: chosen.length })}
          </button>
        </p>
      </section>
      <section aria-labelledby="candidates-title">
        <h2 id="candidates-title">{t('pc.candidatesTitle')}</h2>
        {candidates.length === 0 ? (
          <p>{t('pc.noCandidates')}</p>
        ) : (
          <div className="card-list">
            {candidates.map((match) => (
              <MatchCard key={match.specialist.id} match={match}>
                <button
                  type="button"
                  className="secondary"
                  onClick={() => change([...chosenIds, match.specialist.id])}
                >
                  {t('pc.add')}
                  <span className="visually-hidden"> {match.specialist.fullName}</span>
                </button>
                <SwapIn
                  candidateId={match.specialist.id}
                  candidateName={match.specialist.fullName}
                  panel={chosen.map((m) => ({
                    id: m.specialist.id,
                    fullName: m.specialist.fullName,
                  }))}
                  onSwap={(outId) =>
                    change(chosenIds.map((id) => (id === outId ? match.specialist.id : id)))
                  }
                />
              </MatchCard>
            ))}
          </div>
        )}
      </section>
    </>
  );
}
