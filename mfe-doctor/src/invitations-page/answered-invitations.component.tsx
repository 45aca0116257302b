import { formatDateTime, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** A request already answered, or no longer open, as the invitations page lists it. */
export interface PastInvitation {
  id: string;
  status: string;
  createdAt: string;
  respondedAt?: string | null;
  respondBy?: string | null;
  declineReason?: string | null;
  case: { id: string };
}

/**
 * The requests answered or expired, newest first, each with its outcome: confirmed ones link to
 * the case; declined ones show the reason given.
 * @param props.invitations - the requests
 * @param props.timeZone - the viewer's IANA zone
 */
export function AnsweredInvitations(props: {
  invitations: readonly PastInvitation[];
  timeZone: string;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const when = (iso: string): string => formatDateTime(iso, i18n.language, props.timeZone);
  return (
    <section aria-labelledby="answered-title">
      <h2 id="answered-title">{t('inv.answeredTitle')}</h2>
      {props.invitations.length === 0 ? (
        <p>{t('inv.noneAnswered')}</p>
      ) : (
        <TableRegion labelledBy="answered-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('inv.asked')}</th>
                <th scope="col">{t('inv.case')}</th>
                <th scope="col">{t('inv.outcome')}</th>
                <th scope="col">{t('inv.answered')}</th>
                <th scope="col">{t('inv.yourReason')}</th>
              </tr>
            </thead>
            <tbody>
              {props.invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{when(invitation.createdAt)}</th>
                  <td>
                    {invitation.status === 'CONFIRMED' ? (
                      <Link to={`/cases/${invitation.case.id}`}>{t('inv.openCase')}</Link>
                    ) : (
                      <code>{invitation.case.id.slice(-12)}</code>
                    )}
                  </td>
                  <td>{t(`inv.outcome.${invitation.status}`)}</td>
                  <td>
                    {invitation.respondedAt
                      ? when(invitation.respondedAt)
                      : invitation.respondBy
                        ? t('inv.expiredAt', { at: when(invitation.respondBy) })
                        : t('inv.notAnswered')}
                  </td>
                  <td>{invitation.declineReason ?? t('inv.noReason')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
