import { createEntityLoader, createGroupLoader, type BaseContext } from '@consilium/subgraph-kit';
import type DataLoader from 'dataloader';
import { Appointment, AppointmentSlot } from './appointment/appointment.entity';
import { ContactLog } from './consultation/contact-log.entity';
import { InfoRequest } from './info-request/info-request.entity';
import { ContactSla } from './consultation/contact-sla.entity';
import { PanelMember } from './panel/panel-member.entity';
import { Panel } from './panel/panel.entity';
import { Specialist } from './specialist/specialist.entity';

/** The per-request context of specialist-matching. */
export interface Context extends BaseContext {
  loaders: {
    specialist: DataLoader<string, Specialist | undefined>;
    panel: DataLoader<string, Panel | undefined>;
    panelByCase: DataLoader<string, Panel | undefined>;
    membersByPanel: DataLoader<string, PanelMember[]>;
    membersBySpecialist: DataLoader<string, PanelMember[]>;
    contactSlasByCase: DataLoader<string, ContactSla[]>;
    contactsByCase: DataLoader<string, ContactLog[]>;
    appointmentsByCase: DataLoader<string, Appointment[]>;
    slotsByAppointment: DataLoader<string, AppointmentSlot[]>;
    infoRequestsByCase: DataLoader<string, InfoRequest[]>;
  };
}

/**
 * Adds specialist-matching's DataLoaders to a request's base context.
 * @param base - the kit's per-request context
 * @returns the full context
 */
export function createContext(base: BaseContext): Context {
  return {
    ...base,
    loaders: {
      specialist: createEntityLoader(base.em, Specialist),
      panel: createEntityLoader(base.em, Panel),
      panelByCase: createEntityLoader(base.em, Panel, 'caseId'),
      membersByPanel: createGroupLoader(base.em, PanelMember, 'panel', { createdAt: 'asc' }),
      membersBySpecialist: createGroupLoader(base.em, PanelMember, 'specialist', {
        createdAt: 'desc',
      }),
      contactSlasByCase: createGroupLoader(base.em, ContactSla, 'caseId', { dueAt: 'asc' }),
      contactsByCase: createGroupLoader(base.em, ContactLog, 'caseId', { occurredAt: 'asc' }),
      appointmentsByCase: createGroupLoader(base.em, Appointment, 'caseId', { createdAt: 'asc' }),
      slotsByAppointment: createGroupLoader(base.em, AppointmentSlot, 'appointment', {
        startsAt: 'asc',
      }),
      infoRequestsByCase: createGroupLoader(base.em, InfoRequest, 'caseId', { createdAt: 'asc' }),
    },
  } satisfies Context;
}
