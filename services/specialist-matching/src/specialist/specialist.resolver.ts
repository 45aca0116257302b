import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ForbiddenError, hasRole, requireViewer } from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { PanelMember } from '../panel/panel-member.entity';
import { SpecialistConnection } from './specialist.connection';
import { Specialist } from './specialist.entity';
import { SpecialistFilter } from './specialist-filter.input';
import { searchSpecialists } from './specialist-search';
import { getSpecialist } from './specialist.service';
import { SPECIALTIES } from './specialty-catalog';

@Resolver(() => Specialist)
export class SpecialistResolver {
  /** One specialist by id; NOT_FOUND when unknown, BAD_USER_INPUT when `id` is not a UUID. */
  @Query(() => Specialist, { description: 'One specialist by id.' })
  specialist(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Specialist> {
    return getSpecialist(ctx, id);
  }

  /**
   * The directory of verified, active specialists matching `filter`, most relevant first (see
   * searchSpecialists); `first` ≤ 100. BAD_USER_INPUT naming `filter.<field>` for a bad filter.
   */
  @Query(() => SpecialistConnection, {
    description: 'Verified, active specialists matching the filter, most relevant first.',
  })
  specialists(
    @Ctx() ctx: Context,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Arg('filter', () => SpecialistFilter, { nullable: true }) filter: SpecialistFilter | null,
  ): Promise<SpecialistConnection> {
    return searchSpecialists(ctx, filter ?? {}, first, after);
  }

  /** The standard list of specialties the directory is filtered by (specialty-catalog.ts). */
  @Query(() => [String], { description: 'The standard list of specialties, A–Z.' })
  specialties(): string[] {
    return [...SPECIALTIES];
  }

  /** The specialist's message email: for operations staff and the specialist only, else null. */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Email for platform messages (operations staff and the specialist only).',
  })
  email(@Root() specialist: Specialist, @Ctx() ctx: Context): string | null {
    const viewer = ctx.viewer;
    const allowed =
      viewer !== null && (hasRole(viewer, 'OPERATIONS') || viewer.specialistId === specialist.id);
    return allowed ? specialist.email : null;
  }

  /**
   * The panels the specialist is on, newest request first (batched): for the specialist
   * themself and operations staff; FORBIDDEN otherwise.
   */
  @FieldResolver(() => [PanelMember], {
    description: 'The panels the specialist is on, newest request first.',
  })
  panelMemberships(@Root() specialist: Specialist, @Ctx() ctx: Context): Promise<PanelMember[]> {
    const viewer = requireViewer(ctx);
    if (!hasRole(viewer, 'OPERATIONS') && viewer.specialistId !== specialist.id) {
      throw new ForbiddenError('Only the specialist and operations staff see their panels.');
    }
    return ctx.loaders.membersBySpecialist.load(specialist.id);
  }
}
