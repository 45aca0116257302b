import { useQuery } from '@apollo/client/react';
import { mutationProblem, PartialDataNotice, useViewer } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { OpinionEditor } from './opinion-editor.component';
import { DOCTOR_CASE_OPINIONS } from './opinion-queries';
import { OpinionView } from './opinion-view.component';
import { VoteGrid } from './vote-grid.component';
import './opinion-strings';

/**
 * The opinions on a specialist's case page (DESIGN.md journey step 7): their own opinion to
 * write, save as a draft and sign; for a board, the consensus any member drafts, the vote grid of
 * the dissent matrix and the chair's signature; and the colleagues' signed opinions. Shown to the
 * specialists of the confirmed panel; others (a GP, a specialist only asked) see nothing here.
 * @param props.caseId - the case
 */
export function CaseOpinions({ caseId }: { caseId: string }): ReactElement | null {
  const { t } = useTranslation('doctor');
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(DOCTOR_CASE_OPINIONS, {
    variables: { caseId },
    skip: !viewer?.specialistId,
    fetchPolicy: 'cache-and-network',
  });
  const specialistId = viewer?.specialistId;
  if (!specialistId) return null;
  if (!data) {
    if (error && mutationProblem(error).code === 'FORBIDDEN') return null;
    return error ? <PartialDataNotice error={error} /> : null;
  }
  const progress = data.case.opinionProgress;
  const opinions = data.case.opinions ?? [];
  if (!progress || !progress.panel.some((member) => member.id === specialistId)) return null;
  const board = progress.panelMode === 'BOARD';
  const own = opinions.find(
    (opinion) => opinion.kind === 'INDIVIDUAL' && opinion.specialist?.id === specialistId,
  );
  const consensus = opinions.find((opinion) => opinion.kind === 'CONSENSUS') ?? null;
  const colleagues = opinions.filter(
    (opinion) =>
      opinion.kind === 'INDIVIDUAL' &&
      opinion.status === 'SUBMITTED' &&
      opinion.specialist?.id !== specialistId,
  );
  const chair = progress.chair;
  const isChair = chair?.id === specialistId;
  const reload = () => refetch();
  const writable = progress.acceptingOpinions;
  return (
    <section aria-labelledby="opinions-title">
      <h2 id="opinions-title">{t('opinion.sectionTitle')}</h2>
      <PartialDataNotice error={error} />
      {progress.complete && (
        <p role="status" className="card">
          {t(board ? 'opinion.completeBoard' : 'opinion.complete')}
        </p>
      )}
      {!writable && !progress.complete && <p className="muted">{t('opinion.notActive')}</p>}

      <section aria-labelledby="own-opinion-title">
        <h3 id="own-opinion-title">{t('opinion.ownTitle')}</h3>
        {own?.status === 'SUBMITTED' ? (
          <OpinionView opinion={own} title={t('opinion.ownSigned')} headingLevel={4} />
        ) : writable ? (
          <OpinionEditor
            key="own"
            caseId={caseId}
            mode="own"
            questions={progress.questions}
            opinion={own ?? null}
            canSign
            accountName={viewer.displayName}
            onChanged={reload}
          />
        ) : null}
      </section>

      {board && (
        <section aria-labelledby="consensus-title">
          <h3 id="consensus-title">{t('opinion.consensusTitle')}</h3>
          <p>{t('opinion.consensusIntro', { chair: chair?.fullName ?? '' })}</p>
          {consensus?.status === 'SUBMITTED' ? (
            <OpinionView
              opinion={consensus}
              title={t('opinion.consensusSigned')}
              headingLevel={4}
            />
          ) : writable ? (
            <>
              <OpinionEditor
                key="consensus"
                caseId={caseId}
                mode="consensus"
                questions={progress.questions}
                opinion={consensus}
                canSign={isChair}
                accountName={viewer.displayName}
                onChanged={reload}
              />
              <h4 id="votes-title">{t('opinion.vote.title')}</h4>
              {consensus?.dissentMatrix ? (
                <VoteGrid
                  key={consensus.version}
                  caseId={caseId}
                  consensusVersion={consensus.version}
                  matrix={consensus.dissentMatrix}
                  specialistId={specialistId}
                  onChanged={reload}
                />
              ) : (
                <p className="muted">{t('opinion.vote.noConsensus')}</p>
              )}
            </>
          ) : null}
        </section>
      )}

      <section aria-labelledby="colleague-opinions-title">
        <h3 id="colleague-opinions-title">{t('opinion.colleaguesTitle')}</h3>
        {colleagues.length === 0 ? (
          <p className="muted">{t('opinion.noColleagues')}</p>
        ) : (
          colleagues.map((opinion) => (
            <OpinionView
              key={opinion.id}
              opinion={opinion}
              title={t('opinion.ofName', { name: opinion.specialist?.fullName ?? '' })}
              headingLevel={4}
            />
          ))
        )}
      </section>
    </section>
  );
}
