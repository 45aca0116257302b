import { ReportWriter } from '@consilium/subgraph-kit/pdf';
import type { DemoApi } from './demo-api';
import type { DemoCase } from './demo-cases';

/** One investigation of a demo case's history (CaseIntakeInput.investigations). */
interface Investigation {
  name: string;
  date?: string;
  result?: string;
}

/**
 * The kind a report is filed under, from the investigation's name (records' DocumentKind).
 * @param name - e.g. `MRI lumbar spine`
 * @returns IMAGING_REPORT, PATHOLOGY_REPORT or LAB_REPORT
 */
export function reportKindOf(name: string): string {
  if (/histopath|biopsy|cytolog/i.test(name)) return 'PATHOLOGY_REPORT';
  if (/\b(MRI|CT|X-ray|ultrasound|echocardiogra\w*|mammogra\w*|angiogra\w*|PET)\b/i.test(name)) {
    return 'IMAGING_REPORT';
  }
  return 'LAB_REPORT';
}

/**
 * A synthetic report as the patient's hospital would print it (a real, searchable PDF): the
 * hospital, the patient, the test, its date and its result.
 * @param demo - the demo case (patient and treating hospital)
 * @param investigation - the test
 * @returns the PDF's bytes
 */
export async function demoReportPdf(demo: DemoCase, investigation: Investigation): Promise<Buffer> {
  const patient = demo.registration['fullName'] as string;
  const doctor = demo.intake['treatingPractitioner'] as
    { fullName: string; hospital?: string; city?: string } | undefined;
  const hospital = doctor?.hospital ?? 'Diagnostic centre';
  const out = new ReportWriter({
    title: `${investigation.name}: ${patient}`,
    author: hospital,
    subject: investigation.name,
  });
  out.titleBlock(hospital.toUpperCase(), investigation.name, [
    `Patient: ${patient}, born ${String(demo.registration['birthDate'])}`,
    `Date: ${investigation.date ?? 'not recorded'}`,
    `Referred by: ${doctor?.fullName ?? 'self'}`,
  ]);
  out.heading('Result');
  out.text(investigation.result ?? 'Reported separately.');
  out.heading('Note');
  out.text(
    'Synthetic report made for the Consilium demo; it describes no real person and no real test.',
  );
  return out.finish(`${hospital}${doctor?.city ? `, ${doctor.city}` : ''} · ${patient}`);
}

/**
 * Uploads each investigation of a demo case as a report, the way the patient app does: asks for
 * a signed upload link, PUTs the PDF there, then completes the upload.
 * @param api - the platform's API
 * @param token - the patient's token
 * @param caseId - the case
 * @param demo - the demo case
 * @throws when a step is refused
 */
export async function uploadDemoReports(
  api: DemoApi,
  token: string,
  caseId: string,
  demo: DemoCase,
): Promise<void> {
  const investigations = (demo.intake['investigations'] as Investigation[] | undefined) ?? [];
  for (const investigation of investigations) {
    const bytes = await demoReportPdf(demo, investigation);
    // records learns of the new case from its event, a moment after it was started
    const ticket = await api.eventually(() =>
      api.graphql<{ requestUpload: { uploadId: string; uploadUrl: string } }>(
        token,
        'mutation ($input: RequestUploadInput!) { requestUpload(input: $input) { uploadId uploadUrl } }',
        {
          input: {
            caseId,
            fileName: `${investigation.name}${investigation.date ? ` ${investigation.date}` : ''}.pdf`,
            contentType: 'application/pdf',
            byteSize: bytes.length,
            kind: reportKindOf(investigation.name),
          },
        },
      ),
    );
    const sent = await api.fetch(ticket.requestUpload.uploadUrl, {
      method: 'PUT',
      body: bytes,
      headers: { 'content-type': 'application/octet-stream' },
    });
    if (!sent.ok) throw new Error(`the upload of ${investigation.name} failed: ${sent.status}`);
    await api.graphql(token, 'mutation ($id: ID!) { completeUpload(uploadId: $id) { id } }', {
      id: ticket.requestUpload.uploadId,
    });
  }
}
