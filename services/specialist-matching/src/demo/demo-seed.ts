import type { EntityManager } from '@mikro-orm/core';
import { DEMO_IDS } from '@consilium/subgraph-kit';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { PanelMemberStatus } from '../panel/panel-member-status.enum';
import { PanelMember } from '../panel/panel-member.entity';
import { PanelMode } from '../panel/panel-mode.enum';
import { Panel } from '../panel/panel.entity';
import { Specialist } from '../specialist/specialist.entity';
import { Weekday } from '../specialist/weekday.enum';
import { DEMO_SPECIALISTS } from './demo-specialists';

/**
 * Seeds five listed demo specialists and the demo case's board of three, all confirmed.
 * Idempotent.
 * @param em - an EntityManager inside a transaction
 */
export async function seedDemo(em: EntityManager): Promise<void> {
  if (await em.findOne(Specialist, { id: DEMO_IDS.specialists[0] })) return;
  const specialists = DEMO_SPECIALISTS.map((profile, index) =>
    em.create(Specialist, {
      ...profile,
      languages: [...profile.languages],
      hospitals: [...profile.hospitals],
      weeklyAvailability: profile.weeklyAvailability.map((slot) => ({
        ...slot,
        weekday: slot.weekday as Weekday,
      })),
      id: DEMO_IDS.specialists[index]!,
      verifiedAt: new Date('2026-11-01T04:30:00Z'),
    }),
  );
  const panel = em.create(Panel, {
    createdAt: new Date('2026-11-20T06:00:00Z'),
    id: DEMO_IDS.panel,
    caseId: DEMO_IDS.case,
    mode: PanelMode.BOARD,
    seats: 3,
    confirmedAt: new Date('2026-11-21T04:00:00Z'),
  });
  // what this service learned of the demo case from the others' events: consented, not yet paid
  em.create(CaseProfile, {
    caseId: DEMO_IDS.case,
    patientId: DEMO_IDS.patient,
    consentedAt: new Date('2026-11-20T06:00:00Z'),
  });
  const respondedAt = new Date('2026-11-21T04:00:00Z');
  for (const specialist of specialists.slice(0, 3)) {
    em.create(PanelMember, {
      panel,
      specialist,
      status: PanelMemberStatus.CONFIRMED,
      respondedAt,
      createdAt: new Date('2026-11-20T06:00:00Z'),
    });
  }
}
