import { saveFileWithSession, type Viewer } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import './sharing-strings';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'saved'; fileName: string }
  | { kind: 'failed'; message: string };

/** What a refused export means for the person, by HTTP status. */
function failureKey(status: number): string {
  if (status === 401) return 'sharing.export.UNAUTHENTICATED';
  if (status === 502 || status === 503 || status === 504) return 'sharing.export.unavailable';
  return 'sharing.export.failed';
}

/** The two forms of the record: FHIR R4 for systems, a readable PDF case file for people. */
const FORMATS = {
  fhir: { path: 'fhir', type: 'application/fhir+json', fallback: 'consilium-health-record.json' },
  pdf: { path: 'case-file.pdf', type: 'application/pdf', fallback: 'consilium-case-file.pdf' },
} as const;

/**
 * "Download my health record": the FHIR R4 export or the readable PDF case file (history,
 * reports, the GP's referral note and the signed opinions), fetched with the viewer's access
 * token and saved under the name the gateway gives (Content-Disposition), saying what went wrong
 * when it fails.
 */
export function HealthRecordExport(props: { patientId: string; viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  // "my" record for a patient with no one else to act for; otherwise the picker names the patient
  const own = props.viewer.roles.includes('PATIENT') && props.viewer.patientIds.length === 1;
  const label = own ? t('sharing.export.mine') : t('sharing.export.generic');
  const pdfLabel = own ? t('sharing.export.minePdf') : t('sharing.export.genericPdf');

  const download = async (format: keyof typeof FORMATS): Promise<void> => {
    setState({ kind: 'busy' });
    const { path, type, fallback } = FORMATS[format];
    const saved = await saveFileWithSession(
      `/health-record/${encodeURIComponent(props.patientId)}/${path}`,
      type,
      fallback,
    );
    setState(
      'fileName' in saved
        ? { kind: 'saved', fileName: saved.fileName }
        : { kind: 'failed', message: t(failureKey(saved.status)) },
    );
  };

  return (
    <section aria-labelledby="export-title">
      <h2 id="export-title">{t('sharing.export.title')}</h2>
      <p>{t('sharing.export.intro')}</p>
      <p>
        <button type="button" onClick={() => void download('pdf')} disabled={state.kind === 'busy'}>
          {pdfLabel}
        </button>{' '}
        <button
          type="button"
          className="secondary"
          onClick={() => void download('fhir')}
          disabled={state.kind === 'busy'}
        >
          {label}
        </button>
      </p>
      <div role="status">
        {state.kind === 'busy' ? (
          <p className="muted">{t('sharing.export.busy')}</p>
        ) : state.kind === 'saved' ? (
          <p>{t('sharing.export.saved', { fileName: state.fileName })}</p>
        ) : null}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="error">
          <p>{state.message}</p>
        </div>
      )}
    </section>
  );
}
