/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AssignedCaseRow on PanelMember {\n    id\n    status\n    case {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.AssignedCaseRowFragmentDoc,
    "\n  query AssignedCases($specialistId: ID!) {\n    specialist(id: $specialistId) {\n      id\n      fullName\n      registration {\n        council\n        number\n      }\n      panelMemberships {\n        id\n        ...AssignedCaseRow\n      }\n    }\n  }\n": typeof types.AssignedCasesDocument,
    "\n  query DoctorCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      reasonForSecondOpinion\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      documents {\n        id\n        title\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n": typeof types.DoctorCasePageDocument,
};
const documents: Documents = {
    "\n  fragment AssignedCaseRow on PanelMember {\n    id\n    status\n    case {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n    }\n  }\n": types.AssignedCaseRowFragmentDoc,
    "\n  query AssignedCases($specialistId: ID!) {\n    specialist(id: $specialistId) {\n      id\n      fullName\n      registration {\n        council\n        number\n      }\n      panelMemberships {\n        id\n        ...AssignedCaseRow\n      }\n    }\n  }\n": types.AssignedCasesDocument,
    "\n  query DoctorCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      reasonForSecondOpinion\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      documents {\n        id\n        title\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n": types.DoctorCasePageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AssignedCaseRow on PanelMember {\n    id\n    status\n    case {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AssignedCaseRow on PanelMember {\n    id\n    status\n    case {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignedCases($specialistId: ID!) {\n    specialist(id: $specialistId) {\n      id\n      fullName\n      registration {\n        council\n        number\n      }\n      panelMemberships {\n        id\n        ...AssignedCaseRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query AssignedCases($specialistId: ID!) {\n    specialist(id: $specialistId) {\n      id\n      fullName\n      registration {\n        council\n        number\n      }\n      panelMemberships {\n        id\n        ...AssignedCaseRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DoctorCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      reasonForSecondOpinion\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      documents {\n        id\n        title\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DoctorCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      reasonForSecondOpinion\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      documents {\n        id\n        title\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;