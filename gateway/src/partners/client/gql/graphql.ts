/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** FHIR R4 AdministrativeGender, upper case. */
export type AdministrativeGender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

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
  | 'EXPIRED'
  | 'REQUESTED';

/** A patient a partner organisation refers for a second opinion. */
export type ReferCaseInput = {
  /** Date of birth, YYYY-MM-DD. */
  birthDate: string;
  /** Email address; phone or email. */
  email?: string | null | undefined;
  /** The patient’s full name. */
  fullName: string;
  gender: AdministrativeGender;
  /** A UUID the partner makes per referral: retrying with it returns the same case. */
  idempotencyKey: string | number;
  /** Mobile number, Indian ones as typed (098682 27853) or E.164; phone or email. */
  phone?: string | null | undefined;
  /** The invitation’s language: en (default) or hi. */
  preferredLanguage?: string | null | undefined;
  /** Why the patient is referred (1–2,000 characters). */
  referralNote: string;
};

export type PartnerCaseReportQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerCaseReportQuery = { case: { id: string, stage: CaseStage, partnerReport: { deliveredAt: string, downloadUrl: string } | null } };

export type PartnerCaseStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type PartnerCaseStatusQuery = { case: { id: string, stage: CaseStage, createdAt: string, submittedAt: string | null, timeline: Array<{ fromStage: CaseStage | null, toStage: CaseStage | null, occurredAt: string }>, panel: { size: number, confirmedAt: string | null, members: Array<{ status: PanelMemberStatus, specialist: { fullName: string } }> } | null } };

export type PartnerCasesQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type PartnerCasesQuery = { cases: { edges: Array<{ cursor: string, node: { id: string, stage: CaseStage, submittedAt: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReferCaseMutationVariables = Exact<{
  input: ReferCaseInput;
}>;


export type ReferCaseMutation = { referCase: { id: string, invitationSentTo: string, expiresAt: string, case: { id: string, stage: CaseStage } } };


export const PartnerCaseReportDocument = {"__meta__":{"hash":"sha256:8cb81c023dcc5b33713ef442dfa0d8cc5db691728fe7ce48f4069678f5cf3bb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCaseReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"partnerReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCaseReportQuery, PartnerCaseReportQueryVariables>;
export const PartnerCaseStatusDocument = {"__meta__":{"hash":"sha256:98ccd39b2ccb24b44edacdd554dc328489006c75fa8e6d76cff110b42761491b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCaseStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fromStage"}},{"kind":"Field","name":{"kind":"Name","value":"toStage"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"panel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"specialist"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fullName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCaseStatusQuery, PartnerCaseStatusQueryVariables>;
export const PartnerCasesDocument = {"__meta__":{"hash":"sha256:c50025ca0c54fb595bc35385ac7ec6bf6e3499d6dda0de0696e23d079d8c8bcc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerCasesQuery, PartnerCasesQueryVariables>;
export const ReferCaseDocument = {"__meta__":{"hash":"sha256:2eefbc38d2f3ee0d1bcf914b6bf31b8f87eacf7f0a2e02b9dd2d230cfe3686b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReferCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"invitationSentTo"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]}}]} as unknown as DocumentNode<ReferCaseMutation, ReferCaseMutationVariables>;