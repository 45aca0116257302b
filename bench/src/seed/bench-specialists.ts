import { Specialist } from '@consilium/specialist-matching/dist/specialist/specialist.entity';
import type { Cell, SeedDatabase, TableRows } from './seed-database';

const SURNAMES = [
  'Sharma',
  'Iyer',
  'Reddy',
  'Khan',
  'Das',
  'Nair',
  'Patel',
  'Singh',
  'Rao',
  'Bose',
];

/** The derived directory columns, computed by the entity's own hook (refreshDerived). */
interface Derived {
  listed: boolean;
  languagesKey: string;
  availabilityWeekdays: string;
  searchText: string;
}

function derivedOf(profile: Record<string, unknown>): Derived {
  const entity = Object.assign(Object.create(Specialist.prototype) as Specialist, profile);
  entity.refreshDerived();
  return entity as unknown as Derived;
}

function parsed(cell: Cell | undefined): unknown {
  return typeof cell === 'string' ? JSON.parse(cell) : cell;
}

/** A directory filter and how many listed specialists match it. */
export interface DirectoryFilter {
  specialty: string;
  language: string;
  city: string;
  matches: number;
}

/**
 * The specialty + language + city filter matching the most new specialists, preferring a
 * language other than English (which every profile speaks) when one matches at least 20.
 */
function bestFilter(combos: Map<string, number>): DirectoryFilter {
  const ranked = [...combos]
    .map(([key, matches]) => {
      const [specialty, language, city] = key.split('\n') as [string, string, string];
      return { specialty, language, city, matches };
    })
    .sort((a, b) => b.matches - a.matches || a.specialty.localeCompare(b.specialty));
  return ranked.find((f) => f.language !== 'English' && f.matches >= 20) ?? ranked[0]!;
}

/**
 * Adds `count` listed specialists to specialist-matching, each a variation of one of the
 * template's verified profiles (its specialty, languages, qualifications and hours) with a new
 * name, the profile's city for half of them and another roster city for the rest, AIIMS training for two in three and a bench
 * registration number; the directory's derived columns come from the entity's own hook.
 * @param db - specialist-matching's database
 * @param template - the template's specialist table
 * @param count - how many to add
 * @returns the new ids and the specialty + language + city filter that matches the most
 */
export async function addBenchSpecialists(
  db: SeedDatabase,
  template: TableRows,
  count: number,
): Promise<{ ids: string[]; filter: DirectoryFilter }> {
  const { columns, jsonColumns } = template;
  const col = (name: string): number => columns.indexOf(name);
  const bases = template.rows.filter((row) => row[col('verified_at')] !== null);
  const cities = [...new Set(bases.map((row) => String(row[col('city')])))].sort();
  const ids: string[] = [];
  const rows: Cell[][] = [];
  const combos = new Map<string, number>();
  const sqliteBoolean = typeof bases[0]![col('listed')] === 'number';
  for (let index = 0; index < count; index += 1) {
    const base = bases[index % bases.length]!;
    const row = [...base];
    const id = `0190bec0-${(index >>> 16).toString(16).padStart(4, '0')}-7${(index & 0xfff).toString(16).padStart(3, '0')}-8${((index >>> 12) & 0xf).toString(16)}00-000000bec5c0`;
    ids.push(id);
    const fullName = `${String(base[col('full_name')]).split(' ')[0]} ${SURNAMES[index % SURNAMES.length]} ${index}`;
    // half practise in their profile's city (specialists cluster), half anywhere
    const city = index % 2 === 0 ? String(base[col('city')]) : cities[(index * 7) % cities.length]!;
    const aiims = index % 3 !== 0;
    row[col('id')] = id;
    row[col('full_name')] = fullName;
    row[col('city')] = city;
    row[col('aiims_trained')] = sqliteBoolean ? Number(aiims) : String(aiims);
    row[col('aiims_campus')] = aiims ? 'AIIMS New Delhi' : null;
    row[col('years_of_experience')] = 5 + (index % 30);
    row[col('registration_number')] = `BENCH/${index}`;
    row[col('email')] = null;
    row[col('photo_url')] = null;
    const languages = parsed(base[col('languages')]) as string[];
    const derived = derivedOf({
      fullName,
      nameLocal: base[col('name_local')],
      specialty: base[col('specialty')],
      subSpecialty: base[col('sub_specialty')],
      city,
      hospitals: parsed(base[col('hospitals')]),
      languages,
      weeklyAvailability: parsed(base[col('weekly_availability')]),
      verifiedAt: new Date(),
      active: true,
    });
    row[col('listed')] = sqliteBoolean ? Number(derived.listed) : String(derived.listed);
    row[col('languages_key')] = derived.languagesKey;
    row[col('availability_weekdays')] = derived.availabilityWeekdays;
    row[col('search_text')] = derived.searchText;
    rows.push(row);
    for (const language of languages) {
      const key = `${String(base[col('specialty')])}\n${language}\n${city}`;
      combos.set(key, (combos.get(key) ?? 0) + 1);
    }
  }
  await db.begin();
  await db.insert('specialist', columns, jsonColumns, rows);
  await db.commit();
  return { ids, filter: bestFilter(combos) };
}
