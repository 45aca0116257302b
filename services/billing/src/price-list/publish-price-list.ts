import {
  AuditOperation,
  AuditOutcome,
  BadUserInputError,
  currentTime,
  requireRole,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import { PriceListEntry } from './price-list-entry.entity';
import { PriceList } from './price-list.entity';
import type { PublishPriceListInput } from './price-list.input';

function checkedLines(lines: string[], field: string): string[] {
  const clean = lines.map((line) => line.trim()).filter(Boolean);
  if (clean.length === 0) throw new BadUserInputError(field, `${field} needs at least one line.`);
  const long = clean.findIndex((line) => line.length > 300);
  if (long >= 0)
    throw new BadUserInputError(`${field}.${long}`, 'Each line is at most 300 characters.');
  return clean;
}

/**
 * Checks the fees cover every panel size exactly once: the first from 1 specialist, each next
 * one starting where the one before ended, only the last without an upper bound.
 * @throws BadUserInputError naming `entries.<i>.<field>` and the rule
 */
function checkEntries(input: PublishPriceListInput): void {
  if (input.entries.length === 0) throw new BadUserInputError('entries', 'Give at least one fee.');
  let next = 1;
  input.entries.forEach((entry, index) => {
    const at = (field: string): string => `entries.${index}.${field}`;
    const label = entry.label.trim();
    if (label.length < 2 || label.length > 128) {
      throw new BadUserInputError(at('label'), 'The label must be 2 to 128 characters.');
    }
    if (entry.minSpecialists !== next) {
      throw new BadUserInputError(
        at('minSpecialists'),
        `This fee must start at ${next} specialist${next === 1 ? '' : 's'}, so every panel size has exactly one fee.`,
      );
    }
    const last = index === input.entries.length - 1;
    const max = entry.maxSpecialists ?? null;
    if (last !== (max === null)) {
      throw new BadUserInputError(
        at('maxSpecialists'),
        last
          ? 'The last fee has no upper bound (it covers every larger board).'
          : 'Only the last fee may have no upper bound.',
      );
    }
    if (max !== null && max < entry.minSpecialists) {
      throw new BadUserInputError(at('maxSpecialists'), 'The upper bound is below the lower one.');
    }
    if (!Number.isInteger(entry.amountInPaise) || entry.amountInPaise < 100) {
      throw new BadUserInputError(
        at('amountInPaise'),
        'A fee is a whole number of paise, at least 100 (₹1).',
      );
    }
    next = (max ?? entry.minSpecialists) + 1;
  });
}

/**
 * Publishes the next price list version (operations staff). It applies to cases quoted from
 * `effectiveFrom`, which must be in the future: quotes already made keep their price (issue 9,
 * "changeable by operations staff for future cases only").
 * @param ctx - the request
 * @param input - see PublishPriceListInput
 * @returns the new version
 * @throws FORBIDDEN unless operations staff; BAD_USER_INPUT naming the field and the rule
 */
export async function publishPriceList(
  ctx: Context,
  input: PublishPriceListInput,
): Promise<PriceList> {
  const viewer = requireRole(ctx, 'OPERATIONS');
  if (!(input.effectiveFrom instanceof Date) || input.effectiveFrom <= currentTime()) {
    throw new BadUserInputError(
      'effectiveFrom',
      'A new price list can only apply from a time in the future; cases already quoted keep their price.',
    );
  }
  checkEntries(input);
  const includes = checkedLines(input.includes, 'includes');
  const excludes = checkedLines(input.excludes, 'excludes');
  const created = await ctx.em.fork().transactional(async (em) => {
    const [latest] = await em.find(PriceList, {}, { orderBy: { version: 'desc' }, limit: 1 });
    if (latest && input.effectiveFrom <= latest.effectiveFrom) {
      throw new BadUserInputError(
        'effectiveFrom',
        `Version ${latest.version} applies from ${latest.effectiveFrom.toISOString()}; a new version must start after it.`,
      );
    }
    const priceList = em.create(PriceList, {
      version: (latest?.version ?? 0) + 1,
      effectiveFrom: input.effectiveFrom,
      currency: 'INR',
      includes,
      excludes,
    });
    for (const entry of input.entries) {
      em.create(PriceListEntry, {
        priceList,
        label: entry.label.trim(),
        minSpecialists: entry.minSpecialists,
        maxSpecialists: entry.maxSpecialists ?? null,
        amount: entry.amountInPaise,
      });
    }
    return priceList;
  });
  ctx.audit.record({
    objectType: 'PriceList',
    objectId: created.id,
    operation: AuditOperation.CREATE,
    fields: ['entries', 'effectiveFrom'],
    outcome: AuditOutcome.ALLOWED,
  });
  ctx.logger.info({ version: created.version, by: viewer.accountId }, 'price list published');
  return ctx.em.findOneOrFail(PriceList, { id: created.id });
}
