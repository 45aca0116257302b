import type { ReactElement } from 'react';
import { RequiredReports } from '../../required-reports/required-reports.component';
import { ReportUploads } from '../../report-uploads/report-uploads.component';
import type { StepProps } from './step-props';

/**
 * Step 6: the reports: which ones the specialists usually need (each marked uploaded or not),
 * adding files with their kind, and the reports already uploaded. Nothing here is saved with the
 * draft: each file is its own upload, and keeps going when the patient moves to another step.
 */
export function ReportsStep({ caseId }: StepProps): ReactElement {
  return (
    <>
      <RequiredReports caseId={caseId} headingLevel={3} />
      <ReportUploads caseId={caseId} />
    </>
  );
}
