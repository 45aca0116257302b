import { DEMO_IDS, newId } from '@consilium/subgraph-kit';
import type { TestPlatform } from '../testing/start-platform';
import { cloneRows, insertRows, rowsOf } from './clone-rows';

type Row = Record<string, unknown>;

/**
 * Adds copies of the demo case, each for a new patient (a copy of the demo patient), in every
 * service that keeps something of it: the case and its timeline and consent (patient-intake),
 * its panel with the same specialists and a running 48-hour clock for each (specialist-matching),
 * its quote and ledger (billing), its progress (records) and each service's copy of its parties.
 * Straight into the databases: tests of reads need many cases, not the journey that makes them.
 * @param platform - the running test platform
 * @param count - how many cases to add
 * @returns the new cases' ids
 */
export async function addDemoCaseCopies(platform: TestPlatform, count: number): Promise<string[]> {
  const {
    'patient-intake': intake,
    'specialist-matching': matching,
    billing,
    records,
  } = platform.subgraphs;
  const copies = Array.from({ length: count }, () => ({
    caseId: newId(),
    patientId: newId(),
    panelId: newId(),
  }));
  const each = (change: (copy: (typeof copies)[number], row: Row) => Row) =>
    copies.map((copy) => (row: Row) => change(copy, row));
  const ofCase = each(({ caseId, patientId }) => ({ case_id: caseId, patient_id: patientId }));
  await cloneRows(
    intake.orm,
    'patient',
    'id',
    DEMO_IDS.patient,
    each((copy) => ({ id: copy.patientId })),
  );
  await cloneRows(
    intake.orm,
    'medical_case',
    'id',
    DEMO_IDS.case,
    each(({ caseId, patientId }) => ({ id: caseId, patient_id: patientId })),
  );
  await cloneRows(
    intake.orm,
    'case_timeline_entry',
    'case_id',
    DEMO_IDS.case,
    each(({ caseId }) => ({ case_id: caseId, event_id: newId() })),
  );
  await cloneRows(intake.orm, 'consent', 'case_id', DEMO_IDS.case, ofCase);
  await cloneRows(
    matching.orm,
    'panel',
    'case_id',
    DEMO_IDS.case,
    each(({ caseId, panelId }) => ({ id: panelId, case_id: caseId })),
  );
  const members = await cloneRows(
    matching.orm,
    'panel_member',
    'panel_id',
    DEMO_IDS.panel,
    each(({ panelId }) => ({ panel_id: panelId })),
  );
  await cloneRows(matching.orm, 'case_profile', 'case_id', DEMO_IDS.case, ofCase);
  const now = new Date();
  const due = new Date(now.getTime() + 48 * 3600_000);
  const caseOfPanel = new Map(copies.map((copy) => [copy.panelId, copy.caseId]));
  await insertRows(
    matching.orm,
    'contact_sla',
    members.map((member) => ({
      id: newId(),
      created_at: now,
      updated_at: now,
      case_id: caseOfPanel.get(String(member['panel_id'])),
      specialist_id: member['specialist_id'],
      started_at: now,
      due_at: due,
    })),
  );
  await cloneRows(
    billing.orm,
    'quote',
    'case_id',
    DEMO_IDS.case,
    each(({ caseId }) => ({ case_id: caseId })),
  );
  await cloneRows(billing.orm, 'case_ledger', 'case_id', DEMO_IDS.case, ofCase);
  await cloneRows(records.orm, 'case_progress', 'case_id', DEMO_IDS.case, ofCase);
  const parties = each(({ caseId, patientId }, row) => ({
    case_id: caseId,
    party_id: row['kind'] === 'PATIENT' ? patientId : row['party_id'],
  }));
  for (const service of [intake, matching, billing, records]) {
    await cloneRows(service.orm, 'case_party', 'case_id', DEMO_IDS.case, parties);
  }
  return copies.map((copy) => copy.caseId);
}

/**
 * Adds copies of the demo case's documents (records) until it has `total`.
 * @param platform - the running test platform
 * @param total - how many documents the demo case should have
 */
export async function growDemoCaseDocuments(platform: TestPlatform, total: number): Promise<void> {
  const { orm } = platform.subgraphs.records;
  const existing = await rowsOf(orm, 'document', 'case_id', DEMO_IDS.case);
  const copies = Array.from({ length: total - existing.length }, (_, index) => ({
    ...existing[index % existing.length]!,
    id: newId(),
    title: `Report copy ${index + 1}`,
  }));
  await insertRows(orm, 'document', copies);
}

/**
 * Adds copies of a demo specialist (same specialty, languages and city) to the directory.
 * @param platform - the running test platform
 * @param count - how many to add
 * @returns the directory filters the copies all match
 */
export async function addSpecialistCopies(
  platform: TestPlatform,
  count: number,
): Promise<{ specialty: string; language: string; city: string }> {
  const { orm } = platform.subgraphs['specialist-matching'];
  const [model] = await rowsOf(orm, 'specialist', 'id', DEMO_IDS.specialists[0]);
  const copies = Array.from({ length: count }, (_, index) => ({
    ...model!,
    id: newId(),
    full_name: `Dr. Copy ${index + 1} ${String(model!['full_name'])}`,
  }));
  await insertRows(orm, 'specialist', copies);
  const languages = model!['languages'];
  const list = (typeof languages === 'string' ? JSON.parse(languages) : languages) as string[];
  return {
    specialty: String(model!['specialty']),
    language: list[0]!,
    city: String(model!['city']),
  };
}
