import { v7 as uuidv7, validate as isUuid } from 'uuid';
import { BadUserInputError } from '../errors/errors';

/**
 * A new time-ordered UUID (RFC 9562 version 7). Never sequential numbers: ids reveal nothing
 * about volume and are safe to show.
 * @returns a lower-case canonical UUID string
 */
export function newId(): string {
  return uuidv7();
}

/**
 * Checks that a client-supplied id is a UUID.
 * @param value - the id as received
 * @param field - the argument or input path that held it, e.g. `id` or `input.caseId`
 * @returns the id in canonical lower case
 * @throws BadUserInputError naming the field when it is not a UUID
 */
export function parseId(value: string, field: string): string {
  if (!isUuid(value)) {
    throw new BadUserInputError(field, `${field} must be a UUID, got "${value.slice(0, 64)}".`);
  }
  return value.toLowerCase();
}

/**
 * The id of a federation entity representation (`_entities(representations: …)`), checked.
 * @param reference - the representation as received, e.g. `{ __typename: 'Case', id: '…' }`
 * @returns the id in canonical lower case
 * @throws BadUserInputError naming `representations.id` when it is missing or not a UUID
 */
export function referenceId(reference: { id?: unknown }): string {
  if (typeof reference.id !== 'string') {
    throw new BadUserInputError('representations.id', 'Each representation needs an id string.');
  }
  return parseId(reference.id, 'representations.id');
}
