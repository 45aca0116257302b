import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { newId } from '../ids/uuid';
import type { BaseContext } from '../server/context.type';
import { AuditEntry, AuditOperation, AuditOutcome } from './audit-entry.entity';
import {
  accessLogPage,
  auditAccessSource,
  type AccessLogSource,
  type PositionedAccess,
} from './record-access-log';
import { RecordAccessChannel, RecordAccessKind } from './record-access.types';

// The access log folds one request's entries into one access and pages through several sources
// with one cursor, even when many entries share one instant (a request writes its entries with
// one timestamp) and a request holds more entries than one read of the log.

describe('A patient’s access log, paged over the audit log and another source', () => {
  const patientId = newId();
  const specialist = newId();
  const at = new Date('2026-11-30T10:00:00.000Z');
  let dir: string;
  let orm: MikroORM;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-access-log-'));
    orm = await MikroORM.init({
      driver: BetterSqliteDriver,
      dbName: path.join(dir, 'audit.sqlite'),
      entities: [AuditEntry],
      allowGlobalContext: false,
    });
    await orm.schema.createSchema();
    const em = orm.em.fork();
    const entry = (requestId: string, occurredAt: Date, extra: Partial<AuditEntry> = {}) =>
      em.create(AuditEntry, {
        id: newId(),
        occurredAt,
        service: 'records',
        accountId: specialist,
        roles: ['SPECIALIST'],
        subjectPatientId: patientId,
        objectType: 'Document',
        objectId: newId(),
        operation: AuditOperation.READ,
        fields: ['content'],
        outcome: AuditOutcome.ALLOWED,
        requestId,
        ...extra,
      });
    // five requests of three entries each, all at the same millisecond
    for (const request of ['r1', 'r2', 'r3', 'r4', 'r5']) {
      for (let index = 0; index < 3; index += 1) entry(request, at);
    }
    // one request that read 120 objects, a second earlier (more than one read of the log)
    for (let index = 0; index < 120; index += 1) entry('big', new Date(at.getTime() - 1000));
    // a refused attempt, two seconds earlier
    entry('refused', new Date(at.getTime() - 2000), {
      outcome: AuditOutcome.DENIED,
      reason: 'not a party to the case',
    });
    // someone else's record, and an attempt without signing in: never listed
    entry('other', at, { subjectPatientId: newId() });
    entry('anonymous', at, { accountId: null, outcome: AuditOutcome.DENIED });
    await em.flush();
  });
  afterAll(async () => {
    await orm?.close(true);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Another source with one access at the very instant of the five requests. */
  const linkUse: AccessLogSource = async (_ctx, query) => {
    const use: PositionedAccess = {
      position: { at, key: 'u:019ad000-0000-7000-8000-00000000aaaa' },
      access: {
        id: '019ad000-0000-7000-8000-00000000aaaa',
        at,
        service: 'records',
        requestId: null,
        channel: RecordAccessChannel.SHARE_LINK,
        accessor: null,
        shareLink: { id: newId(), recipientEmail: 'dr@example.org', caseId: null },
        outcome: AuditOutcome.ALLOWED,
        items: [],
      },
    };
    const after =
      !query.before ||
      query.before.at > at ||
      (query.before.at.getTime() === at.getTime() && query.before.key > use.position.key);
    return after && (!query.kinds || query.kinds.has(RecordAccessKind.SHARE_LINK)) ? [use] : [];
  };

  const page = (first: number, after: string | null, kinds: RecordAccessKind[] | null = null) =>
    accessLogPage(
      { em: orm.em.fork() } as unknown as BaseContext,
      [auditAccessSource('records'), linkUse],
      { patientId, caseId: null, kinds: kinds && new Set(kinds), excludeAccountId: null },
      first,
      after,
    );

  it('lists each request once, the other source’s access in its place, newest first', async () => {
    const all = await page(100, null);
    const requests = all.edges.map(({ node }) => node.requestId ?? 'link');
    expect(requests).toEqual(['link', 'r5', 'r4', 'r3', 'r2', 'r1', 'big', 'refused']);
    expect(all.edges[1]!.node.items).toHaveLength(3);
    expect(all.edges[6]!.node.items).toHaveLength(120);
    expect(all.edges[7]!.node).toMatchObject({
      outcome: 'DENIED',
      items: [expect.objectContaining({ refusal: 'NOT_PERMITTED' })],
    });
    expect(all.pageInfo.hasNextPage).toBe(false);
  });

  it('gives the same list one access at a time, through the cursors', async () => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 20; pages += 1) {
      const one = await page(1, after);
      ids.push(...one.edges.map(({ node }) => node.id));
      if (!one.pageInfo.hasNextPage) break;
      after = one.pageInfo.endCursor;
    }
    expect(ids).toEqual((await page(100, null)).edges.map(({ node }) => node.id));
  });

  it('narrows to kinds', async () => {
    const refused = await page(100, null, [RecordAccessKind.REFUSED]);
    expect(refused.edges.map(({ node }) => node.requestId)).toEqual(['refused']);
    const links = await page(100, null, [RecordAccessKind.SHARE_LINK]);
    expect(links.edges.map(({ node }) => node.channel)).toEqual(['SHARE_LINK']);
  });
});
