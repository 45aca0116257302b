import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';

export const CONSENT_FACTS = graphql(`
  fragment ConsentFacts on Consent {
    id
    status
    dateTime
    signerName
    signerRelationship
    withdrawnAt
    withdrawalReason
    isCurrent
    document {
      id
      version
    }
  }
`);

/** The signed consent: which version, who signed, when, as whom; and a withdrawal, if any. */
export function ConsentFacts(props: { data: FragmentType<typeof CONSENT_FACTS> }): ReactElement {
  const found = useFragment(CONSENT_FACTS, props.data);
  const { t, i18n } = useTranslation('patient');
  return (
    <dl className="facts">
      <dt>{t('consent.version')}</dt>
      <dd>{found.document.version}</dd>
      <dt>{t('case.signedBy')}</dt>
      <dd>{found.signerName}</dd>
      <dt>{t('relationship')}</dt>
      <dd id="consent-relationship">
        {found.signerRelationship === 'SELF'
          ? t('consent.self')
          : t(`relationship.${found.signerRelationship}`)}
      </dd>
      <dt>{t('case.signedAt')}</dt>
      <dd>{formatDateTime(found.dateTime, i18n.language)}</dd>
      {found.withdrawnAt && (
        <>
          <dt>{t('case.withdrawnAt')}</dt>
          <dd>
            {formatDateTime(found.withdrawnAt, i18n.language)}
            {found.withdrawalReason ? ` (${found.withdrawalReason})` : ''}
          </dd>
        </>
      )}
    </dl>
  );
}
