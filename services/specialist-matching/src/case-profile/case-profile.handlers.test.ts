import { DEMO_IDS, createEvent } from '@consilium/subgraph-kit';
import { startTestService, type TestService } from '@consilium/subgraph-kit/testing';
import { AppointmentMode } from '../appointment/appointment-enums';
import { Appointment } from '../appointment/appointment.entity';
import { ContactChannel } from '../consultation/contact-channel.enum';
import { ContactLog } from '../consultation/contact-log.entity';
import { specialistMatching } from '../index';
import { InfoRequestKind } from '../info-request/info-request-enums';
import { InfoRequest } from '../info-request/info-request.entity';
import { CaseProfile } from './case-profile.entity';
import { caseProfileHandlers } from './case-profile.handlers';

const CASE_ID = '019ad000-0000-7000-8000-00000000e7a5';

describe('What specialist-matching keeps of an erased case', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService(specialistMatching);
  });
  afterAll(() => service.stop());

  it('destroys the matching profile and every free text, keeping times and channels', async () => {
    const specialistId = DEMO_IDS.specialists[0]!;
    await service.orm.em.fork().transactional(async (em) => {
      em.create(CaseProfile, {
        caseId: CASE_ID,
        conditionCodes: ['M51.1'],
        terms: ['sciatica after a fall'],
        languages: ['hi'],
        ageYears: 38,
      });
      em.create(ContactLog, {
        caseId: CASE_ID,
        specialistId,
        channel: ContactChannel.PHONE,
        occurredAt: new Date('2026-11-29T12:00:00Z'),
        note: 'Discussed the MRI',
      });
      em.create(InfoRequest, {
        caseId: CASE_ID,
        specialistId,
        kind: InfoRequestKind.TEST,
        question: 'Please get flexion-extension X-rays.',
        answer: 'Done on Monday',
        documentIds: [DEMO_IDS.case],
      });
      em.create(Appointment, {
        caseId: CASE_ID,
        specialistId,
        mode: AppointmentMode.IN_PERSON,
        durationMinutes: 30,
        address: 'OPD 3, New Delhi',
      });
    });
    const erased = createEvent({
      type: 'ErasureCompleted',
      caseId: CASE_ID,
      patientId: null,
      data: { requestId: DEMO_IDS.panel },
    });
    await service.orm.em
      .fork()
      .transactional((em) => caseProfileHandlers().ErasureCompleted!(em, erased as never));
    const em = service.orm.em.fork();
    expect(await em.findOneOrFail(CaseProfile, { caseId: CASE_ID })).toMatchObject({
      conditionCodes: [],
      terms: [],
      languages: [],
      ageYears: null,
    });
    expect(await em.findOneOrFail(ContactLog, { caseId: CASE_ID })).toMatchObject({
      note: null,
      channel: 'PHONE',
    });
    expect(await em.findOneOrFail(InfoRequest, { caseId: CASE_ID })).toMatchObject({
      question: '',
      answer: null,
      documentIds: [],
    });
    expect(await em.findOneOrFail(Appointment, { caseId: CASE_ID })).toMatchObject({
      address: null,
      meetingUrl: null,
    });
  });
});
