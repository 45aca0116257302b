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
    "\n  query ActingForPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.ActingForPatientDocument,
    "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n": typeof types.CaseCardFragmentDoc,
    "\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n": typeof types.AuthorizeProxyDocument,
    "\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": typeof types.RegisterDependentDocument,
    "\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeProxyAuthorizationDocument,
    "\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n": typeof types.ProxyAuthorizationsDocument,
};
const documents: Documents = {
    "\n  query ActingForPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.ActingForPatientDocument,
    "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n": types.CaseCardFragmentDoc,
    "\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n": types.AuthorizeProxyDocument,
    "\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": types.RegisterDependentDocument,
    "\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeProxyAuthorizationDocument,
    "\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n": types.ProxyAuthorizationsDocument,
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
export function graphql(source: "\n  query ActingForPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query ActingForPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n"): (typeof documents)["\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;