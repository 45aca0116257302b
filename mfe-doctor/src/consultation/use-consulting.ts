import { useQuery } from '@apollo/client/react';
import { useViewer } from '@consilium/web-kit';
import { CASE_CONTACTS } from './consultation-queries';

/**
 * Whether the signed-in specialist consults on a case: their 48-hour clock runs there, so they
 * are on its confirmed panel and it is paid (the same query as the contact log, shared through
 * the cache). The server decides in the end; this only hides forms that could not succeed.
 * @param caseId - the case
 * @returns true when the viewer may log contacts, propose times and ask the patient
 */
export function useConsulting(caseId: string): boolean {
  const specialistId = useViewer()?.specialistId ?? null;
  const { data } = useQuery(CASE_CONTACTS, { variables: { caseId }, skip: !specialistId });
  return Boolean(
    specialistId && data?.case.contactSlas.some((clock) => clock.specialist.id === specialistId),
  );
}
