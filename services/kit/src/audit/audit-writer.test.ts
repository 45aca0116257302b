import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import pino from 'pino';
import { CaseParty, CasePartyKind } from '../auth/case-party.entity';
import { newId } from '../ids/uuid';
import { AuditEntry, AuditOperation, AuditOutcome } from './audit-entry.entity';
import { AuditWriter, type AuditCaller, type AuditRecord } from './audit-writer';

// Requests finishing together share one audit commit, each still waits for its own entries to be
// committed, and a request whose entries cannot be written fails alone.

describe('Writing the audit entries of concurrent requests', () => {
  let dir: string;
  let orm: MikroORM;
  let writer: AuditWriter;
  const patientId = newId();
  const caseId = newId();
  const caller = (requestId: string): AuditCaller => ({
    viewer: null,
    requestId,
    ipAddress: '127.0.0.1',
    userAgent: 'jest',
  });
  const read = (objectId: string): AuditRecord => ({
    objectType: 'MedicalCase',
    objectId,
    caseId,
    operation: AuditOperation.READ,
    fields: ['stage'],
    outcome: AuditOutcome.ALLOWED,
  });
  const written = (requestId: string) => orm.em.fork().find(AuditEntry, { requestId });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-audit-writer-'));
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: path.join(dir, 'audit.sqlite'),
      entities: [AuditEntry, CaseParty],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    em.create(CaseParty, { caseId, kind: CasePartyKind.PATIENT, partyId: patientId });
    await em.flush();
    writer = new AuditWriter(orm, pino({ level: 'silent' }));
  });

  afterAll(async () => {
    await orm.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('commits many requests’ entries in a few transactions, each answered once it is written', async () => {
    const forks = jest.spyOn(orm.em, 'fork');
    const requests = Array.from({ length: 40 }, (_, index) => `group-${index}`);
    await Promise.all(
      requests.map(async (requestId) => {
        await writer.append('patient-intake', caller(requestId), [read(newId()), read(newId())]);
        // answered only after its own entries are in the database
        expect(await written(requestId)).toHaveLength(2);
      }),
    );
    const transactions = forks.mock.calls.length - requests.length; // minus the reads above
    forks.mockRestore();
    expect(transactions).toBeGreaterThanOrEqual(1);
    expect(transactions).toBeLessThan(5);
    const entry = (await written('group-7'))[0]!;
    expect(entry).toMatchObject({ service: 'patient-intake', subjectPatientId: patientId });
  });

  it('fails only the request whose entries cannot be written', async () => {
    const bad = { ...read(newId()), operation: 'ERASE_EVERYTHING' as AuditOperation };
    const outcomes = await Promise.allSettled([
      writer.append('patient-intake', caller('fine-1'), [read(newId())]),
      writer.append('patient-intake', caller('broken'), [read(newId()), bad]),
      writer.append('patient-intake', caller('fine-2'), [read(newId())]),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(await written('fine-1')).toHaveLength(1);
    expect(await written('fine-2')).toHaveLength(1);
    expect(await written('broken')).toHaveLength(0);
  });
});
