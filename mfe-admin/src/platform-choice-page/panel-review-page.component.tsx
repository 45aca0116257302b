import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFragment } from '../gql';
import { PanelChooser } from './panel-chooser.component';
import { PANEL_SUGGESTION_REVIEW, SPECIALIST_MATCH } from './platform-choice-queries';
import './platform-choice-strings';

/**
 * The review of one case whose patient asked Consilium to choose: what the patient asked for,
 * then the suggested panel with every score explained, which staff change and confirm.
 */
export function PanelReviewPage(): ReactElement {
  const { t } = useTranslation('admin');
  const { caseId = '' } = useParams();
  const [confirmed, setConfirmed] = useState<string[] | null>(null);
  const { data, loading, error, refetch } = useQuery(PANEL_SUGGESTION_REVIEW, {
    variables: { caseId },
    fetchPolicy: 'network-only',
  });
  const suggestion = data?.case.panelSuggestion ?? null;
  const suggested = useFragment(SPECIALIST_MATCH, suggestion?.suggested ?? []);
  const alternatives = useFragment(SPECIALIST_MATCH, suggestion?.alternatives ?? []);
  if (!data) {
    return (
      <QueryStatus
        title={t('pc.reviewTitle')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  const panel = found.panel;
  return (
    <section aria-labelledby="review-title" className="page">
      <p>
        <Link to="/platform-choice">{t('pc.back')}</Link>
      </p>
      <h1 id="review-title">{t('pc.reviewOf', { name: found.patient.fullName })}</h1>
      <PartialDataNotice error={error} />
      <dl className="facts">
        <dt>{t('pc.complaint')}</dt>
        <dd>{found.presentingComplaint ?? t('none')}</dd>
        {panel && (
          <>
            <dt>{t('pc.asked')}</dt>
            <dd>
              {t('pc.seats', { count: panel.seats })}
              {panel.preferredSpecialties.length > 0 &&
                ` · ${panel.preferredSpecialties.join(', ')}`}
            </dd>
            <dt>{t('pc.preferredLanguages')}</dt>
            <dd>{panel.preferredLanguages.join(', ') || t('none')}</dd>
          </>
        )}
        {found.questions.length > 0 && (
          <>
            <dt>{t('pc.questions')}</dt>
            <dd>
              <ol>
                {found.questions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
      </dl>
      {confirmed ? (
        <div role="status" className="notice">
          <p>
            {t('pc.confirmed', { name: found.patient.fullName, doctors: confirmed.join(', ') })}
          </p>
        </div>
      ) : !panel || panel.mode !== 'PLATFORM_CHOOSES' || panel.members.length > 0 ? (
        <p className="notice">{t('pc.notWaiting')}</p>
      ) : !suggestion ? (
        <p className="error">{t('pc.noSuggestion')}</p>
      ) : (
        <PanelChooser
          caseId={found.id}
          specialties={suggestion.specialties}
          suggested={suggested}
          alternatives={alternatives}
          onConfirmed={setConfirmed}
        />
      )}
    </section>
  );
}
