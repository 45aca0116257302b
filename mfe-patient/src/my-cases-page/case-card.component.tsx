import { CaseTimeline, formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../gql';
import { CaseNextLinks } from '../case-page/case-next-links.component';

export const CASE_CARD = graphql(`
  fragment CaseCard on Case {
    id
    stage
    presentingComplaint
    submittedAt
    needsConsent
    intakeProblems {
      field
    }
    panel {
      id
      mode
      size
    }
    quote {
      id
      amount
      currency
    }
    documents {
      id
    }
    timeline {
      eventId
      eventType
      occurredAt
      fromStage
      toStage
    }
  }
`);

/**
 * One of the patient's cases, linking to its page: when, where it stands, who reviews it, the
 * fee, the reports; a draft links to where to continue, a submitted case to its consent.
 */
export function CaseCard(props: { data: FragmentType<typeof CASE_CARD> }): ReactElement {
  const found = useFragment(CASE_CARD, props.data);
  const { t, i18n } = useTranslation('patient');
  const headingId = `case-${found.id}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/cases/${found.id}`}>
          {found.submittedAt
            ? t('caseHeading', { date: formatDateTime(found.submittedAt, i18n.language) })
            : t('draftHeading')}
        </Link>
      </h2>
      {found.presentingComplaint && <p>{found.presentingComplaint}</p>}
      <CaseNextLinks
        id={found.id}
        stage={found.stage}
        needsConsent={found.needsConsent}
        intakeProblems={found.intakeProblems}
      />
      <dl className="facts">
        <dt>{t('stage')}</dt>
        <dd>
          <span className="stage">{t(`common:stage.${found.stage}`)}</span>
        </dd>
        <dt>{t('panel')}</dt>
        <dd>
          {found.panel
            ? `${t(`common:mode.${found.panel.mode}`)} · ${t('panelSize', { count: found.panel.size })}`
            : t('panelNone')}
        </dd>
        <dt>{t('fee')}</dt>
        <dd>
          {found.quote
            ? formatMoney(found.quote.amount, found.quote.currency, i18n.language)
            : t('feeNone')}
        </dd>
        <dt>{t('documents')}</dt>
        <dd>{t('documentCount', { count: found.documents?.length ?? 0 })}</dd>
      </dl>
      <CaseTimeline entries={found.timeline} headingLevel={3} />
    </article>
  );
}
