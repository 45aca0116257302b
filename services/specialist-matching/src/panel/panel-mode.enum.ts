import { registerEnumType } from 'type-graphql';

/** How the patient chose the panel (DESIGN.md §2 step 4). */
export enum PanelMode {
  /** one specialist */
  SINGLE = 'SINGLE',
  /** two or more specialists who each give an opinion */
  MULTIPLE = 'MULTIPLE',
  /** three or more distinct specialists who agree a consensus opinion */
  BOARD = 'BOARD',
  /** the platform suggests the panel and operations staff confirm it */
  PLATFORM_CHOOSES = 'PLATFORM_CHOOSES',
}

registerEnumType(PanelMode, { name: 'PanelMode', description: 'How the panel was chosen.' });
