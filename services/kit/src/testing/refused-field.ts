import { BadUserInputError } from '../errors/errors';

/**
 * Runs a service's input rule and says which field it refused.
 * @param check - calls the rule
 * @returns the field the rule threw BAD_USER_INPUT for (its message must not be blank), or null
 *   when it passed
 * @throws whatever else the rule threw, so a property fails on any other error
 */
export function refusedField(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    expect(error.message.trim()).not.toBe('');
    return String(error.extensions['field']);
  }
}
