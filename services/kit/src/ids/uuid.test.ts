import { GraphQLError } from 'graphql';
import { newId, parseId } from './uuid';

describe('Ids', () => {
  it('are time-ordered version 7 UUIDs, never sequential numbers', () => {
    const first = newId();
    const second = newId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(second > first).toBe(true);
  });

  it('are accepted in any letter case and returned in lower case', () => {
    expect(parseId('019AD000-0000-7000-8000-000000000101', 'id')).toBe(
      '019ad000-0000-7000-8000-000000000101',
    );
  });

  it('are refused with BAD_USER_INPUT naming the field when malformed', () => {
    let thrown: unknown;
    try {
      parseId("1' OR '1'='1", 'input.caseId');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'input.caseId',
    });
    expect((thrown as GraphQLError).message).toContain('input.caseId must be a UUID');
  });
});
