import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import './payment-strings';

/**
 * A case named by the end of its id (the random part; the start of these ids is a timestamp,
 * shared by cases made close together), linked to the case's page in this app; the whole id is
 * its accessible name and tooltip, so staff can tell cases apart and copy the id from the page.
 * @param props.caseId - the case's id
 */
export function CaseLink({ caseId }: { caseId: string }): ReactElement {
  const { t } = useTranslation('admin');
  return (
    <Link to={`/cases/${caseId}`} title={caseId} aria-label={t('pay.caseLink', { id: caseId })}>
      <code>{caseId.slice(-8)}</code>
    </Link>
  );
}
