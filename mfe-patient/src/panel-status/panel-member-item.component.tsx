import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { SpecialistCardView } from '../specialist-directory/specialist-card.component';
import type { PatientPanelMember } from './panel-status-queries';
import { ReplacementSuggestions } from './replacement-suggestions.component';

/** Whether a seat waits for the patient's side to ask someone else. */
export function isOpenSeat(member: PatientPanelMember): boolean {
  return (member.status === 'DECLINED' || member.status === 'EXPIRED') && !member.replacedAt;
}

/**
 * One doctor on the panel: their card, their answer (asked and by when, confirmed, declined with
 * the reason, did not answer in time, or replaced), and for an open seat the suggested
 * replacements.
 */
export function PanelMemberItem(props: {
  member: PatientPanelMember;
  onReplaced: () => void;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { member } = props;
  const when = (iso: string | null | undefined): string =>
    iso ? formatDateTime(iso, i18n.language) : '';
  let answer: string;
  if (member.replacedAt) answer = t('panelStatus.replaced', { date: when(member.replacedAt) });
  else if (member.status === 'REQUESTED') {
    answer = member.respondBy
      ? t('panelStatus.requested', { date: when(member.respondBy) })
      : t('panelStatus.requestedNoDeadline');
  } else if (member.status === 'CONFIRMED') {
    answer = t('panelStatus.confirmed', { date: when(member.respondedAt) });
  } else if (member.status === 'DECLINED') {
    answer = t('panelStatus.declined', { date: when(member.respondedAt) });
  } else answer = t('panelStatus.expired', { date: when(member.respondBy) });
  return (
    <li className="panel-member">
      <SpecialistCardView data={member.specialist} headingLevel={3} linkToProfile>
        <p className="panel-member-status">
          <span className={member.status === 'CONFIRMED' ? 'badge ok' : 'badge warn'}>
            {t(`panelStatus.status.${member.status}`)}
          </span>{' '}
          {answer}
        </p>
        {member.status === 'DECLINED' && member.declineReason && (
          <p>{t('panelStatus.reason', { reason: member.declineReason })}</p>
        )}
        {isOpenSeat(member) && (
          <ReplacementSuggestions member={member} onReplaced={props.onReplaced} />
        )}
      </SpecialistCardView>
    </li>
  );
}
