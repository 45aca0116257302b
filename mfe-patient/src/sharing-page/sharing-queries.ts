import { formatDateTime } from '@consilium/web-kit';
import { graphql } from '../gql';
import type { SharingCasesQuery } from '../gql/graphql';
import type { Translate } from '../form-parts/field-problems';

/** The patient's share links with every use, newest first. */
export const SHARE_LINKS = graphql(`
  query ShareLinks($patientId: ID!) {
    shareLinks(patientId: $patientId) {
      id
      scope
      caseId
      recipientEmail
      createdAt
      expiresAt
      revokedAt
      lockedAt
      requiresCode
      uses {
        id
        at
        outcome
        ipAddress
        userAgent
      }
    }
  }
`);

/** The patient's cases, to choose one to share and to name a shared one. */
export const SHARING_CASES = graphql(`
  query SharingCases($patientId: ID!) {
    cases(patientId: $patientId, first: 50) {
      edges {
        node {
          id
          createdAt
          presentingComplaint
        }
      }
    }
  }
`);

export const CREATE_SHARE_LINK = graphql(`
  mutation CreateShareLink($input: CreateShareLinkInput!) {
    createShareLink(input: $input) {
      url
      code
      shareLink {
        id
        recipientEmail
        expiresAt
      }
    }
  }
`);

export const REVOKE_SHARE_LINK = graphql(`
  mutation RevokeShareLink($id: ID!) {
    revokeShareLink(id: $id) {
      id
      revokedAt
    }
  }
`);

/** One of the patient's cases as the sharing page names it. */
export type SharingCase = SharingCasesQuery['cases']['edges'][number]['node'];

/** Where a share link stands now. */
export type ShareLinkStatus = 'active' | 'expired' | 'revoked' | 'locked';

/**
 * Where a share link stands at a moment.
 * @param link - its expiry, revocation and lock (after 5 wrong codes)
 * @param now - the moment (default: now)
 * @returns locked, revoked, expired or active
 */
export function shareLinkStatus(
  link: { expiresAt: string; revokedAt?: string | null; lockedAt?: string | null },
  now: number = Date.now(),
): ShareLinkStatus {
  if (link.lockedAt) return 'locked';
  if (link.revokedAt) return 'revoked';
  if (Date.parse(link.expiresAt) <= now) return 'expired';
  return 'active';
}

/**
 * A case as a person recognises it: its main problem (shortened) and when it was started.
 * @param found - the case
 * @param t - the `patient` namespace's translate function
 * @param language - the UI language
 * @returns e.g. `Lower back pain, started 20 Nov 2026, 10:00 am`
 */
export function caseLabel(found: SharingCase, t: Translate, language: string): string {
  const complaint = found.presentingComplaint?.trim();
  const what =
    complaint && complaint.length > 60 ? `${complaint.slice(0, 59).trimEnd()}…` : complaint;
  return t('sharing.caseOption', {
    what: what || t('sharing.caseUntitled'),
    date: formatDateTime(found.createdAt, language),
  });
}
