import { authorizeCase, referenceId, requireRole } from '@consilium/subgraph-kit';
import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { CaseReference } from '../case/case.type';
import type { Context } from '../context.type';
import { Specialist } from '../specialist/specialist.entity';
import { ContactLogInput } from './contact-log.input';
import { ContactLog } from './contact-log.entity';
import { logContact } from './contact-log.service';
import { ContactSlaStatus, contactSlaStatus } from './contact-sla-status.enum';
import { ContactSla } from './contact-sla.entity';
import { caseTargetOf } from '../case/case-target';

async function specialistOf(ctx: Context, id: string): Promise<Specialist> {
  const found = await ctx.loaders.specialist.load(id);
  if (!found) throw new Error(`specialist ${id} is missing`);
  return found;
}

@Resolver(() => CaseReference)
export class CaseConsultationResolver {
  /** Each specialist's 48-hour contact clock for the case (batched), for those entitled to it. */
  @FieldResolver(() => [ContactSla], { description: 'Each specialist’s 48-hour contact clock.' })
  async contactSlas(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<ContactSla[]> {
    const caseId = referenceId(found);
    await authorizeCase(ctx, await caseTargetOf(ctx, caseId), {
      objectType: 'ContactSla',
      fields: ['dueAt'],
    });
    return ctx.loaders.contactSlasByCase.load(caseId);
  }

  /** The contacts logged on the case, oldest first (batched); not for partners. */
  @FieldResolver(() => [ContactLog], { description: 'Contacts logged on the case, oldest first.' })
  async contacts(@Root() found: CaseReference, @Ctx() ctx: Context): Promise<ContactLog[]> {
    const caseId = referenceId(found);
    await authorizeCase(ctx, await caseTargetOf(ctx, caseId), {
      objectType: 'ContactLog',
      fields: ['channel', 'note'],
      allowPartner: false,
    });
    return ctx.loaders.contactsByCase.load(caseId);
  }
}

@Resolver(() => ContactSla)
export class ContactSlaResolver {
  @FieldResolver(() => ContactSlaStatus)
  status(@Root() sla: ContactSla): ContactSlaStatus {
    return contactSlaStatus(sla);
  }

  @FieldResolver(() => Specialist)
  specialist(@Root() sla: ContactSla, @Ctx() ctx: Context): Promise<Specialist> {
    return specialistOf(ctx, sla.specialistId);
  }

  @FieldResolver(() => CaseReference)
  case(@Root() sla: ContactSla): CaseReference {
    return { id: sla.caseId };
  }

  /**
   * Open clocks for operations staff, breaches first (oldest breach first), then the rest by due
   * time; cases closed meanwhile are left out.
   * @throws FORBIDDEN unless operations staff
   */
  @Query(() => [ContactSla], {
    description: 'Contact clocks not yet met, breaches first, then by due time (operations).',
  })
  async slaBoard(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 100, description: '1–500' }) first: number,
  ): Promise<ContactSla[]> {
    requireRole(ctx, 'OPERATIONS');
    const limit = Math.min(Math.max(first, 1), 500);
    const open = await ctx.em.find(
      ContactSla,
      { contactedAt: null },
      { orderBy: { dueAt: 'asc' } },
    );
    const closed = new Set(
      (
        await ctx.em.find(CaseProfile, {
          caseId: { $in: open.map((sla) => sla.caseId) },
          closedAt: { $ne: null },
        })
      ).map((profile) => profile.caseId),
    );
    const live = open.filter((sla) => !closed.has(sla.caseId));
    const breached = live
      .filter((sla) => sla.breachedAt)
      .sort((a, b) => a.breachedAt!.getTime() - b.breachedAt!.getTime());
    return [...breached, ...live.filter((sla) => !sla.breachedAt)].slice(0, limit);
  }

  /**
   * The signed-in specialist's contact clocks on cases still open, due soonest first.
   * @throws FORBIDDEN unless a specialist
   */
  @Query(() => [ContactSla], {
    description: 'The signed-in specialist’s contact clocks on open cases, due soonest first.',
  })
  async myContactSlas(@Ctx() ctx: Context): Promise<ContactSla[]> {
    const viewer = requireRole(ctx, 'SPECIALIST');
    if (!viewer.specialistId) return [];
    const mine = await ctx.em.find(
      ContactSla,
      { specialistId: viewer.specialistId },
      { orderBy: { dueAt: 'asc' } },
    );
    const closed = new Set(
      (
        await ctx.em.find(CaseProfile, {
          caseId: { $in: mine.map((sla) => sla.caseId) },
          closedAt: { $ne: null },
        })
      ).map((profile) => profile.caseId),
    );
    return mine.filter((sla) => !closed.has(sla.caseId));
  }
}

@Resolver(() => ContactLog)
export class ContactLogResolver {
  @FieldResolver(() => Specialist)
  specialist(@Root() contact: ContactLog, @Ctx() ctx: Context): Promise<Specialist> {
    return specialistOf(ctx, contact.specialistId);
  }

  /** A confirmed specialist of a paid case logs a contact with the patient; see logContact. */
  @Mutation(() => ContactLog, {
    description: 'Logs a contact with the patient; the first one stops the 48-hour clock.',
  })
  logContact(
    @Ctx() ctx: Context,
    @Arg('input', () => ContactLogInput) input: ContactLogInput,
  ): Promise<ContactLog> {
    return logContact(ctx, input);
  }
}
