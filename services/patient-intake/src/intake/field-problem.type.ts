import { describeProblem, type Problem } from '@consilium/validation';
import { JSONObjectResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

/** A rule the input or the stored case breaks, for showing next to its field. */
@ObjectType({ description: 'A rule a field breaks, with a message and the values it needs.' })
export class FieldProblem {
  @Field({ description: 'Dotted path, e.g. symptoms[0].description or patient.address.' })
  field!: string;

  @Field({ description: 'The rule key (messages in other languages are keyed by it).' })
  rule!: string;

  @Field({ description: 'The message in English.' })
  message!: string;

  @Field(() => JSONObjectResolver, { nullable: true })
  values?: Record<string, string | number> | null;

  /**
   * @param problem - a problem from @consilium/validation
   * @returns it as a GraphQL object, with its English message
   */
  static of(problem: Problem): FieldProblem {
    return Object.assign(new FieldProblem(), {
      ...problem,
      values: problem.values ?? null,
      message: describeProblem(problem),
    });
  }
}
