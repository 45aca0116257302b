import type { Specialist } from '../specialist/specialist.entity';
import { availabilityIntervals, minutesAvailable } from '../specialist/weekly-availability';
import { MatchFactor, type ScoreFactor, type SpecialistMatch } from './specialist-match.type';
import type { CaseFit } from './specialty-fit';

/** Points per factor (sum 100): specialty fit weighs most, then availability, load, language. */
export const MAX_POINTS: Record<MatchFactor, number> = {
  SPECIALTY_FIT: 40,
  AVAILABILITY: 20,
  LOAD: 15,
  LANGUAGE: 15,
  AIIMS_TRAINING: 10,
};

/** Consulting time in the next 48 hours that earns full availability points (minutes). */
const FULL_AVAILABILITY_MINUTES = 120;

/** What ranking needs beyond the specialists themselves. */
export interface RankingInput {
  fit: CaseFit;
  /** the patient's languages by English name, preferred first, e.g. ["Telugu", "English"] */
  languages: string[];
  /** active cases per specialist id */
  loads: Map<string, number>;
  now: Date;
}

function factor(kind: MatchFactor, points: number, explanation: string): ScoreFactor {
  return { factor: kind, points: Math.round(points), maxPoints: MAX_POINTS[kind], explanation };
}

function fitFactor(specialist: Specialist, fit: CaseFit): ScoreFactor {
  const specialty = fit.specialties.get(specialist.specialty);
  if (!specialty)
    return factor(
      MatchFactor.SPECIALTY_FIT,
      0,
      `${specialist.specialty} is not indicated for this case`,
    );
  const sub = (specialist.subSpecialty ?? '').toLowerCase();
  const closer = fit.subSpecialtyWords.find((w) => sub.includes(w.word));
  const points = specialty.weight * 28 + (closer ? 12 : 0);
  const why = `${specialist.specialty}: ${specialty.reasons.join('; ')}`;
  return factor(
    MatchFactor.SPECIALTY_FIT,
    points,
    closer ? `${why}; sub-specialty ${specialist.subSpecialty} fits ${closer.why}` : why,
  );
}

function availabilityFactor(specialist: Specialist, now: Date): ScoreFactor {
  const slots = specialist.weeklyAvailability;
  const in48h = new Date(now.getTime() + 48 * 3600_000);
  const minutes = minutesAvailable(slots, specialist.timeZone, now, in48h);
  if (minutes > 0) {
    const hours = Math.round((minutes / 60) * 10) / 10;
    return factor(
      MatchFactor.AVAILABILITY,
      10 + Math.min(1, minutes / FULL_AVAILABILITY_MINUTES) * 10,
      `${hours} h of consulting time in the next 48 hours`,
    );
  }
  const next = availabilityIntervals(
    slots,
    specialist.timeZone,
    now,
    new Date(now.getTime() + 8 * 24 * 3600_000),
  )[0];
  const when =
    next?.start?.setZone(specialist.timeZone).toFormat('ccc d LLL, HH:mm ZZZZ') ??
    'not within a week';
  return factor(
    MatchFactor.AVAILABILITY,
    next ? 5 : 0,
    `no consulting window in the next 48 hours; next ${when}`,
  );
}

function loadFactor(specialist: Specialist, load: number): ScoreFactor {
  const free = Math.max(0, specialist.maxActiveCases - load);
  return factor(
    MatchFactor.LOAD,
    (free / specialist.maxActiveCases) * MAX_POINTS.LOAD,
    `${load} of ${specialist.maxActiveCases} active cases`,
  );
}

function languageFactor(specialist: Specialist, languages: string[]): ScoreFactor {
  const speaks = (language: string) =>
    specialist.languages.some((l) => l.toLowerCase() === language.toLowerCase());
  const [preferred, ...others] = languages;
  if (preferred && speaks(preferred)) {
    return factor(
      MatchFactor.LANGUAGE,
      MAX_POINTS.LANGUAGE,
      `speaks ${preferred}, the patient’s preferred language`,
    );
  }
  const other = others.find(speaks);
  if (other)
    return factor(MatchFactor.LANGUAGE, 5, `speaks ${other}, which the patient also speaks`);
  return factor(
    MatchFactor.LANGUAGE,
    0,
    preferred ? `does not speak ${preferred}` : 'no language given',
  );
}

function aiimsFactor(specialist: Specialist): ScoreFactor {
  return specialist.aiimsTrained
    ? factor(
        MatchFactor.AIIMS_TRAINING,
        MAX_POINTS.AIIMS_TRAINING,
        `trained at ${specialist.aiimsCampus ?? 'AIIMS'}`,
      )
    : factor(MatchFactor.AIIMS_TRAINING, 0, 'not AIIMS-trained');
}

/**
 * Scores and orders specialists for a case (issue 8): specialty fit from the mapping table (up to
 * 28 by the specialty's weight, +12 for a sub-specialty that fits the problem), availability (10–20
 * for consulting time in the next 48 h, full at 2 h; 5 when the next window is later), free
 * capacity (0–15), language (15 the preferred one, 5 another the patient speaks) and AIIMS
 * training (10). Specialists with no weekly availability or at capacity are left out. Ties go by
 * name.
 * @param specialists - listed candidates
 * @param input - the case's fit, languages, loads and the time
 * @returns matches, best first, each with every factor explained
 */
export function rankSpecialists(specialists: Specialist[], input: RankingInput): SpecialistMatch[] {
  return specialists
    .filter(
      (s) => s.weeklyAvailability.length > 0 && (input.loads.get(s.id) ?? 0) < s.maxActiveCases,
    )
    .map((specialist) => {
      const factors = [
        fitFactor(specialist, input.fit),
        availabilityFactor(specialist, input.now),
        loadFactor(specialist, input.loads.get(specialist.id) ?? 0),
        languageFactor(specialist, input.languages),
        aiimsFactor(specialist),
      ];
      return { specialist, factors, score: factors.reduce((sum, f) => sum + f.points, 0) };
    })
    .sort(
      (a, b) => b.score - a.score || a.specialist.fullName.localeCompare(b.specialist.fullName),
    );
}
