import { useQuery } from '@apollo/client/react';
import {
  CaseTimeline,
  formatDateTime,
  formatMoney,
  CasePageFrame,
  QueryStatus,
} from '@consilium/web-kit';
import { useEffect, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { graphql } from '../gql';
import { ReportDeliverySection } from './report-delivery.component';

const CASE_PAGE = graphql(`
  query AdminCasePage($id: ID!) {
    case(id: $id) {
      id
      stage
      presentingComplaint
      submittedAt
      patient {
        id
        fullName
      }
      panel {
        id
        mode
        members {
          id
          status
          specialist {
            id
            fullName
            specialty
          }
        }
      }
      quote {
        id
        amount
        currency
      }
      reportDelivery {
        id
        deliveredAt
        deliveredByName
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

/** One case for operations: where it stands, its panel and answers, its fee and its timeline. */
export function CasePage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { caseId = '' } = useParams();
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(CASE_PAGE, {
    variables: { id: caseId },
  });
  // Just delivered: the stage follows by event in a moment; look again until it has.
  const catchingUp = data?.case.reportDelivery != null && data.case.stage === 'OPINIONS_READY';
  useEffect(() => {
    if (!catchingUp) return;
    startPolling(1000);
    return () => stopPolling();
  }, [catchingUp, startPolling, stopPolling]);
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
      {found.presentingComplaint && <p>{found.presentingComplaint}</p>}
      <dl className="facts">
        <dt>{t('stage')}</dt>
        <dd>
          <span className="stage">{t(`common:stage.${found.stage}`)}</span>
        </dd>
        <dt>{t('submitted')}</dt>
        <dd>{found.submittedAt ? formatDateTime(found.submittedAt, i18n.language) : t('none')}</dd>
        <dt>{t('fee')}</dt>
        <dd>
          {found.quote
            ? formatMoney(found.quote.amount, found.quote.currency, i18n.language)
            : t('none')}
        </dd>
        <dt>{t('panel')}</dt>
        <dd>
          {found.panel ? (
            <ul>
              {found.panel.members.map((member) => (
                <li key={member.id}>
                  {member.specialist.fullName} ({member.specialist.specialty}):{' '}
                  {t(`common:memberStatus.${member.status}`)}
                </li>
              ))}
            </ul>
          ) : (
            t('none')
          )}
        </dd>
      </dl>
      <ReportDeliverySection
        caseId={found.id}
        stage={found.stage}
        delivery={found.reportDelivery ?? null}
        onDelivered={() => void refetch()}
      />
      <CaseTimeline entries={found.timeline} />
    </CasePageFrame>
  );
}
