import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PATIENT_OPINION_COUNT } from './opinions-queries';
import './opinions-strings';

/**
 * On a case's page: a link to the specialists' signed opinions once there is at least one (for a
 * board, saying whether its agreed opinion is in). Nothing while none is signed.
 * @param props.caseId - the case
 */
export function CaseOpinionsLink({ caseId }: { caseId: string }): ReactElement | null {
  const { t } = useTranslation('patient');
  const { data } = useQuery(PATIENT_OPINION_COUNT, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const opinions = data?.case.opinions ?? [];
  if (opinions.length === 0) return null;
  const consensus = opinions.some((opinion) => opinion.kind === 'CONSENSUS');
  return (
    <p>
      <Link to={`/cases/${caseId}/opinions`}>
        {consensus ? t('opinions.linkBoard') : t('opinions.link', { count: opinions.length })}
      </Link>
    </p>
  );
}
