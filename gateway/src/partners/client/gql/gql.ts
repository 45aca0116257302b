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
    "query PartnerCaseReport($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    partnerReport {\n      deliveredAt\n      downloadUrl\n    }\n  }\n}": typeof types.PartnerCaseReportDocument,
    "query PartnerCaseStatus($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    createdAt\n    submittedAt\n    timeline {\n      fromStage\n      toStage\n      occurredAt\n    }\n    panel {\n      size\n      confirmedAt\n      members {\n        status\n        specialist {\n          fullName\n        }\n      }\n    }\n  }\n}": typeof types.PartnerCaseStatusDocument,
    "query PartnerCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        stage\n        submittedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.PartnerCasesDocument,
    "mutation ReferCase($input: ReferCaseInput!) {\n  referCase(input: $input) {\n    id\n    invitationSentTo\n    expiresAt\n    case {\n      id\n      stage\n    }\n  }\n}": typeof types.ReferCaseDocument,
};
const documents: Documents = {
    "query PartnerCaseReport($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    partnerReport {\n      deliveredAt\n      downloadUrl\n    }\n  }\n}": types.PartnerCaseReportDocument,
    "query PartnerCaseStatus($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    createdAt\n    submittedAt\n    timeline {\n      fromStage\n      toStage\n      occurredAt\n    }\n    panel {\n      size\n      confirmedAt\n      members {\n        status\n        specialist {\n          fullName\n        }\n      }\n    }\n  }\n}": types.PartnerCaseStatusDocument,
    "query PartnerCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        stage\n        submittedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.PartnerCasesDocument,
    "mutation ReferCase($input: ReferCaseInput!) {\n  referCase(input: $input) {\n    id\n    invitationSentTo\n    expiresAt\n    case {\n      id\n      stage\n    }\n  }\n}": types.ReferCaseDocument,
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
export function graphql(source: "query PartnerCaseReport($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    partnerReport {\n      deliveredAt\n      downloadUrl\n    }\n  }\n}"): (typeof documents)["query PartnerCaseReport($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    partnerReport {\n      deliveredAt\n      downloadUrl\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerCaseStatus($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    createdAt\n    submittedAt\n    timeline {\n      fromStage\n      toStage\n      occurredAt\n    }\n    panel {\n      size\n      confirmedAt\n      members {\n        status\n        specialist {\n          fullName\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query PartnerCaseStatus($id: ID!) {\n  case(id: $id) {\n    id\n    stage\n    createdAt\n    submittedAt\n    timeline {\n      fromStage\n      toStage\n      occurredAt\n    }\n    panel {\n      size\n      confirmedAt\n      members {\n        status\n        specialist {\n          fullName\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartnerCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        stage\n        submittedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query PartnerCases($first: Int!, $after: String) {\n  cases(first: $first, after: $after) {\n    edges {\n      cursor\n      node {\n        id\n        stage\n        submittedAt\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReferCase($input: ReferCaseInput!) {\n  referCase(input: $input) {\n    id\n    invitationSentTo\n    expiresAt\n    case {\n      id\n      stage\n    }\n  }\n}"): (typeof documents)["mutation ReferCase($input: ReferCaseInput!) {\n  referCase(input: $input) {\n    id\n    invitationSentTo\n    expiresAt\n    case {\n      id\n      stage\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;