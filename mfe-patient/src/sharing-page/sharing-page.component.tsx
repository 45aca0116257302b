import { useQuery } from '@apollo/client/react';
import { PartialDataNotice, QueryStatus, type Viewer } from '@consilium/web-kit';
import { useState, type ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import '../access-log/access-log-strings';
import { ActingForPicker } from '../acting-for/acting-for-picker.component';
import { useActingFor } from '../acting-for/acting-for';
import { HealthRecordExport } from './health-record-export.component';
import { ErasureLink } from '../erasure/erasure-link.component';
import { NewShareLink } from './new-share-link.component';
import { ShareForm, type CreatedShareLink } from './share-form.component';
import { ShareLinks } from './share-links.component';
import { SHARE_LINKS, SHARING_CASES } from './sharing-queries';
import './sharing-strings';

/** The sharing page of one patient: share, the link just made, the links given, the export. */
function SharingForPatient(props: { patientId: string; viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const links = useQuery(SHARE_LINKS, {
    variables: { patientId: props.patientId },
    fetchPolicy: 'cache-and-network',
  });
  // Not from the cache alone: a case started meanwhile (another page, another tab) must be offered.
  const cases = useQuery(SHARING_CASES, {
    variables: { patientId: props.patientId },
    fetchPolicy: 'cache-and-network',
  });
  const [created, setCreated] = useState<CreatedShareLink | null>(null);
  if (!links.data) {
    return (
      <QueryStatus
        title={t('sharing.title')}
        failed={Boolean(links.error) || !links.loading}
        onRetry={() => void links.refetch()}
      />
    );
  }
  const caseList = cases.data?.cases.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="sharing-title" className="page">
      <h1 id="sharing-title">{t('sharing.title')}</h1>
      <PartialDataNotice error={links.error ?? cases.error} />
      <ShareForm
        patientId={props.patientId}
        cases={caseList}
        onCreated={(link) => {
          setCreated(link);
          void links.refetch().catch(() => undefined);
        }}
      />
      {created && <NewShareLink link={created} onDone={() => setCreated(null)} />}
      <ShareLinks
        links={links.data.shareLinks}
        cases={caseList}
        onRefresh={() => void links.refetch().catch(() => undefined)}
      />
      <p>
        <Link to="/access-log">{t('accessLog.fromSharing')}</Link>
      </p>
      <HealthRecordExport patientId={props.patientId} viewer={props.viewer} />
      <ErasureLink />
    </section>
  );
}

/**
 * "Sharing and export", for the patient the viewer is (or acts for): give a doctor or hospital
 * a link to the whole record or one case, see every use of the links and revoke them, and
 * download the record as a FHIR R4 file.
 */
export function SharingPage({ viewer }: { viewer: Viewer }): ReactElement {
  const { t } = useTranslation('patient');
  const [patientId, choose] = useActingFor(viewer);
  if (!patientId) {
    return (
      <section className="page" aria-labelledby="sharing-title">
        <h1 id="sharing-title">{t('sharing.title')}</h1>
        <p>{viewer.roles.includes('PATIENT') ? t('noRecordYet') : t('actingForNobody')}</p>
      </section>
    );
  }
  return (
    <>
      {viewer.patientIds.length > 1 && (
        <ActingForPicker patientIds={viewer.patientIds} value={patientId} onChange={choose} />
      )}
      <SharingForPatient key={patientId} patientId={patientId} viewer={viewer} />
    </>
  );
}
