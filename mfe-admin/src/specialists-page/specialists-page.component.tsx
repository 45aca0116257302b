import { useQuery } from '@apollo/client/react';
import { LoadMoreButton, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

const SPECIALISTS = graphql(`
  query Specialists($after: String) {
    specialists(first: 25, after: $after) {
      edges {
        node {
          id
          fullName
          nameLocal
          specialty
          subSpecialty
          city
          languages
          aiimsTrained
          registration {
            council
            number
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

/** "Specialists": the verified directory with registration details, by name. */
export function SpecialistsPage(): ReactElement {
  const { t } = useTranslation('admin');
  const { data, loading, error, fetchMore, refetch } = useQuery(SPECIALISTS);
  if (!data) {
    return (
      <QueryStatus
        title={t('specialists')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  return (
    <section aria-labelledby="specialists-title" className="page">
      <h1 id="specialists-title">{t('specialists')}</h1>
      <PartialDataNotice error={error} />
      <TableRegion labelledBy="specialists-title">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('specialty')}</th>
              <th scope="col">{t('city')}</th>
              <th scope="col">{t('languages')}</th>
              <th scope="col">{t('aiims')}</th>
              <th scope="col">{t('registration')}</th>
            </tr>
          </thead>
          <tbody>
            {data.specialists.edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  {node.fullName}
                  {node.nameLocal && (
                    <>
                      <br />
                      <span className="muted">{node.nameLocal}</span>
                    </>
                  )}
                </th>
                <td>
                  {node.specialty}
                  {node.subSpecialty && ` · ${node.subSpecialty}`}
                </td>
                <td>{node.city}</td>
                <td>{node.languages.join(', ')}</td>
                <td>{node.aiimsTrained ? t('yes') : t('no')}</td>
                <td>
                  {node.registration.council} {node.registration.number}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {data.specialists.pageInfo.hasNextPage && (
        <LoadMoreButton
          onLoadMore={() =>
            void fetchMore({ variables: { after: data.specialists.pageInfo.endCursor } })
          }
        />
      )}
    </section>
  );
}
