import { useQuery } from '@apollo/client/react';
import { CaseTimeline, formatDateTime, CasePageFrame, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { CaseAppointments } from '../appointments/case-appointments.component';
import { CaseFile } from '../case-file/case-file.component';
import { CaseSummarySection } from '../case-summary/case-summary-section.component';
import { CaseContacts } from '../consultation/case-contacts.component';
import { CaseInfoRequests } from '../info-requests/case-info-requests.component';
import { CaseOpinions } from '../opinion/case-opinions.component';

const CASE_PAGE = graphql(`
  query DoctorCasePage($id: ID!) {
    case(id: $id) {
      id
      stage
      presentingComplaint
      reasonForSecondOpinion
      submittedAt
      patient {
        id
        fullName
      }
      timeline {
        eventId
        eventType
        occurredAt
        fromStage
        toStage
      }
    }
  }
`);

/**
 * One assigned case for the specialist: the complaint; once paid, the contact with the patient,
 * appointments and requests for information or tests; the reports, the GP's summary, the
 * opinions and the timeline.
 */
export function CasePage(): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CASE_PAGE, { variables: { id: caseId } });
  if (!data) {
    return (
      <QueryStatus
        title={t('casePage')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const found = data.case;
  return (
    <CasePageFrame
      backLabel={t('backToCases')}
      title={t('caseOf', { name: found.patient.fullName })}
      error={error}
    >
      <dl className="facts">
        <dt>{t('stage')}</dt>
        <dd>
          <span className="stage">{t(`common:stage.${found.stage}`)}</span>
        </dd>
        <dt>{t('submitted')}</dt>
        <dd>
          {found.submittedAt ? formatDateTime(found.submittedAt, i18n.language) : t('notSubmitted')}
        </dd>
        <dt>{t('complaint')}</dt>
        <dd>{found.presentingComplaint}</dd>
      </dl>
      <CaseContacts caseId={found.id} />
      <CaseAppointments caseId={found.id} />
      <CaseInfoRequests caseId={found.id} />
      <CaseFile caseId={found.id} />
      <CaseSummarySection caseId={found.id} />
      <CaseOpinions caseId={found.id} />
      <CaseTimeline entries={found.timeline} />
    </CasePageFrame>
  );
}
