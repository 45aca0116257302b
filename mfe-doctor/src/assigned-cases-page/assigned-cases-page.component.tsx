import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { MyContactClocks } from '../consultation/my-contact-clocks.component';
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
        status
        case {
          id
        }
      }
    }
    cases(first: 100) {
      edges {
        node {
          id
          ...AssignedCaseRow
        }
      }
    }
  }
`);

/**
 * "My assigned cases": first the 48-hour contact clocks of the paid cases (live countdowns), then
 * every panel the signed-in specialist is on, newest request first. The
 * cases' details come from the list of cases the specialist may read, so a case they declined
 * (which they may no longer read) is left out instead of failing the page; the invitations page
 * lists it.
 */
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
  const readable = new Map(data.cases.edges.map(({ node }) => [node.id, node]));
  const rows = specialist.panelMemberships.flatMap((membership) => {
    const found = readable.get(membership.case.id);
    return found && membership.status !== 'DECLINED' ? [{ membership, found }] : [];
  });
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
      <MyContactClocks />
      <h2 id="assigned-list-title">{t('allAssigned')}</h2>
      {rows.length === 0 ? (
        <p>{t('noCases')}</p>
      ) : (
        <TableRegion labelledBy="assigned-list-title">
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
              {rows.map(({ membership, found }) => (
                <AssignedCaseRow key={membership.id} data={found} status={membership.status} />
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
