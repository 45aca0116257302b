import { registerEnumType } from 'type-graphql';

/** A chosen specialist's answer to the request to take the case (DESIGN.md §2 step 5). */
export enum PanelMemberStatus {
  REQUESTED = 'REQUESTED',
  CONFIRMED = 'CONFIRMED',
  DECLINED = 'DECLINED',
  /** did not answer by `respondBy`; treated as a decline */
  EXPIRED = 'EXPIRED',
}

registerEnumType(PanelMemberStatus, {
  name: 'PanelMemberStatus',
  description: "A chosen specialist's answer to the request to take the case.",
});
