import { useQuery } from '@apollo/client/react';
import { DEFAULT_TIME_ZONE, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { AnsweredInvitations } from './answered-invitations.component';
import { InvitationCard } from './invitation-card.component';
import { PANEL_INVITATIONS } from './invitation-queries';
import './invitation-strings';

/**
 * "Invitations": the signed-in specialist's requests to join a case's panel. Open ones come
 * first, the nearest deadline first, each with a live countdown and the answer form; answered
 * and expired ones are listed below with their outcome. Times are shown in the specialist's own
 * zone (their profile's), Asia/Kolkata by default.
 * @param props.specialistId - the viewer's specialist profile
 */
export function InvitationsPage({ specialistId }: { specialistId: string }): ReactElement {
  const { t } = useTranslation('doctor');
  const [status, setStatus] = useState('');
  const { data, loading, error, refetch } = useQuery(PANEL_INVITATIONS, {
    variables: { specialistId },
    fetchPolicy: 'cache-and-network',
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('inv.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const { specialist } = data;
  const timeZone = specialist.timeZone || DEFAULT_TIME_ZONE;
  const open = specialist.panelMemberships
    .filter((membership) => membership.status === 'REQUESTED')
    .sort(
      (a, b) =>
        Date.parse(a.respondBy ?? '9999-12-31T00:00:00Z') -
        Date.parse(b.respondBy ?? '9999-12-31T00:00:00Z'),
    );
  const past = specialist.panelMemberships.filter(
    (membership) => membership.status !== 'REQUESTED',
  );
  return (
    <section aria-labelledby="invitations-title" className="page">
      <h1 id="invitations-title">{t('inv.title')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('inv.intro', { max: specialist.maxActiveCases, zone: timeZone })}</p>
      <p role="status">{status}</p>
      <section aria-labelledby="open-title">
        <h2 id="open-title">{t('inv.openTitle', { count: open.length })}</h2>
        {open.length === 0 ? (
          <p>{t('inv.noneOpen')}</p>
        ) : (
          <div className="card-list">
            {open.map((invitation) => (
              <InvitationCard
                key={invitation.id}
                invitation={invitation}
                viewerSpecialistId={specialist.id}
                timeZone={timeZone}
                onAnswered={setStatus}
              />
            ))}
          </div>
        )}
      </section>
      <AnsweredInvitations invitations={past} timeZone={timeZone} />
    </section>
  );
}
