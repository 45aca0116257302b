import {
  PartnerCasesDocument,
  PartnerCaseStatusDocument,
  type PartnerCasesQuery,
} from './gql/graphql';
import { createPartnerClient, PartnerApiError } from './partner-client';

/**
 * The TypeScript example of docs/partners.md: lists the cases shared with the partner and reads
 * the status of each (the docs embed this file; their test runs it).
 * @param env - CONSILIUM_ORIGIN, PARTNER_CLIENT_ID, PARTNER_CLIENT_SECRET
 * @returns one line per case: its id, stage and panel size
 */
export async function partnerExample(env: Record<string, string | undefined>): Promise<string[]> {
  const partner = createPartnerClient({
    origin: env['CONSILIUM_ORIGIN']!,
    clientId: env['PARTNER_CLIENT_ID']!,
    clientSecret: env['PARTNER_CLIENT_SECRET']!,
    scope: 'cases:read-status reports:read',
  });
  const lines: string[] = [];
  let after: string | null = null;
  do {
    const page: PartnerCasesQuery = await partner.run(PartnerCasesDocument, { first: 50, after });
    for (const { node } of page.cases.edges) {
      try {
        const { case: status } = await partner.run(PartnerCaseStatusDocument, { id: node.id });
        lines.push(`${status.id} ${status.stage} panel of ${status.panel?.size ?? 0}`);
      } catch (error) {
        // the patient stopped sharing the case since the list was read
        if (error instanceof PartnerApiError && error.code === 'FORBIDDEN') continue;
        throw error;
      }
    }
    after = page.cases.pageInfo.hasNextPage ? (page.cases.pageInfo.endCursor ?? null) : null;
  } while (after);
  return lines;
}
