import type { EntityManager } from '@mikro-orm/core';
import { CaseProfile } from '../case-profile/case-profile.entity';
import { modeForSize } from '../panel/panel-request.rules';
import { activeCaseCounts } from '../panel/specialist-load';
import { Specialist } from '../specialist/specialist.entity';
import { rankSpecialists } from './rank-specialists';
import type { PanelSuggestion, SpecialistMatch } from './specialist-match.type';
import { caseFitOf, specialtiesByFit } from './specialty-fit';

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/**
 * A language as specialists list theirs: a BCP 47 tag (`te`) becomes its English name (Telugu);
 * a name is kept.
 * @param language - a tag or a name
 * @returns the English name
 */
export function languageName(language: string): string {
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language)) return language;
  try {
    return languageNames.of(language.split('-')[0]!) ?? language;
  } catch {
    return language;
  }
}

/** What a ranking for a case is asked for. */
export interface CaseRankingRequest {
  caseId: string;
  /** specialties the patient asked for */
  specialties: string[];
  /** languages the patient asked for, preferred first (names) */
  languages: string[];
  /** only these specialties (a replacement keeps the declined one's) */
  onlySpecialties?: string[];
  /** specialists never to offer (already on the panel, or declined) */
  exclude: string[];
  now: Date;
}

/**
 * Ranks listed specialists for a case with the matching engine (rank-specialists.ts), reading
 * the case's profile as specialist-matching learned it from CaseSubmitted.
 * @param em - an EntityManager
 * @param request - the case, the patient's wishes, exclusions and the time
 * @returns the ranked matches and the specialties in fit order
 */
export async function rankForCase(
  em: EntityManager,
  request: CaseRankingRequest,
): Promise<{ matches: SpecialistMatch[]; specialties: string[] }> {
  const profile = await em.findOne(CaseProfile, { caseId: request.caseId });
  const fit = caseFitOf({
    conditionCodes: profile?.conditionCodes ?? [],
    terms: profile?.terms ?? [],
    ageYears: profile?.ageYears ?? null,
    requestedSpecialties: request.specialties,
  });
  // onlySpecialties: [] ranks the whole directory
  const specialties = request.onlySpecialties ?? specialtiesByFit(fit, request.specialties);
  const candidates = await em.find(
    Specialist,
    {
      listed: true,
      id: { $nin: request.exclude },
      ...(specialties.length ? { specialty: { $in: specialties } } : {}),
    },
    { orderBy: { fullName: 'asc' } },
  );
  const languages = [
    ...new Set([...request.languages, ...(profile?.languages ?? [])].map(languageName)),
  ];
  const loads = await activeCaseCounts(
    em,
    candidates.map((c) => c.id),
  );
  const matches = rankSpecialists(candidates, { fit, languages, loads, now: request.now });
  return { matches, specialties };
}

/**
 * The panel the platform suggests (issue 8, "platform choice"): one seat per specialty in fit
 * order (the patient's own choice of specialties first), each taken by the best-ranked specialist
 * of that specialty; seats left over go to the best remaining, from the whole directory when the
 * fitting specialties have too few. Different specialties are preferred
 * for a board, as a board's value is in different views.
 * @param em - an EntityManager
 * @param request - as for rankForCase
 * @param seats - how many specialists (the requested size)
 * @returns the suggestion, with up to ten alternatives
 */
export async function suggestPanel(
  em: EntityManager,
  request: CaseRankingRequest,
  seats: number,
): Promise<PanelSuggestion> {
  const { matches, specialties } = await rankForCase(em, request);
  const suggested: SpecialistMatch[] = [];
  for (const specialty of specialties) {
    if (suggested.length >= seats) break;
    const best = matches.find(
      (m) => m.specialist.specialty === specialty && !suggested.includes(m),
    );
    if (best) suggested.push(best);
  }
  for (const match of matches) {
    if (suggested.length >= seats) break;
    if (!suggested.includes(match)) suggested.push(match);
  }
  // too few in the specialties that fit: fill the seats from the whole directory, best first
  const everyone =
    suggested.length < seats || matches.length - suggested.length < 10
      ? (await rankForCase(em, { ...request, onlySpecialties: [] })).matches
      : matches;
  const chosen = new Set(suggested.map((m) => m.specialist.id));
  for (const match of everyone) {
    if (suggested.length >= seats) break;
    if (!chosen.has(match.specialist.id)) {
      suggested.push(match);
      chosen.add(match.specialist.id);
    }
  }
  const alternatives = [...matches, ...everyone].filter((m) => {
    if (chosen.has(m.specialist.id)) return false;
    chosen.add(m.specialist.id);
    return true;
  });
  return {
    mode: modeForSize(suggested.length || seats),
    specialties: [...new Set(suggested.map((m) => m.specialist.specialty))],
    suggested,
    alternatives: alternatives.slice(0, 10),
  };
}
