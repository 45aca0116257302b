import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PanelMode } from '../panel/panel-mode.enum';
import { Specialist } from '../specialist/specialist.entity';

/** What the matching engine scores a specialist on (issue 8). */
export enum MatchFactor {
  SPECIALTY_FIT = 'SPECIALTY_FIT',
  AVAILABILITY = 'AVAILABILITY',
  LOAD = 'LOAD',
  LANGUAGE = 'LANGUAGE',
  AIIMS_TRAINING = 'AIIMS_TRAINING',
}

registerEnumType(MatchFactor, {
  name: 'MatchFactor',
  description: 'What the matching engine scores a specialist on.',
});

/** One part of a specialist's score, with the reason in words. */
@ObjectType({ description: 'One part of a match score and why it was given.' })
export class ScoreFactor {
  @Field(() => MatchFactor)
  factor!: MatchFactor;

  @Field(() => Int)
  points!: number;

  @Field(() => Int)
  maxPoints!: number;

  @Field({ description: 'Why, e.g. "Speaks Telugu, your preferred language".' })
  explanation!: string;
}

/** A specialist ranked for a case, with the score explained factor by factor. */
@ObjectType({ description: 'A specialist ranked for a case, score explained.' })
export class SpecialistMatch {
  @Field(() => Specialist)
  specialist!: Specialist;

  @Field(() => Int, { description: 'Sum of the factors, 0–100.' })
  score!: number;

  @Field(() => [ScoreFactor])
  factors!: ScoreFactor[];
}

/** The panel the platform suggests for a case, for operations staff to confirm or change. */
@ObjectType({ description: 'The panel the platform suggests for a case, explained.' })
export class PanelSuggestion {
  @Field(() => PanelMode, { description: 'SINGLE, MULTIPLE or BOARD, by the number suggested.' })
  mode!: PanelMode;

  @Field(() => [String], { description: 'The specialties the panel is formed from, best first.' })
  specialties!: string[];

  @Field(() => [SpecialistMatch], { description: 'The suggested panel, in seat order.' })
  suggested!: SpecialistMatch[];

  @Field(() => [SpecialistMatch], { description: 'The next best candidates, best first.' })
  alternatives!: SpecialistMatch[];
}
