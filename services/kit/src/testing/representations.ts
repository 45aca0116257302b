/** A federation entity representation, as the gateway sends it to `_entities`. */
export interface Representation {
  __typename: string;
  id: string;
}

/**
 * Representations of `count` entities of one type: the given known ids first, then well-formed
 * UUIDs that exist nowhere (`019ad000-0000-7000-8000-<n>`), as a gateway would batch them.
 * @param typename - e.g. `Case`
 * @param count - how many in total
 * @param knownIds - ids that exist, placed first
 * @returns the representations
 */
export function representations(
  typename: string,
  count: number,
  knownIds: readonly string[] = [],
): Representation[] {
  return Array.from({ length: count }, (_, index) => ({
    __typename: typename,
    id: knownIds[index] ?? `019ad000-0000-7000-8000-${String(index).padStart(12, '0')}`,
  }));
}
