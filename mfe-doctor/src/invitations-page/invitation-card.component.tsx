import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from './countdown.component';
import { INVITATION_CASE } from './invitation-queries';
import { RespondForm } from './respond-form.component';

/** One open request as the invitations page lists it. */
export interface OpenInvitation {
  id: string;
  createdAt: string;
  respondBy?: string | null;
  case: { id: string };
}

/**
 * One open request to join a case's panel: the time left to answer, what the patient asks, the
 * panel's mode and who else is on it, and the answer form. The case is read on its own, so a
 * case that cannot be read leaves the request answerable.
 * @param props.invitation - the request
 * @param props.viewerSpecialistId - the viewer's specialist id (left out of "also on the panel")
 * @param props.timeZone - the viewer's IANA zone
 * @param props.onAnswered - called with a sentence once answered
 */
export function InvitationCard(props: {
  invitation: OpenInvitation;
  viewerSpecialistId: string;
  timeZone: string;
  onAnswered: (message: string) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const { invitation } = props;
  const { data, loading } = useQuery(INVITATION_CASE, {
    variables: { caseId: invitation.case.id },
  });
  const found = data?.case ?? null;
  const name = found?.patient.fullName ?? t('inv.aCase');
  const titleId = `invitation-${invitation.id}-title`;
  const others = (found?.panel?.members ?? []).filter(
    (member) =>
      member.specialist.id !== props.viewerSpecialistId &&
      member.status !== 'DECLINED' &&
      member.status !== 'EXPIRED',
  );
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('caseOf', { name })}</h3>
      <p className="muted">
        {t('inv.askedOn', {
          at: formatDateTime(invitation.createdAt, i18n.language, props.timeZone),
        })}
      </p>
      {invitation.respondBy ? (
        <Countdown deadline={invitation.respondBy} timeZone={props.timeZone} />
      ) : (
        <p>{t('inv.noDeadline')}</p>
      )}
      {!found ? (
        loading ? (
          <p role="status">{t('common:loading')}</p>
        ) : (
          <p className="error">{t('inv.caseUnreadable')}</p>
        )
      ) : (
        <dl className="facts">
          {found.panel && (
            <>
              <dt>{t('inv.panel')}</dt>
              <dd>
                {t(`common:mode.${found.panel.mode}`)} ·{' '}
                {t('inv.seats', { count: found.panel.seats })}
              </dd>
              <dt>{t('inv.alsoOnPanel')}</dt>
              <dd>
                {others.length === 0 ? (
                  t('inv.nobodyElse')
                ) : (
                  <ul>
                    {others.map((member) => (
                      <li key={member.id}>
                        {member.specialist.fullName} · {member.specialist.specialty} (
                        {t(`inv.other.${member.status}`)})
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </>
          )}
          <dt>{t('complaint')}</dt>
          <dd>{found.presentingComplaint ?? t('inv.notGiven')}</dd>
          {found.reasonForSecondOpinion && (
            <>
              <dt>{t('inv.why')}</dt>
              <dd>
                {t(`inv.reason.${found.reasonForSecondOpinion}`)}
                {found.reasonDetail && (
                  <>
                    <br />
                    {found.reasonDetail}
                  </>
                )}
              </dd>
            </>
          )}
          {found.conditions.length > 0 && (
            <>
              <dt>{t('inv.conditions')}</dt>
              <dd>{found.conditions.map((condition) => condition.text).join('; ')}</dd>
            </>
          )}
          <dt>{t('inv.questions')}</dt>
          <dd>
            {found.questions.length === 0 ? (
              t('inv.noQuestions')
            ) : (
              <ol>
                {found.questions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ol>
            )}
          </dd>
        </dl>
      )}
      <RespondForm memberId={invitation.id} caseName={name} onAnswered={props.onAnswered} />
    </article>
  );
}
