import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { startTestPlatform, type TestPlatform } from '../testing/start-platform';
import { gql, signUpPatient, uploadReport } from '../intake/intake-test-client';

// Issue 7, "Who saw my record": the patient (and their proxies) see every access to their record
// and documents — who (name and role, never another patient's details; for a share link its
// recipient), when, what, how — and refused attempts marked as such.

const FILES = path.resolve(__dirname, '../../../../shared/fixtures/files');

interface Access {
  id: string;
  at: string;
  service: string;
  requestId: string | null;
  channel: 'SIGNED_IN' | 'SHARE_LINK';
  outcome: 'ALLOWED' | 'DENIED';
  accessor: {
    displayName: string | null;
    role: string;
    proxyRelationship: string | null;
    isYou: boolean;
  } | null;
  shareLink: { id: string; recipientEmail: string; caseId: string | null } | null;
  items: {
    objectType: string;
    objectId: string;
    caseId: string | null;
    title: string | null;
    operation: string;
    fields: string[];
    outcome: string;
    refusal: string | null;
  }[];
}

interface Page {
  edges: { cursor: string; node: Access }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const ACCESS = `
  id at service requestId channel outcome
  accessor { displayName role proxyRelationship isYou }
  shareLink { id recipientEmail caseId }
  items { objectType objectId caseId title operation fields outcome refusal }
`;
const LOG = `query ($p: ID!, $filter: RecordAccessFilter, $first: Int!, $intakeAfter: String, $recordsAfter: String) {
  patientIntakeAccessLog(patientId: $p, filter: $filter, first: $first, after: $intakeAfter) {
    edges { cursor node { ${ACCESS} } } pageInfo { hasNextPage endCursor }
  }
  recordsAccessLog(patientId: $p, filter: $filter, first: $first, after: $recordsAfter) {
    edges { cursor node { ${ACCESS} } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('Who saw my record', () => {
  let platform: TestPlatform;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'consilium-access-log-'));

  beforeAll(async () => {
    process.env['RECORDS_FILES_DIR'] = filesDir;
    platform = await startTestPlatform();
  });
  afterAll(async () => {
    await platform?.stop();
    delete process.env['RECORDS_FILES_DIR'];
    fs.rmSync(filesDir, { recursive: true, force: true });
  });

  /** Both services' lists for a patient, as one session sees them. */
  const accessLog = async (
    session: { authorization: string },
    patientId: string = DEMO_IDS.patient,
    filter: Record<string, unknown> = {},
    first = 100,
  ) => {
    const answer = await gql<{ patientIntakeAccessLog: Page; recordsAccessLog: Page }>(
      platform,
      session,
      LOG,
      { p: patientId, filter, first },
    );
    return answer;
  };
  /** Every access both lists hold, newest first (as the app merges them). */
  const merged = async (
    session: { authorization: string },
    filter: Record<string, unknown> = {},
  ): Promise<Access[]> => {
    const answer = await accessLog(session, DEMO_IDS.patient, filter);
    expect(answer.errors).toBeUndefined();
    return [...answer.data!.patientIntakeAccessLog.edges, ...answer.data!.recordsAccessLog.edges]
      .map((edge) => edge.node)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  };

  it('shows the patient that a specialist on the panel read the demo case’s documents, by name and role, from intake and records', async () => {
    const specialist = await platform.as('specialist');
    const read = await fetch(`${platform.origin}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...specialist,
        'x-request-id': 'specialist-reads-the-case-file',
      },
      body: JSON.stringify({
        query: `query ($id: ID!) { case(id: $id) { id patient { fullName } documents { id title downloadUrl } } }`,
        variables: { id: DEMO_IDS.case },
      }),
    });
    const body = (await read.json()) as {
      data?: { case: { documents: { title: string }[] } };
      errors?: unknown;
    };
    expect(body.errors).toBeUndefined();
    expect(body.data!.case.documents.length).toBe(2);

    const accesses = await merged(await platform.as('patient'));
    const bySpecialist = accesses.filter(
      (access) => access.requestId === 'specialist-reads-the-case-file',
    );
    // one request: one access in each service that holds part of the record
    expect(bySpecialist.map((access) => access.service).sort()).toEqual([
      'patient-intake',
      'records',
    ]);
    for (const access of bySpecialist) {
      expect(access).toMatchObject({
        channel: 'SIGNED_IN',
        outcome: 'ALLOWED',
        shareLink: null,
        accessor: { displayName: 'Dr Sunanda Iyer', role: 'SPECIALIST', isYou: false },
      });
    }
    const inRecords = bySpecialist.find((access) => access.service === 'records')!;
    expect(inRecords.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          objectType: 'CaseFile',
          caseId: DEMO_IDS.case,
          fields: ['documents'],
        }),
        expect.objectContaining({
          objectType: 'Document',
          objectId: DEMO_IDS.documents[0],
          title: 'Histopathology report (lumpectomy).pdf',
          fields: ['content'],
          operation: 'READ',
        }),
        expect.objectContaining({
          objectType: 'Document',
          objectId: DEMO_IDS.documents[1],
          title: 'मैमोग्राफी रिपोर्ट.jpg',
        }),
      ]),
    );
    const inIntake = bySpecialist.find((access) => access.service === 'patient-intake')!;
    expect(inIntake.items.map((item) => item.objectType).sort()).toEqual(['Case', 'Patient']);
    expect(inIntake.items.every((item) => item.caseId === DEMO_IDS.case)).toBe(true);
  });

  it('leaves the patient’s own visits out unless asked, and then calls them “you”', async () => {
    const patient = await platform.as('patient');
    await merged(patient); // the patient's own reads of the list itself
    const withoutOwn = await merged(patient);
    expect(withoutOwn.some((access) => access.accessor?.isYou)).toBe(false);
    const withOwn = await merged(patient, { includeOwn: true });
    const own = withOwn.find((access) => access.accessor?.isYou);
    expect(own).toMatchObject({
      service: expect.any(String),
      accessor: { displayName: 'Kavita Deshpande', role: 'PATIENT', isYou: true },
      items: [expect.objectContaining({ objectType: 'AccessLog', outcome: 'ALLOWED' })],
    });
  });

  it('shows share-link opens, downloads and a wrong code with the link’s recipient', async () => {
    const patient = await platform.as('patient');
    const bytes = fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf'));
    const documentId = await uploadReport(
      platform,
      patient,
      DEMO_IDS.case,
      'Kidney function.pdf',
      bytes,
      'LAB_REPORT',
    );
    const created = await gql<{
      createShareLink: { url: string; code: string; shareLink: { id: string } };
    }>(
      platform,
      patient,
      `mutation ($input: CreateShareLinkInput!) { createShareLink(input: $input) { url code shareLink { id } } }`,
      {
        input: {
          patientId: DEMO_IDS.patient,
          caseId: DEMO_IDS.case,
          recipientEmail: 'dr.rao@hospital.example',
          withCode: true,
        },
      },
    );
    expect(created.errors).toBeUndefined();
    const { url, code, shareLink } = created.data!.createShareLink;
    const open = (withCode: string) =>
      fetch(`${platform.origin}/files${url}`, { headers: { 'x-share-code': withCode } });
    expect((await open(code === '000000' ? '111111' : '000000')).status).toBe(401);
    const opened = await open(code);
    expect(opened.status).toBe(200);
    const shared = (await opened.json()) as {
      documents: { id: string; downloadUrl: string | null }[];
    };
    const report = shared.documents.find((document) => document.id === documentId)!;
    expect((await fetch(`${platform.origin}${report.downloadUrl}`)).status).toBe(200);

    const viaLink = (await merged(patient)).filter((access) => access.channel === 'SHARE_LINK');
    expect(
      viaLink.map((access) => [
        access.outcome,
        access.items[0]!.objectType,
        access.items[0]!.refusal,
      ]),
    ).toEqual([
      ['ALLOWED', 'Document', null],
      ['ALLOWED', 'CaseFile', null],
      ['DENIED', 'CaseFile', 'WRONG_CODE'],
    ]);
    for (const access of viaLink) {
      expect(access.accessor).toBeNull();
      expect(access.shareLink).toEqual({
        id: shareLink.id,
        recipientEmail: 'dr.rao@hospital.example',
        caseId: DEMO_IDS.case,
      });
    }
    expect(viaLink[0]!.items[0]).toMatchObject({
      objectId: documentId,
      title: 'Kidney function.pdf',
      caseId: DEMO_IDS.case,
      fields: ['content'],
    });

    // narrowed to share links, or to refusals: the wrong code is in both
    const onlyLinks = await merged(patient, { kinds: ['SHARE_LINK'] });
    expect(onlyLinks.map((access) => access.id)).toEqual(viaLink.map((access) => access.id));
    const refused = await merged(patient, { kinds: ['REFUSED'] });
    expect(refused.map((access) => access.id)).toContain(viaLink[2]!.id);
    expect(refused.every((access) => access.outcome === 'DENIED')).toBe(true);
  });

  it('refuses another patient (FORBIDDEN), and shows their attempt to the patient without their details', async () => {
    const stranger = await signUpPatient(
      platform,
      'access.stranger@example.org',
      'Anil Stranger-Kumar',
    );
    const refused = await accessLog(stranger);
    expect(refused.data).toBeNull();
    const codes = (refused.errors ?? []).map((error) => error.extensions?.['code']);
    expect(codes.length).toBeGreaterThan(0);
    expect(new Set(codes)).toEqual(new Set(['FORBIDDEN']));
    // a clinician on the case is not the patient's side either
    const specialist = await accessLog(await platform.as('specialist'));
    expect(specialist.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const patient = await platform.as('patient');
    const answer = await accessLog(patient, DEMO_IDS.patient, { kinds: ['REFUSED'] });
    expect(JSON.stringify(answer)).not.toMatch(/Anil|Stranger|access\.stranger/);
    const attempts = [
      ...answer.data!.patientIntakeAccessLog.edges,
      ...answer.data!.recordsAccessLog.edges,
    ]
      .map((edge) => edge.node)
      .filter((access) => access.accessor?.role === 'UNRELATED');
    expect(attempts.length).toBe(2);
    for (const attempt of attempts) {
      expect(attempt).toMatchObject({
        outcome: 'DENIED',
        accessor: { displayName: null, role: 'UNRELATED', isYou: false },
        items: [
          expect.objectContaining({
            objectType: 'AccessLog',
            outcome: 'DENIED',
            refusal: 'NOT_PERMITTED',
          }),
        ],
      });
    }
  });

  it('lets a proxy see their dependant’s list; the patient sees the proxy by name and relationship', async () => {
    const proxy = await platform.as('proxy');
    const seenByProxy = await merged(proxy);
    expect(seenByProxy.some((access) => access.accessor?.displayName === 'Dr Sunanda Iyer')).toBe(
      true,
    );
    expect(seenByProxy.some((access) => access.accessor?.isYou)).toBe(false);

    const seenByPatient = await merged(await platform.as('patient'));
    expect(
      seenByPatient.find((access) => access.accessor?.displayName === 'Rahul Deshpande'),
    ).toMatchObject({
      accessor: { role: 'PROXY', proxyRelationship: 'SPOUSE', isYou: false },
      items: [expect.objectContaining({ objectType: 'AccessLog', outcome: 'ALLOWED' })],
    });
  });

  it('pages newest first with first/after and narrows to one case', async () => {
    const patient = await platform.as('patient');
    const all = (await accessLog(patient)).data!.recordsAccessLog.edges.map((edge) => edge.node);
    expect(all.length).toBeGreaterThan(3);
    const times = all.map((access) => Date.parse(access.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: { recordsAccessLog: Page } | null } = await gql<{
        recordsAccessLog: Page;
      }>(
        platform,
        patient,
        `query ($p: ID!, $after: String) { recordsAccessLog(patientId: $p, first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { p: DEMO_IDS.patient, after },
      );
      const connection = page.data!.recordsAccessLog;
      expect(connection.edges.length).toBeLessThanOrEqual(2);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((access) => access.id));

    const otherCase = '019ad000-0000-7000-8000-0000000009ff';
    const none = await accessLog(patient, DEMO_IDS.patient, { caseId: otherCase });
    expect(none.data!.recordsAccessLog.edges).toEqual([]);
    expect(none.data!.patientIntakeAccessLog.edges).toEqual([]);
    const demoCase = await accessLog(patient, DEMO_IDS.patient, { caseId: DEMO_IDS.case });
    expect(demoCase.data!.recordsAccessLog.edges.length).toBeGreaterThan(0);
    for (const { node } of demoCase.data!.recordsAccessLog.edges) {
      expect(node.items.some((item) => item.caseId === DEMO_IDS.case)).toBe(true);
    }

    const badCursor = await gql(
      platform,
      patient,
      `query ($p: ID!) { recordsAccessLog(patientId: $p, after: "not-a-cursor") { edges { cursor } } }`,
      { p: DEMO_IDS.patient },
    );
    expect(badCursor.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'after',
    });
  });
});
