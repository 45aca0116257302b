import {
  currentTime,
  BadUserInputError,
  decodeCursor,
  parseId,
  parsePageSize,
  toConnection,
} from '@consilium/subgraph-kit';
import type { Context } from '../context.type';
import type { SpecialistConnection } from './specialist.connection';
import type { SpecialistFilter } from './specialist-filter.input';
import { Specialist } from './specialist.entity';
import { isSpecialty } from './specialty-catalog';
import {
  DEFAULT_TIME_ZONE,
  minutesAvailable,
  weekdaysAhead,
  type WeeklySlot,
} from './weekly-availability';

/** One SQL condition or score term with its bound values. */
interface Sql {
  text: string;
  values: unknown[];
}

/** `%` and `_` match literally in a LIKE pattern (escape character `\`). */
function likeLiteral(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/**
 * The WHERE conditions of a filter, after checking each field.
 * @throws BadUserInputError naming `filter.<field>` and the rule it breaks
 */
function conditionsOf(filter: SpecialistFilter, now: Date): Sql[] {
  const conditions: Sql[] = [{ text: 'listed = true', values: [] }];
  const query = filter.query?.trim().toLowerCase();
  if (query != null && query !== '') {
    if (query.length < 2 || query.length > 100) {
      throw new BadUserInputError('filter.query', 'Search words must be 2–100 characters.');
    }
    conditions.push({
      text: `search_text LIKE ? ESCAPE '\\'`,
      values: [`%${likeLiteral(query)}%`],
    });
  }
  if (filter.specialty != null) {
    if (!isSpecialty(filter.specialty)) {
      throw new BadUserInputError(
        'filter.specialty',
        `${filter.specialty} is not on the list of specialties; pick one from specialties.`,
      );
    }
    conditions.push({ text: 'specialty = ?', values: [filter.specialty] });
  }
  const language = filter.language?.trim().toLowerCase();
  if (language) {
    conditions.push({
      text: `languages_key LIKE ? ESCAPE '\\'`,
      values: [`%|${likeLiteral(language)}|%`],
    });
  }
  if (filter.availableWithinDays != null) {
    const days = filter.availableWithinDays;
    if (!Number.isInteger(days) || days < 1 || days > 60) {
      throw new BadUserInputError('filter.availableWithinDays', 'Choose between 1 and 60 days.');
    }
    // a sieve wide enough for any zone and for windows running past midnight; the consulting
    // time itself is checked after (searchSpecialists)
    const weekdays = weekdaysAhead(
      new Date(now.getTime() - 24 * 3600_000),
      days + 2,
      DEFAULT_TIME_ZONE,
    );
    conditions.push({
      text: `(${weekdays.map(() => 'availability_weekdays LIKE ?').join(' OR ')})`,
      values: weekdays.map((day) => `%|${day}|%`),
    });
  }
  if (filter.aiimsTrained != null) {
    conditions.push({
      text: `aiims_trained = ${filter.aiimsTrained ? 'true' : 'false'}`,
      values: [],
    });
  }
  const city = filter.city?.trim().toLowerCase();
  if (city) {
    conditions.push({ text: `lower(city) LIKE ? ESCAPE '\\'`, values: [`${likeLiteral(city)}%`] });
  }
  return conditions;
}

/**
 * The relevance of a row, highest first: with search words, how well they match (the specialty
 * itself 8, the start of the name 6, the sub-specialty 5, part of the specialty 4, the city 3, any
 * other match 1); then 1 for having consulting windows at all, so bookable doctors come first.
 */
function relevanceOf(filter: SpecialistFilter): Sql {
  const base = `CASE WHEN availability_weekdays <> '' THEN 1 ELSE 0 END`;
  const query = filter.query?.trim().toLowerCase();
  if (!query) return { text: base, values: [] };
  const contains = `%${likeLiteral(query)}%`;
  return {
    text:
      `(CASE WHEN lower(specialty) = ? THEN 8 ELSE 0 END` +
      ` + CASE WHEN lower(full_name) LIKE ? ESCAPE '\\' THEN 6 ELSE 0 END` +
      ` + CASE WHEN lower(coalesce(sub_specialty, '')) LIKE ? ESCAPE '\\' THEN 5 ELSE 0 END` +
      ` + CASE WHEN lower(specialty) LIKE ? ESCAPE '\\' THEN 4 ELSE 0 END` +
      ` + CASE WHEN lower(city) = ? THEN 3 ELSE 0 END + 1) * 2 + ${base}`,
    values: [query, `${likeLiteral(query)}%`, contains, contains, query],
  };
}

/** A row of the ranked scan: enough to order, page and check availability. */
interface Row {
  id: string;
  full_name: string;
  relevance: number;
  /** JSON text on SQLite, parsed on PostgreSQL */
  weekly_availability: string | WeeklySlot[];
  time_zone: string;
}

/** Whether a scanned specialist has consulting time between two instants. */
function availableBetween(row: Row, from: Date, to: Date): boolean {
  const slots =
    typeof row.weekly_availability === 'string'
      ? (JSON.parse(row.weekly_availability) as WeeklySlot[])
      : row.weekly_availability;
  return minutesAvailable(slots, row.time_zone, from, to) > 0;
}

/**
 * The next `limit` listed specialists matching the conditions after `position`, most relevant
 * first, then by name and id (keyset).
 */
async function rankedRows(
  ctx: Context,
  relevance: Sql,
  conditions: Sql[],
  position: { score: number; name: string; id: string } | null,
  limit: number,
): Promise<Row[]> {
  const sql =
    `SELECT id, full_name, relevance, weekly_availability, time_zone FROM (SELECT id, full_name,` +
    ` weekly_availability, time_zone, ${relevance.text} AS relevance FROM specialist` +
    ` WHERE ${conditions.map((c) => c.text).join(' AND ')}) ranked` +
    (position
      ? ' WHERE (relevance < ? OR (relevance = ? AND (full_name > ? OR (full_name = ? AND id > ?))))'
      : '') +
    ' ORDER BY relevance DESC, full_name ASC, id ASC LIMIT ?';
  const values = [
    ...relevance.values,
    ...conditions.flatMap((c) => c.values),
    ...(position
      ? [position.score, position.score, position.name, position.name, position.id]
      : []),
    limit,
  ];
  return ctx.em.getConnection().execute(sql, values, 'all');
}

/**
 * One page of the directory: verified, active specialists matching every filter, most relevant
 * first (see relevanceOf), then by name and id. Keyset pagination over (relevance, name, id), so
 * pages stay stable as specialists join; one indexed scan of the specialist table per page (with
 * "available within N days" under a week, scans of 200 until the page is full, each candidate's
 * weekly windows checked against the hours actually ahead).
 * @param ctx - request context
 * @param filter - what to narrow to (all optional)
 * @param first - page size, 1..100
 * @param after - cursor of the last specialist of the previous page
 * @param now - today, for "available within N days" (default: the clock)
 * @returns a Relay connection
 * @throws BadUserInputError for a bad `first`, `after` or filter field
 */
export async function searchSpecialists(
  ctx: Context,
  filter: SpecialistFilter,
  first: number,
  after: string | null,
  now: Date = currentTime(),
): Promise<SpecialistConnection> {
  const size = parsePageSize(first);
  const conditions = conditionsOf(filter, now);
  const relevance = relevanceOf(filter);
  let position: { score: number; name: string; id: string } | null = null;
  if (after != null) {
    const [score, name, id] = decodeCursor(after, ['text', 'text', 'uuid']);
    if (!/^\d{1,3}$/.test(score!)) {
      throw new BadUserInputError(
        'after',
        'after is not a valid cursor; use a cursor from pageInfo.',
      );
    }
    position = { score: Number(score), name: name!, id: parseId(id!, 'after') };
  }
  const days = filter.availableWithinDays;
  // within a week the weekdays in SQL are a first sieve: the windows must still lie ahead
  const precise = days != null && days < 7;
  const until = new Date(now.getTime() + (days ?? 0) * 24 * 3600_000);
  const batch = precise ? Math.max(200, size + 1) : size + 1;
  const rows: Row[] = [];
  // many specialists keep the same hours: each distinct schedule is worked out once per search
  const known = new Map<string, boolean>();
  const available = (row: Row): boolean => {
    const key = `${row.time_zone}|${JSON.stringify(row.weekly_availability)}`;
    if (!known.has(key)) known.set(key, availableBetween(row, now, until));
    return known.get(key)!;
  };
  for (;;) {
    const scanned = await rankedRows(ctx, relevance, conditions, position, batch);
    for (const row of scanned) {
      if (!precise || available(row)) rows.push(row);
    }
    const last = scanned.at(-1);
    if (rows.length > size || scanned.length < batch || !last) break;
    position = { score: Number(last.relevance), name: last.full_name, id: last.id };
  }
  rows.splice(size + 1);
  const scores = new Map(rows.map((row) => [row.id, Number(row.relevance)]));
  const found = await ctx.em.find(Specialist, { id: { $in: rows.map((row) => row.id) } });
  const byId = new Map(found.map((specialist) => [specialist.id, specialist]));
  const ordered = rows.map((row) => byId.get(row.id)).filter((s): s is Specialist => !!s);
  return toConnection(ordered, size, after, (node) => [
    String(scores.get(node.id) ?? 0),
    node.fullName,
    node.id,
  ]);
}
