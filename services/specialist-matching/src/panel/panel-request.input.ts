import { Field, ID, InputType } from 'type-graphql';
import { PanelMode } from './panel-mode.enum';

/** How the patient's side chooses the specialists (DESIGN.md §2 step 4). */
@InputType({ description: 'How the patient’s side chooses the specialists.' })
export class PanelRequestInput {
  @Field(() => PanelMode)
  mode!: PanelMode;

  @Field(() => [ID], {
    defaultValue: [],
    description:
      'The specialists chosen: 1 for SINGLE, 2–5 for MULTIPLE, 3–7 for BOARD; none when the platform chooses.',
  })
  specialistIds!: string[];

  @Field(() => PanelMode, {
    nullable: true,
    description: 'When the platform chooses: SINGLE, MULTIPLE or BOARD (default by specialties).',
  })
  preferredSize?: PanelMode | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'When the platform chooses: specialties to include, from `specialties`.',
  })
  specialties!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description: 'Languages the patient would like to consult in, preferred first.',
  })
  preferredLanguages!: string[];
}
