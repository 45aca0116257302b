import type { EventHandlers, Logger } from '@consilium/subgraph-kit';
import { applyToCase } from '../case-stage/case-stage.handlers';
import { endPartnerSharingOnErasure } from '../partner-share/partner-share-erasure';
import { eraseIntakeData } from './intake-erasure';

/**
 * patient-intake's handler of `ErasureCompleted`: the case moves through the stage machine first
 * (it closes, and the patient's notice is queued while their contact details still exist), then
 * intake erases its part (see eraseIntakeData) and partners stop seeing the erased cases. It replaces the stage machine's own handler of this
 * event type, which it calls.
 * @param logger - for refused stage changes
 * @returns the handler, to spread after caseStageHandlers
 */
export function erasureHandlers(logger: Logger): EventHandlers {
  return {
    ErasureCompleted: async (em, event) => {
      await applyToCase(em, event, logger);
      await eraseIntakeData(em, event);
      await endPartnerSharingOnErasure(em, event, logger);
    },
  };
}
