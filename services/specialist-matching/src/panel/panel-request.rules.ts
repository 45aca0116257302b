import { BadUserInputError, parseId } from '@consilium/subgraph-kit';
import type { EntityManager } from '@mikro-orm/core';
import { Specialist } from '../specialist/specialist.entity';
import { isSpecialty } from '../specialist/specialty-catalog';
import { PanelMode } from './panel-mode.enum';
import type { PanelRequestInput } from './panel-request.input';
import { activeCaseCounts } from './specialist-load';

/** How many specialists each mode takes (issue 8; bad-inputs.json "panel-*" rows). */
export const PANEL_SIZES: Record<Exclude<PanelMode, 'PLATFORM_CHOOSES'>, [number, number]> = {
  SINGLE: [1, 1],
  MULTIPLE: [2, 5],
  BOARD: [3, 7],
};

const IDS = 'requestedPanel.specialistIds';

/**
 * The panel mode for a number of specialists.
 * @param size - 1 or more
 * @returns SINGLE for 1, MULTIPLE for 2, BOARD for 3 or more
 */
export function modeForSize(size: number): PanelMode {
  if (size >= 3) return PanelMode.BOARD;
  return size === 2 ? PanelMode.MULTIPLE : PanelMode.SINGLE;
}

/** A checked panel request: who, or what the platform is to choose. */
export interface CheckedPanelRequest {
  mode: PanelMode;
  specialists: Specialist[];
  seats: number;
  specialties: string[];
  languages: string[];
}

function seatsForPlatform(input: PanelRequestInput): number {
  const size = input.preferredSize;
  if (size === PanelMode.PLATFORM_CHOOSES) {
    throw new BadUserInputError(
      'requestedPanel.preferredSize',
      'Choose SINGLE, MULTIPLE or BOARD.',
    );
  }
  if (size === PanelMode.BOARD) return Math.max(3, Math.min(input.specialties.length, 7));
  if (size === PanelMode.MULTIPLE) return Math.max(2, Math.min(input.specialties.length, 5));
  if (size === PanelMode.SINGLE) {
    if (input.specialties.length > 1) {
      throw new BadUserInputError(
        'requestedPanel.specialties',
        'One specialist covers one specialty; choose MULTIPLE or BOARD for several.',
      );
    }
    return 1;
  }
  return Math.max(1, Math.min(input.specialties.length, 7));
}

/**
 * Checks a panel request against the modes' rules, naming the field and the rule: SINGLE takes
 * exactly one specialist, MULTIPLE 2–5, BOARD 3–7 (a "board" of two is refused: choose
 * MULTIPLE), each listed once, each in the directory and taking cases; PLATFORM_CHOOSES takes no
 * specialists, and its specialties come from the standard list.
 * @param em - an EntityManager (the caller's transaction)
 * @param input - as received
 * @returns the checked request
 * @throws BadUserInputError naming `requestedPanel.<field>`
 */
export async function checkPanelRequest(
  em: EntityManager,
  input: PanelRequestInput,
): Promise<CheckedPanelRequest> {
  const languages = [...new Set(input.preferredLanguages.map((l) => l.trim()).filter(Boolean))];
  for (const specialty of input.specialties) {
    if (!isSpecialty(specialty)) {
      throw new BadUserInputError(
        'requestedPanel.specialties',
        `${specialty} is not on the list of specialties; pick from specialties.`,
      );
    }
  }
  if (input.mode === PanelMode.PLATFORM_CHOOSES) {
    if (input.specialistIds.length > 0) {
      throw new BadUserInputError(
        IDS,
        'When the platform chooses, leave specialistIds empty (or choose SINGLE, MULTIPLE or BOARD to pick doctors yourself).',
      );
    }
    const seats = seatsForPlatform(input);
    return {
      mode: input.mode,
      specialists: [],
      seats,
      specialties: [...new Set(input.specialties)],
      languages,
    };
  }
  const ids = input.specialistIds.map((id, index) => parseId(id, `${IDS}.${index}`));
  const found = await em.find(Specialist, { id: { $in: ids } });
  const byId = new Map(found.map((s) => [s.id, s]));
  const nameOf = (id: string) => byId.get(id)?.fullName ?? id;
  const twice = ids.find((id, index) => ids.indexOf(id) !== index);
  if (twice) throw new BadUserInputError(IDS, `${nameOf(twice)} is listed twice.`);
  const [min, max] = PANEL_SIZES[input.mode];
  if (input.mode === PanelMode.BOARD && ids.length < min) {
    throw new BadUserInputError(
      IDS,
      'A board needs at least 3 specialists; choose MULTIPLE for 2.',
    );
  }
  if (ids.length < min || ids.length > max) {
    throw new BadUserInputError(
      IDS,
      min === max
        ? `${input.mode} takes exactly ${min} specialist; choose MULTIPLE or BOARD for more.`
        : `${input.mode} takes ${min}–${max} specialists.`,
    );
  }
  const missing = ids.find((id) => !byId.get(id)?.listed);
  if (missing) {
    throw new BadUserInputError(IDS, `Specialist ${missing} is not in the directory.`);
  }
  const loads = await activeCaseCounts(em, ids);
  const full = ids
    .map((id) => byId.get(id)!)
    .find((s) => (loads.get(s.id) ?? 0) >= s.maxActiveCases);
  if (full) {
    throw new BadUserInputError(
      IDS,
      `${full.fullName} is not taking new cases at the moment; choose another specialist.`,
    );
  }
  return {
    mode: input.mode,
    specialists: ids.map((id) => byId.get(id)!),
    seats: ids.length,
    specialties: [],
    languages,
  };
}
