import { useQuery } from '@apollo/client/react';
import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PanelMemberItem } from './panel-member-item.component';
import { PATIENT_CASE_PANEL } from './panel-status-queries';
import '../panel-builder/panel-strings';

/** How often to ask again while the stage follows a panel request (it changes through events). */
const SETTLE_POLL_MS = 1500;
/** How often to ask again while the doctors are answering. */
const ANSWER_POLL_MS = 30_000;
/** Stages in which a case has ended. */
const ENDED: ReadonlySet<string> = new Set(['CANCELLED', 'CLOSED']);

/**
 * On a case's page, the doctors: once consented and none chosen, the way to choose them (or to
 * sign the consent again first); then where the choice stands: the platform choosing (operations
 * staff confirm within a working day), each doctor's answer and deadline, all confirmed (with
 * "the next step is the payment" only while the case awaits it); for a doctor who declined or did
 * not answer, the reason and who could step in. Once the case has ended, only whether every
 * doctor had confirmed.
 * @param props.caseId - the case
 */
export function PanelStatus({ caseId }: { caseId: string }): ReactElement | null {
  const { t } = useTranslation('patient');
  const { data, refetch, startPolling, stopPolling } = useQuery(PATIENT_CASE_PANEL, {
    variables: { id: caseId },
    fetchPolicy: 'cache-and-network',
  });
  const found = data?.case;
  const settling = Boolean(found?.panel && found.stage === 'CONSENTED');
  const answering = found?.stage === 'PANEL_REQUESTED' || found?.stage === 'AWAITING_CONFIRMATION';
  useEffect(() => {
    if (!settling && !answering) return;
    startPolling(settling ? SETTLE_POLL_MS : ANSWER_POLL_MS);
    return () => stopPolling();
  }, [settling, answering, startPolling, stopPolling]);
  if (!found) return null;
  const panel = found.panel;
  if (!panel) {
    if (found.stage !== 'CONSENTED') return null;
    return (
      <section aria-labelledby="panel-status-title">
        <h2 id="panel-status-title">{t('panelStatus.title')}</h2>
        {found.needsConsent ? (
          <>
            <p>{t('panel.needsConsent')}</p>
            <p>
              <Link to={`/cases/${found.id}/consent`}>{t('case.signConsent')}</Link>
            </p>
          </>
        ) : (
          <>
            <p>{t('panelStatus.chooseIntro')}</p>
            <p>
              <Link className="button-link" to={`/cases/${found.id}/choose-doctors`}>
                {t('panelStatus.choose')}
              </Link>
            </p>
          </>
        )}
      </section>
    );
  }
  const shown = panel.members.filter((member) => !member.replacedAt);
  const replaced = panel.members.filter((member) => member.replacedAt);
  const confirmed = shown.filter((member) => member.status === 'CONFIRMED').length;
  const openSeats = shown.filter(
    (member) => member.status === 'DECLINED' || member.status === 'EXPIRED',
  ).length;
  let summary: string;
  if (ENDED.has(found.stage)) {
    summary = panel.confirmedAt
      ? t('panelStatus.everyConfirmed')
      : t('panelStatus.endedUnconfirmed');
  } else if (
    found.stage === 'PANEL_REQUESTED' ||
    (panel.mode === 'PLATFORM_CHOOSES' && shown.length === 0)
  ) {
    summary = t('panelStatus.platformChoosing');
  } else if (panel.confirmedAt) {
    // "The next step is the payment" only while it is.
    summary =
      found.stage === 'AWAITING_PAYMENT'
        ? t('panelStatus.allConfirmed')
        : t('panelStatus.everyConfirmed');
  } else if (openSeats > 0) summary = t('panelStatus.openSeats', { count: openSeats });
  else summary = t('panelStatus.waiting', { confirmed, count: panel.seats });
  return (
    <section aria-labelledby="panel-status-title">
      <h2 id="panel-status-title">{t('panelStatus.title')}</h2>
      <p>
        {t(`panelStatus.mode.${panel.mode}`, { count: panel.seats })}
        {panel.chosenByPlatform ? ` ${t('panelStatus.chosenByPlatform')}` : ''}
      </p>
      <p role="status" id="panel-summary">
        {summary}
      </p>
      {shown.length > 0 && (
        <ul className="card-list" aria-label={t('panelStatus.listLabel')}>
          {shown.map((member) => (
            <PanelMemberItem key={member.id} member={member} onReplaced={() => void refetch()} />
          ))}
        </ul>
      )}
      {replaced.length > 0 && (
        <details>
          <summary>{t('panelStatus.replacedTitle', { count: replaced.length })}</summary>
          <ul className="card-list">
            {replaced.map((member) => (
              <PanelMemberItem key={member.id} member={member} onReplaced={() => void refetch()} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
