import type { EventHandlers } from '@consilium/subgraph-kit';
import { PartnerReportGrant } from './partner-report-grant.entity';

/**
 * records' copy of which partners may download a case's report: PartnerAccessGranted with
 * includeReport adds it, without it or PartnerAccessRevoked removes it. Idempotent.
 * @returns handlers for the kit's event consumer
 */
export function partnerReportHandlers(): EventHandlers {
  return {
    PartnerAccessGranted: async (em, event) => {
      if (!event.caseId) return;
      const grant = { caseId: event.caseId, partnerId: event.data.partnerId };
      if (event.data.includeReport) await em.upsert(PartnerReportGrant, grant);
      else await em.nativeDelete(PartnerReportGrant, grant);
    },
    PartnerAccessRevoked: async (em, event) => {
      if (!event.caseId) return;
      await em.nativeDelete(PartnerReportGrant, {
        caseId: event.caseId,
        partnerId: event.data.partnerId,
      });
    },
  };
}
