/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a case is in the journey. */
export type CaseStage =
  | 'ACTIVE'
  | 'AWAITING_CONFIRMATION'
  | 'AWAITING_PAYMENT'
  | 'CANCELLED'
  | 'CLOSED'
  | 'CONSENTED'
  | 'DRAFT'
  | 'INFO_REQUESTED'
  | 'OPINIONS_READY'
  | 'PANEL_REQUESTED'
  | 'REPORT_DELIVERED'
  | 'SUBMITTED';

/** A chosen specialist's answer to the request to take the case. */
export type PanelMemberStatus =
  | 'CONFIRMED'
  | 'DECLINED'
  | 'REQUESTED';

/** Why the patient wants a second opinion. */
export type SecondOpinionReason =
  /** Compare alternatives' pros and cons. */
  | 'ALTERNATIVES_PROS_CONS'
  /** Earlier answers were inadequate or dissatisfying. */
  | 'INADEQUATE_RESPONSE'
  /** An insurer or employer requires it. */
  | 'PAYER_OR_EMPLOYER_REQUIREMENT'
  /** Reassurance about a diagnosis or plan. */
  | 'REASSURANCE'
  /** Finding the right doctor or hospital. */
  | 'RIGHT_DOCTOR_OR_HOSPITAL'
  /** A referral to a specialist. */
  | 'SPECIALIST_REFERRAL';

export type AssignedCaseRowFragment = { id: string, status: PanelMemberStatus, case: { id: string, stage: CaseStage, presentingComplaint: string | null, submittedAt: string | null, patient: { id: string, fullName: string } } } & { ' $fragmentName'?: 'AssignedCaseRowFragment' };

export type AssignedCasesQueryVariables = Exact<{
  specialistId: string | number;
}>;


export type AssignedCasesQuery = { specialist: { id: string, fullName: string, registration: { council: string, number: string }, panelMemberships: Array<(
      { id: string }
      & { ' $fragmentRefs'?: { 'AssignedCaseRowFragment': AssignedCaseRowFragment } }
    )> } };

export type DoctorCasePageQueryVariables = Exact<{
  id: string | number;
}>;


export type DoctorCasePageQuery = { case: { id: string, stage: CaseStage, presentingComplaint: string | null, reasonForSecondOpinion: SecondOpinionReason | null, submittedAt: string | null, patient: { id: string, fullName: string }, documents: Array<{ id: string, title: string }> | null, timeline: Array<{ eventId: string, eventType: string, occurredAt: string, fromStage: CaseStage | null, toStage: CaseStage | null }> } };

export const AssignedCaseRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"presentingComplaint"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignedCaseRowFragment, unknown>;
export const AssignedCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignedCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"specialistId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"specialist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"specialistId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"council"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panelMemberships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AssignedCaseRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AssignedCaseRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PanelMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"presentingComplaint"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]} as unknown as DocumentNode<AssignedCasesQuery, AssignedCasesQueryVariables>;
export const DoctorCasePageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DoctorCasePage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"presentingComplaint"}},{"kind":"Field","name":{"kind":"Name","value":"reasonForSecondOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"patient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}}]}}]}}]}}]} as unknown as DocumentNode<DoctorCasePageQuery, DoctorCasePageQueryVariables>;