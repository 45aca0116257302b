import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DissentMatrixView } from './dissent-matrix.component';
import { OpinionDetails } from './opinion-details.component';
import { PATIENT_CASE_OPINIONS } from './opinions-queries';
import './opinions-strings';

/**
 * `/cases/:caseId/opinions`: the specialists' signed opinions on a case, for the patient or their
 * proxy. For a board, its agreed (consensus) opinion comes first, with where the board agrees and
 * where it does not, then each member's own opinion; while opinions are missing, how many of the
 * panel have signed.
 */
export function OpinionsPage(): ReactElement {
  const { t } = useTranslation('patient');
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(PATIENT_CASE_OPINIONS, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('opinions.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const opinions = found.opinions ?? [];
  const progress = found.opinionProgress;
  const consensus = opinions.find((opinion) => opinion.kind === 'CONSENSUS');
  const own = opinions.filter((opinion) => opinion.kind === 'INDIVIDUAL');
  const board = progress?.panelMode === 'BOARD';
  const panelSize = progress?.panel.length ?? 0;
  return (
    <section aria-labelledby="opinions-title" className="page">
      <p>
        <Link to={`/cases/${found.id}`}>{t('opinions.back')}</Link>
      </p>
      <h1 id="opinions-title">{t('opinions.titleFor', { name: found.patient.fullName })}</h1>
      <PartialDataNotice error={error} />
      {progress?.complete ? (
        <p>{t(board ? 'opinions.readyBoard' : 'opinions.ready')}</p>
      ) : (
        <p role="status">
          {t(board ? 'opinions.waitingBoard' : 'opinions.waiting', {
            signed: own.length,
            count: panelSize,
          })}
        </p>
      )}
      {consensus && (
        <section aria-labelledby="consensus-heading">
          <h2 id="consensus-heading">{t('opinions.consensusTitle')}</h2>
          <p>{t('opinions.consensusIntro', { chair: progress?.chair?.fullName ?? '' })}</p>
          <OpinionDetails
            opinion={consensus}
            titleId="consensus-opinion-title"
            title={t('opinions.consensusOpinion')}
            headingLevel={3}
          />
          {consensus.dissentMatrix && (
            <section aria-labelledby="matrix-heading">
              <h3 id="matrix-heading">{t('opinions.matrix.title')}</h3>
              <p>{t('opinions.matrix.intro')}</p>
              <DissentMatrixView matrix={consensus.dissentMatrix} />
            </section>
          )}
        </section>
      )}
      {own.length > 0 && (
        <section aria-labelledby="own-heading">
          <h2 id="own-heading">
            {t(board ? 'opinions.membersTitle' : 'opinions.specialistsTitle')}
          </h2>
          {own.map((opinion) => (
            <OpinionDetails
              key={opinion.id}
              opinion={opinion}
              titleId={`opinion-${opinion.id}-title`}
              title={t('opinions.ofSpecialist', {
                name: opinion.specialist?.fullName ?? opinion.signerName ?? '',
                specialty: opinion.specialist?.specialty ?? '',
              })}
              headingLevel={3}
            />
          ))}
        </section>
      )}
    </section>
  );
}
