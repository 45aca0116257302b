// Benchmark (issue 8, "Must show"): the specialist directory with filters over 10,000 listed
// specialists, p95 latency through the gateway. Runs the whole platform in this process on the
// embedded SQLite default (or PostgreSQL when DATABASE_URL is set), inserts 10,000 synthetic
// profiles varied from ../shared/fixtures/specialists.json, then sends a mix of searches as a
// patient would: specialty + language, availability within 3 days, AIIMS-trained in a city, free
// text, no filter, and the next page of a filtered search.
//
//   pnpm bench            (builds first; or: node benchmarks/directory-search.cjs)
//
// Prints p50/p95/max per kind and overall; exits non-zero when the overall p95 is over target.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const TARGET_P95_MS = 250;
const SPECIALISTS = 10_000;
const ROUNDS = 40;

process.env.LOG_LEVEL ??= 'warn';

const { startTestPlatform } = require('../gateway/dist/testing/start-platform.js');
const { postGraphQL } = require('../services/kit/dist/testing/index.js');
const {
  Specialist,
} = require('../services/specialist-matching/dist/specialist/specialist.entity.js');

const FIXTURES = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../shared/fixtures/specialists.json'), 'utf8'),
);
const CITIES = [...new Set(FIXTURES.map((s) => s.city))];
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

/** 10,000 profiles: each fixture's specialty, availability and languages, with new names and cities. */
function profileOf(index) {
  const base = FIXTURES[index % FIXTURES.length];
  return {
    fullName: `${base.fullName.split(' ')[0]} ${SURNAMES[index % SURNAMES.length]} ${index}`,
    nameLocal: base.nameLocal,
    specialty: base.specialty,
    subSpecialty: base.subSpecialty,
    qualifications: base.qualifications,
    aiimsTrained: index % 3 !== 0,
    aiimsCampus: index % 3 !== 0 ? 'AIIMS New Delhi' : null,
    yearsOfExperience: 5 + (index % 30),
    languages: base.languages,
    city: CITIES[(index * 7) % CITIES.length],
    hospitals: base.hospitals,
    registration: { council: base.registration.council, number: `BENCH/${index}`, year: 2010 },
    bio: base.bio,
    maxActiveCases: base.maxActiveCases,
    weeklyAvailability: base.weeklyAvailability.map(({ weekday, start, end }) => ({
      weekday,
      start,
      end,
    })),
    verifiedAt: new Date('2026-11-01T00:00:00Z'),
  };
}

const QUERY = `query ($filter: SpecialistFilter, $after: String) {
  specialists(first: 20, filter: $filter, after: $after) {
    edges { node { id fullName specialty subSpecialty city languages aiimsTrained registration { council number } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const KINDS = {
  'specialty + language': { specialty: 'Cardiology', language: 'Hindi' },
  'available within 3 days': { availableWithinDays: 3 },
  'AIIMS-trained in a city': { aiimsTrained: true, city: 'Mumbai' },
  'free text': { query: 'oncology' },
  'no filter': {},
};

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

async function main() {
  const platform = await startTestPlatform();
  try {
    const orm = platform.subgraphs['specialist-matching'].orm;
    const startedAt = performance.now();
    for (let from = 0; from < SPECIALISTS; from += 1000) {
      const em = orm.em.fork();
      for (let index = from; index < from + 1000; index += 1)
        em.create(Specialist, profileOf(index));
      await em.flush();
    }
    console.log(
      `inserted ${SPECIALISTS} specialists in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`,
    );
    const patient = await platform.as('patient');
    const times = { 'next page (specialty)': [] };
    for (const kind of Object.keys(KINDS)) times[kind] = [];
    const search = async (kind, filter, after = null) => {
      const t0 = performance.now();
      const result = await postGraphQL(platform.gateway.url, QUERY, { filter, after }, patient);
      times[kind].push(performance.now() - t0);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data.specialists;
    };
    for (const [kind, filter] of Object.entries(KINDS)) await search(kind, filter); // warm-up
    for (const kind of Object.keys(times)) times[kind] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const [kind, filter] of Object.entries(KINDS)) {
        const page = await search(kind, filter);
        if (kind === 'specialty + language' && page.pageInfo.hasNextPage) {
          await search('next page (specialty)', filter, page.pageInfo.endCursor);
        }
      }
    }
    const all = [];
    console.log(
      `directory search over ${SPECIALISTS} specialists through the gateway (${ROUNDS} rounds)`,
    );
    for (const [kind, list] of Object.entries(times)) {
      const sorted = [...list].sort((a, b) => a - b);
      all.push(...sorted);
      console.log(
        `  ${kind.padEnd(26)} p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  max ${sorted.at(-1).toFixed(1)} ms`,
      );
    }
    all.sort((a, b) => a - b);
    const p95 = percentile(all, 95);
    console.log(
      `  overall (${all.length} requests)     p50 ${percentile(all, 50).toFixed(1)} ms  p95 ${p95.toFixed(1)} ms (target < ${TARGET_P95_MS} ms)`,
    );
    if (p95 >= TARGET_P95_MS) {
      console.error('over target');
      process.exitCode = 1;
    }
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
