import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import { AssignedCaseRow } from './assigned-case-row.component';

const ASSIGNED_CASES = graphql(`
  query AssignedCases($specialistId: ID!) {
    specialist(id: $specialistId) {
      id
      fullName
      registration {
        council
        number
      }
      panelMemberships {
        id
        ...AssignedCaseRow
      }
    }
  }
`);

/** "My assigned cases": every panel the signed-in specialist is on, newest request first. */
export function AssignedCasesPage({ specialistId }: { specialistId: string }): ReactElement {
  const { t } = useTranslation('doctor');
  const { data, loading, error, refetch } = useQuery(ASSIGNED_CASES, {
    variables: { specialistId },
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('assignedCases')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const { specialist } = data;
  return (
    <section aria-labelledby="assigned-title" className="page">
      <h1 id="assigned-title">{t('assignedCases')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">
        {t('greeting', {
          name: specialist.fullName,
          council: specialist.registration.council,
          number: specialist.registration.number,
        })}
      </p>
      {specialist.panelMemberships.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <TableRegion labelledBy="assigned-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('patient')}</th>
                <th scope="col">{t('complaint')}</th>
                <th scope="col">{t('stage')}</th>
                <th scope="col">{t('yourAnswer')}</th>
                <th scope="col">{t('submitted')}</th>
              </tr>
            </thead>
            <tbody>
              {specialist.panelMemberships.map((membership) => (
                <AssignedCaseRow key={membership.id} data={membership} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
