import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import './required-reports-strings';

export const CASE_REQUIRED_REPORTS = graphql(`
  query CaseRequiredReports($id: ID!) {
    case(id: $id) {
      id
      requiredReports {
        requirementId
        documentKind
        titleEn
        titleHi
        because
      }
      documents {
        id
        kind
      }
    }
  }
`);

/**
 * The completeness check (issue 6): the reports a case like this usually needs (from the table
 * operations staff keep), each marked uploaded or not by the kinds of the case's documents
 * (no mark when the records service could not say).
 */
export function RequiredReports(props: {
  caseId: string;
  headingLevel?: 2 | 3;
}): ReactElement | null {
  // Its own query, so the records service being slow or down never blocks the page around it.
  const { data } = useQuery(CASE_REQUIRED_REPORTS, {
    variables: { id: props.caseId },
    errorPolicy: 'all',
    fetchPolicy: 'cache-and-network',
  });
  const { t, i18n } = useTranslation('patient');
  const found = data?.case;
  if (!found) return null;
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const uploaded = found.documents
    ? new Set(found.documents.map((document) => document.kind))
    : null;
  const hindi = i18n.language.startsWith('hi');
  return (
    <section aria-labelledby="required-reports-title" className="required-reports">
      <Heading id="required-reports-title">{t('reports.title')}</Heading>
      {found.requiredReports.length === 0 ? (
        <p className="muted">{t('reports.none')}</p>
      ) : (
        <>
          <p>{t('reports.intro')}</p>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('reports.report')}</th>
                <th scope="col">{t('reports.status')}</th>
              </tr>
            </thead>
            <tbody>
              {found.requiredReports.map((report) => (
                <tr key={report.requirementId}>
                  <td>
                    {hindi ? report.titleHi : report.titleEn}
                    <br />
                    <span className="muted">
                      {t(`common:documentKind.${report.documentKind}`)} ·{' '}
                      {t('reports.because', { because: report.because })}
                    </span>
                  </td>
                  <td>
                    {uploaded === null ? null : uploaded.has(report.documentKind) ? (
                      <span className="badge ok">✓ {t('reports.present')}</span>
                    ) : (
                      <span className="badge warn">{t('reports.missing')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
