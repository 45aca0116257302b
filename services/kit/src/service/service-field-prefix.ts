/**
 * The prefix of a service's own root fields (`patient-intake` → `patientIntake`, as in
 * `patientIntakeDeadLetters`): a federated root field belongs to one subgraph, so fields every
 * service has are named after it.
 * @param service - kebab-case service name
 * @returns the camelCase prefix
 */
export function serviceFieldPrefix(service: string): string {
  return service.replace(/-(\w)/g, (_match, letter: string) => letter.toUpperCase());
}
