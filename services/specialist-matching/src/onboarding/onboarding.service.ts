import {
  AuditOperation,
  AuditOutcome,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  decodeCursor,
  hasRole,
  parseId,
  parsePageSize,
  requireRole,
  toConnection,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { SpecialistConnection } from '../specialist/specialist.connection';
import { Specialist } from '../specialist/specialist.entity';
import type { SpecialistProfileInput } from './specialist-profile.input';
import { checkedProfile } from './specialist-profile.rules';

function audit(ctx: Context, id: string, operation: AuditOperation, fields: string[]): void {
  ctx.audit.record({
    objectType: 'Specialist',
    objectId: id,
    operation,
    fields,
    outcome: AuditOutcome.ALLOWED,
  });
}

async function refuseDuplicateRegistration(
  ctx: Context,
  registration: { council: string; number: string },
  except: string | null,
): Promise<void> {
  // numbers are kept in capitals (checkedProfile); councils are compared in any letter case
  const sameNumber = await ctx.em.find(Specialist, {
    registration: { number: registration.number },
    ...(except ? { id: { $ne: except } } : {}),
  });
  const council = registration.council.toLowerCase();
  const other = sameNumber.find((s) => s.registration.council.toLowerCase() === council);
  if (other) {
    throw new ConflictError(
      `${registration.council} registration ${registration.number} is already on ${other.fullName}’s profile.`,
    );
  }
}

/**
 * Operations staff add a specialist's profile; it is not listed until verified.
 * @param ctx - request context
 * @param input - the profile
 * @returns the new, unverified profile
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming the field (checkedProfile);
 *   CONFLICT when the council registration is already on another profile
 */
export async function onboardSpecialist(
  ctx: Context,
  input: SpecialistProfileInput,
): Promise<Specialist> {
  requireRole(ctx, 'OPERATIONS');
  const profile = checkedProfile(input);
  await refuseDuplicateRegistration(ctx, profile.registration, null);
  const specialist = ctx.em.create(Specialist, profile);
  await ctx.em.flush();
  audit(ctx, specialist.id, AuditOperation.CREATE, Object.keys(profile));
  return specialist;
}

/**
 * Changes a profile: operations staff any; a specialist their own. Verification stays as it was
 * unless the registration changes, which needs verifying again (and so delists the profile).
 * @param ctx - request context
 * @param id - the specialist (UUID)
 * @param input - the whole profile
 * @returns the profile after the change
 * @throws BAD_USER_INPUT; FORBIDDEN; NOT_FOUND; CONFLICT for a registration on another profile
 */
export async function updateSpecialistProfile(
  ctx: Context,
  id: string,
  input: SpecialistProfileInput,
): Promise<Specialist> {
  const specialistId = parseId(id, 'id');
  const viewer = requireRole(ctx, 'OPERATIONS', 'SPECIALIST');
  if (!hasRole(viewer, 'OPERATIONS') && viewer.specialistId !== specialistId) {
    throw new ForbiddenError('Specialists can change only their own profile.');
  }
  const specialist = await ctx.em.findOne(Specialist, { id: specialistId });
  if (!specialist) throw new NotFoundError('Specialist', id);
  const profile = checkedProfile(input);
  // an input without the email (a client that does not know the field) keeps the one on file
  if (input.email === undefined) profile.email = specialist.email;
  await refuseDuplicateRegistration(ctx, profile.registration, specialist.id);
  const registrationChanged =
    specialist.registration.council !== profile.registration.council ||
    specialist.registration.number !== profile.registration.number;
  ctx.em.assign(specialist, profile);
  if (registrationChanged) specialist.verifiedAt = null;
  await ctx.em.flush();
  audit(ctx, specialist.id, AuditOperation.UPDATE, Object.keys(profile));
  return specialist;
}

/**
 * Operations staff record that they checked the medical council registration and
 * qualifications: the profile is listed when also active. Verifying again keeps the first time.
 * @throws FORBIDDEN unless operations staff; NOT_FOUND
 */
export async function verifySpecialist(ctx: Context, id: string): Promise<Specialist> {
  requireRole(ctx, 'OPERATIONS');
  const specialist = await ctx.em.findOne(Specialist, { id: parseId(id, 'id') });
  if (!specialist) throw new NotFoundError('Specialist', id);
  specialist.verifiedAt ??= new Date();
  await ctx.em.flush();
  audit(ctx, specialist.id, AuditOperation.UPDATE, ['verifiedAt']);
  return specialist;
}

/**
 * Operations staff list or delist a specialist (on leave, left the platform). Panels already
 * confirmed are not changed; a delisted specialist is not offered for new ones.
 * @throws FORBIDDEN unless operations staff; NOT_FOUND
 */
export async function setSpecialistActive(
  ctx: Context,
  id: string,
  active: boolean,
): Promise<Specialist> {
  requireRole(ctx, 'OPERATIONS');
  const specialist = await ctx.em.findOne(Specialist, { id: parseId(id, 'id') });
  if (!specialist) throw new NotFoundError('Specialist', id);
  specialist.active = active;
  await ctx.em.flush();
  audit(ctx, specialist.id, AuditOperation.UPDATE, ['active']);
  return specialist;
}

/**
 * Every profile, listed or not, for operations staff: those awaiting verification first when
 * `awaitingVerification` is true, else all by name (keyset on name, id).
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT for a bad `first` or `after`
 */
export async function listSpecialistProfiles(
  ctx: Context,
  awaitingVerification: boolean,
  first: number,
  after: string | null,
): Promise<SpecialistConnection> {
  requireRole(ctx, 'OPERATIONS');
  const size = parsePageSize(first);
  const where: Record<string, unknown> = awaitingVerification ? { verifiedAt: null } : {};
  if (after != null) {
    const [name, id] = decodeCursor(after, ['text', 'uuid']);
    where['$or'] = [{ fullName: { $gt: name } }, { fullName: name, id: { $gt: id } }];
  }
  const rows = await ctx.em.find(Specialist, where, {
    orderBy: { fullName: 'asc', id: 'asc' },
    limit: size + 1,
  });
  return toConnection(rows, size, after, (node) => [node.fullName, node.id]);
}
