import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context.type';
import { SpecialistConnection } from '../specialist/specialist.connection';
import { Specialist } from '../specialist/specialist.entity';
import {
  listSpecialistProfiles,
  onboardSpecialist,
  setSpecialistActive,
  updateSpecialistProfile,
  verifySpecialist,
} from './onboarding.service';
import { SpecialistProfileInput } from './specialist-profile.input';

@Resolver(() => Specialist)
export class OnboardingResolver {
  /** Every profile, listed or not (operations staff); see listSpecialistProfiles. */
  @Query(() => SpecialistConnection, {
    description: 'Every specialist profile, listed or not, by name (operations staff).',
  })
  specialistProfiles(
    @Ctx() ctx: Context,
    @Arg('awaitingVerification', { defaultValue: false }) awaitingVerification: boolean,
    @Arg('first', () => Int, { defaultValue: 25 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<SpecialistConnection> {
    return listSpecialistProfiles(ctx, awaitingVerification, first, after);
  }

  /** Adds an unverified profile (operations staff); see onboardSpecialist. */
  @Mutation(() => Specialist, { description: 'Adds an unverified specialist profile.' })
  onboardSpecialist(
    @Ctx() ctx: Context,
    @Arg('input', () => SpecialistProfileInput) input: SpecialistProfileInput,
  ): Promise<Specialist> {
    return onboardSpecialist(ctx, input);
  }

  /** Changes a profile (operations staff, or the specialist's own); see updateSpecialistProfile. */
  @Mutation(() => Specialist, { description: 'Changes a specialist’s profile.' })
  updateSpecialistProfile(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => SpecialistProfileInput) input: SpecialistProfileInput,
  ): Promise<Specialist> {
    return updateSpecialistProfile(ctx, id, input);
  }

  /** Marks the registration and qualifications checked (operations staff). */
  @Mutation(() => Specialist, {
    description: 'Marks the registration and qualifications checked; listed when active.',
  })
  verifySpecialist(@Ctx() ctx: Context, @Arg('id', () => ID) id: string): Promise<Specialist> {
    return verifySpecialist(ctx, id);
  }

  /** Lists (true) or delists (false) a specialist (operations staff). */
  @Mutation(() => Specialist, { description: 'Lists or delists a specialist.' })
  setSpecialistActive(
    @Ctx() ctx: Context,
    @Arg('id', () => ID) id: string,
    @Arg('active') active: boolean,
  ): Promise<Specialist> {
    return setSpecialistActive(ctx, id, active);
  }
}
