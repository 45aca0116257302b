import { useQuery } from '@apollo/client/react';
import { formatDateTime, saveFileWithSession } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import './case-report-strings';

const PATIENT_CASE_REPORT = graphql(`
  query PatientCaseReport($caseId: ID!) {
    case(id: $caseId) {
      id
      patient {
        id
      }
      reportDelivery {
        id
        deliveredAt
      }
    }
  }
`);

type DownloadState = 'idle' | 'busy' | 'failed' | { fileName: string };

/**
 * On a case's page, once the report is delivered: when, what it holds, and a button saving it
 * (the case's readable PDF case file, fetched with the viewer's session). Nothing before.
 * @param props.caseId - the case
 */
export function CaseReport({ caseId }: { caseId: string }): ReactElement | null {
  const { t, i18n } = useTranslation('patient');
  const [state, setState] = useState<DownloadState>('idle');
  const { data } = useQuery(PATIENT_CASE_REPORT, {
    variables: { caseId },
    fetchPolicy: 'cache-and-network',
  });
  const delivery = data?.case.reportDelivery;
  if (!data || !delivery) return null;
  const download = async (): Promise<void> => {
    setState('busy');
    const patientId = encodeURIComponent(data.case.patient.id);
    const saved = await saveFileWithSession(
      `/health-record/${patientId}/case-file.pdf?caseId=${encodeURIComponent(caseId)}`,
      'application/pdf',
      'consilium-report.pdf',
    );
    setState('fileName' in saved ? { fileName: saved.fileName } : 'failed');
  };
  return (
    <section aria-labelledby="report-title" className="card">
      <h2 id="report-title">{t('report.title')}</h2>
      <p>{t('report.delivered', { when: formatDateTime(delivery.deliveredAt, i18n.language) })}</p>
      <p>
        <button type="button" onClick={() => void download()} disabled={state === 'busy'}>
          {t('report.download')}
        </button>
      </p>
      <div role="status">
        {state === 'busy' && <p className="muted">{t('report.busy')}</p>}
        {typeof state === 'object' && <p>{t('report.saved', { fileName: state.fileName })}</p>}
      </div>
      {state === 'failed' && (
        <p role="alert" className="error">
          {t('report.failed')}
        </p>
      )}
    </section>
  );
}
