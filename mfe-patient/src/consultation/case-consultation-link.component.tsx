import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OpenRequestsNotice } from '../info-requests/open-requests-notice.component';
import { BEFORE_PAYMENT, PATIENT_CONSULTATION_SUMMARY } from './consultation-queries';
import './consultation-strings';

/** Stages in which a case has ended. */
const ENDED: ReadonlySet<string> = new Set(['CANCELLED', 'CLOSED']);
/** Stages of a paid case in consultation. */
const OPEN: ReadonlySet<string> = new Set(['ACTIVE', 'INFO_REQUESTED']);

/**
 * On a case's page once the fee is paid: the notice that a specialist asked something (while a
 * request is open) and the link to the consultation, saying when times wait to be chosen.
 * Nothing before payment, nor on a case that ended (e.g. cancelled for a refund) before anything
 * happened in its consultation (no contact, appointment or question to read).
 * @param props.caseId - the case
 * @param props.stage - the case's stage
 */
export function CaseConsultationLink(props: {
  caseId: string;
  stage: string;
}): ReactElement | null {
  const { t } = useTranslation('patient');
  const skip = BEFORE_PAYMENT.has(props.stage);
  const { data } = useQuery(PATIENT_CONSULTATION_SUMMARY, {
    variables: { id: props.caseId },
    fetchPolicy: 'cache-and-network',
    skip,
  });
  if (skip || !data) return null;
  const found = data.case;
  // Something to read: a contact logged, an appointment, a question.
  const history =
    found.contactSlas.some((sla) => sla.contactedAt) ||
    found.appointments.length > 0 ||
    found.infoRequests.length > 0;
  const started = history || found.contactSlas.length > 0;
  if (ENDED.has(props.stage) ? !history : !started && !OPEN.has(props.stage)) return null;
  const open = found.infoRequests.filter((request) => request.status === 'OPEN');
  const toChoose = found.appointments.filter((item) => item.status === 'PROPOSED').length;
  const to = `/cases/${found.id}/consultation`;
  return (
    <>
      <OpenRequestsNotice requests={open}>
        <p>
          <Link to={to}>{t('consultation.answerLink')}</Link>
        </p>
      </OpenRequestsNotice>
      <p>
        <Link to={to}>
          {toChoose > 0
            ? t('consultation.linkChoose', { count: toChoose })
            : t('consultation.link')}
        </Link>
      </p>
    </>
  );
}
