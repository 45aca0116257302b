import type { Specialty } from '../specialist/specialty-catalog';
import { PAEDIATRIC_SPECIALTY, SPECIALTY_RULES } from './specialty-map';

/** What a case asks of specialists, as the engine reads it. */
export interface CaseNeeds {
  conditionCodes: string[];
  terms: string[];
  ageYears: number | null;
  /** specialties the patient asked for by name (weight 1) */
  requestedSpecialties: string[];
}

/** How well a specialty fits a case, and why. */
export interface SpecialtyFit {
  weight: number;
  reasons: string[];
}

/** A case's fit per specialty, plus the sub-specialty words that make a closer fit. */
export interface CaseFit {
  specialties: Map<string, SpecialtyFit>;
  subSpecialtyWords: { word: string; why: string }[];
}

function raise(fits: Map<string, SpecialtyFit>, specialty: string, weight: number, why: string) {
  const fit = fits.get(specialty) ?? { weight: 0, reasons: [] };
  fit.weight = Math.max(fit.weight, weight);
  if (!fit.reasons.includes(why)) fit.reasons.push(why);
  fits.set(specialty, fit);
}

/**
 * Reads the mapping table (specialty-map.ts) for a case: every row whose ICD-10 prefix matches a
 * condition code or whose words appear in the case raises the specialties it names to at least
 * its weight; specialties the patient asked for count fully. Under 18, children's specialties
 * take the adult ones' place.
 * @param needs - the case's codes, words, age and requested specialties
 * @returns the fit of each specialty (0–1) with its reasons, and sub-specialty words
 */
export function caseFitOf(needs: CaseNeeds): CaseFit {
  const specialties = new Map<string, SpecialtyFit>();
  const subSpecialtyWords: CaseFit['subSpecialtyWords'] = [];
  const text = needs.terms.join(' \n ').toLowerCase();
  for (const rule of SPECIALTY_RULES) {
    const code = rule.icd10
      ? needs.conditionCodes.find((c) => rule.icd10!.some((p) => c.toUpperCase().startsWith(p)))
      : undefined;
    const matched = code !== undefined || (rule.words !== undefined && rule.words.test(text));
    if (!matched) continue;
    const why = code ? `${code}: ${rule.why}` : rule.why;
    for (const [specialty, weight] of Object.entries(rule.specialties)) {
      raise(specialties, specialty, weight, why);
    }
    if (rule.subSpecialty && !subSpecialtyWords.some((w) => w.word === rule.subSpecialty)) {
      subSpecialtyWords.push({ word: rule.subSpecialty, why: rule.why });
    }
  }
  if (needs.ageYears !== null && needs.ageYears < 18) {
    for (const [adult, child] of Object.entries(PAEDIATRIC_SPECIALTY)) {
      const fit = specialties.get(adult);
      if (!fit) continue;
      raise(specialties, child, fit.weight, `under 18: ${child} rather than ${adult}`);
      fit.weight /= 2;
    }
  }
  for (const specialty of needs.requestedSpecialties) {
    raise(specialties, specialty, 1, 'asked for by the patient');
  }
  return { specialties, subSpecialtyWords };
}

/**
 * The specialties to form a panel from, best fit first.
 * @param fit - the case's fit
 * @param requested - the patient's own choice of specialties, which come first in their order
 * @returns specialty names
 */
export function specialtiesByFit(fit: CaseFit, requested: string[]): Specialty[] {
  const rest = [...fit.specialties.entries()]
    .filter(([name]) => !requested.includes(name))
    .sort((a, b) => b[1].weight - a[1].weight || a[0].localeCompare(b[0]))
    .map(([name]) => name);
  return [...requested, ...rest] as Specialty[];
}
