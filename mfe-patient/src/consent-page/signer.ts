import { useQuery } from '@apollo/client/react';
import type { Viewer } from '@consilium/web-kit';
import type { Translate } from '../form-parts/field-problems';
import { PROXY_AUTHORIZATIONS } from '../proxies-page/proxy-authorizations';

/** Who signs for a patient: the patient themself (SELF), or a proxy with their relationship. */
export interface Signer {
  /** `SELF` or the proxy's relationship, e.g. MOTHER; null while not known yet */
  relationship: string | null;
}

/**
 * How the viewer is related to a patient, as the server will record it on a signature (it reads
 * it from the token): SELF for their own record, else the relationship of the authorisation they
 * hold.
 * @param viewer - the signed-in account
 * @param patientId - the patient
 * @returns the signer
 */
export function useSigner(viewer: Viewer, patientId: string | undefined): Signer {
  const own = viewer.roles.includes('PATIENT') && viewer.patientIds[0] === patientId;
  const { data } = useQuery(PROXY_AUTHORIZATIONS, { skip: own || !patientId });
  if (own) return { relationship: 'SELF' };
  const grant = data?.proxyAuthorizations.find(
    (candidate) => candidate.patientId === patientId && candidate.proxyAccountId === viewer.id,
  );
  return { relationship: grant?.relationship ?? null };
}

/**
 * "Self", or e.g. "Mother of Aadhya".
 * @param t - the patient namespace's translate function
 * @param relationship - SELF or a relationship
 * @param patientName - the patient's full name
 * @returns the words
 */
export function signerWords(t: Translate, relationship: string, patientName: string): string {
  if (relationship === 'SELF') return t('consent.self');
  return t('consent.relationshipOf', {
    relationship: t(`relationship.${relationship}`),
    name: patientName.split(' ')[0],
  });
}
