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
    "\n  query AuditLog(\n    $filter: AuditLogFilter\n    $after: String\n    $intake: Boolean!\n    $matching: Boolean!\n    $billing: Boolean!\n    $records: Boolean!\n    $identity: Boolean!\n  ) {\n    patientIntakeAuditLog(filter: $filter, first: 50, after: $after) @include(if: $intake) {\n      ...AuditPage\n    }\n    specialistMatchingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $matching) {\n      ...AuditPage\n    }\n    billingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $billing) {\n      ...AuditPage\n    }\n    recordsAuditLog(filter: $filter, first: 50, after: $after) @include(if: $records) {\n      ...AuditPage\n    }\n    identityAuditLog(filter: $filter, first: 50, after: $after) @include(if: $identity) {\n      ...AuditPage\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment AuditPage on AuditEntryConnection {\n    edges {\n      node {\n        id\n        occurredAt\n        service\n        accountId\n        roles\n        actingForPatientId\n        objectType\n        objectId\n        caseId\n        operation\n        fields\n        outcome\n        reason\n        requestId\n        ipAddress\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditPageFragmentDoc,
    "\n  query AdminCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      panel {\n        id\n        mode\n        members {\n          id\n          status\n          specialist {\n            id\n            fullName\n            specialty\n          }\n        }\n      }\n      quote {\n        id\n        amount\n        currency\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n": typeof types.AdminCasePageDocument,
    "\n  query AdminCaseSummaries($after: String) {\n    caseSummaries(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          gpAccountId\n          gpName\n          dueAt\n          overdue\n          breachedAt\n          submittedAt\n          case {\n            id\n            patient {\n              id\n              fullName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminCaseSummariesDocument,
    "\n  query CasesForGp($after: String) {\n    cases(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          stage\n          submittedAt\n          patient {\n            id\n            fullName\n          }\n          caseSummary {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesForGpDocument,
    "\n  query GpAccounts {\n    accounts(role: GP, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          disabledAt\n        }\n      }\n    }\n  }\n": typeof types.GpAccountsDocument,
    "\n  mutation AssignCaseGp($input: AssignCaseGpInput!) {\n    assignCaseGp(input: $input) {\n      id\n      status\n      gpAccountId\n      gpName\n      dueAt\n      overdue\n      breachedAt\n      submittedAt\n      case {\n        id\n        caseSummary {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AssignCaseGpDocument,
    "\n  fragment CaseRow on Case {\n    id\n    stage\n    submittedAt\n    patient {\n      id\n      fullName\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query CasesByStage($stage: CaseStage, $after: String) {\n    caseStageCounts {\n      stage\n      count\n    }\n    cases(stage: $stage, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...CaseRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CasesByStageDocument,
    "\n  query DeadLetters {\n    patientIntakeDeadLetters {\n      ...DeadLetterFields\n    }\n    specialistMatchingDeadLetters {\n      ...DeadLetterFields\n    }\n    billingDeadLetters {\n      ...DeadLetterFields\n    }\n    recordsDeadLetters {\n      ...DeadLetterFields\n    }\n  }\n": typeof types.DeadLettersDocument,
    "\n  fragment DeadLetterFields on DeadLetter {\n    id\n    service\n    kind\n    type\n    caseId\n    attempts\n    lastError\n    deadAt\n  }\n": typeof types.DeadLetterFieldsFragmentDoc,
    "\n    mutation RetryPatientIntakeDeadLetter($id: ID!) {\n      retryPatientIntakeDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RetryPatientIntakeDeadLetterDocument,
    "\n    mutation RetrySpecialistMatchingDeadLetter($id: ID!) {\n      retrySpecialistMatchingDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RetrySpecialistMatchingDeadLetterDocument,
    "\n    mutation RetryBillingDeadLetter($id: ID!) {\n      retryBillingDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RetryBillingDeadLetterDocument,
    "\n    mutation RetryRecordsDeadLetter($id: ID!) {\n      retryRecordsDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": typeof types.RetryRecordsDeadLetterDocument,
    "\n  query DevMailbox {\n    devMailbox(first: 50) {\n      id\n      channel\n      recipient\n      language\n      subject\n      body\n      createdAt\n      sentAt\n    }\n  }\n": typeof types.DevMailboxDocument,
    "\n  query AdminErasureRequests($status: ErasureRequestStatus, $after: String) {\n    erasureRequests(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          requestedAt\n          requestedByRelationship\n          decidedAt\n          declineReason\n          cancelledAt\n          completedAt\n          patient {\n            id\n            fullName\n          }\n          cases {\n            id\n            stage\n          }\n          casesUnderWay {\n            id\n          }\n          confirmation {\n            completedAt\n            items {\n              category\n              action\n              service\n              caseId\n              retainedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AdminErasureRequestsDocument,
    "\n  mutation ConfirmErasureRequest($id: ID!) {\n    confirmErasureRequest(id: $id) {\n      id\n      status\n      completedAt\n      confirmation {\n        items {\n          action\n        }\n      }\n    }\n  }\n": typeof types.ConfirmErasureRequestDocument,
    "\n  mutation DeclineErasureRequest($id: ID!, $reason: String!) {\n    declineErasureRequest(id: $id, reason: $reason) {\n      id\n      status\n      declineReason\n      decidedAt\n    }\n  }\n": typeof types.DeclineErasureRequestDocument,
    "\n  fragment SealedRecordRow on SealedRecord {\n    id\n    service\n    kind\n    category\n    itemCount\n    patientId\n    caseId\n    createdAt\n    retainedFrom\n    retainUntil\n    destroyedAt\n  }\n": typeof types.SealedRecordRowFragmentDoc,
    "\n  query RecordsSealedRecords($filter: SealedRecordFilter, $after: String) {\n    recordsSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.RecordsSealedRecordsDocument,
    "\n  query PatientIntakeSealedRecords($filter: SealedRecordFilter, $after: String) {\n    patientIntakeSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PatientIntakeSealedRecordsDocument,
    "\n  query OpenRecordsSealedRecord($id: ID!) {\n    recordsSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n": typeof types.OpenRecordsSealedRecordDocument,
    "\n  query OpenPatientIntakeSealedRecord($id: ID!) {\n    patientIntakeSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n": typeof types.OpenPatientIntakeSealedRecordDocument,
    "\n  fragment InForceDocument on LegalDocument {\n    version\n    effectiveFrom\n    titleEn\n    titleHi\n    sha256\n    pdfPath\n  }\n": typeof types.InForceDocumentFragmentDoc,
    "\n  fragment LegalDocumentHistoryRow on LegalDocument {\n    id\n    version\n    effectiveFrom\n    sha256\n    pdfPath\n  }\n": typeof types.LegalDocumentHistoryRowFragmentDoc,
    "\n  query LegalDocumentsOfKind($kind: LegalDocumentKind!) {\n    currentLegalDocument(kind: $kind) {\n      id\n      version\n      ...InForceDocument\n      ...PublishPrefill\n    }\n    legalDocuments(kind: $kind) {\n      id\n      version\n      effectiveFrom\n      ...LegalDocumentHistoryRow\n    }\n  }\n": typeof types.LegalDocumentsOfKindDocument,
    "\n  mutation PublishLegalDocument($input: PublishLegalDocumentInput!) {\n    publishLegalDocument(input: $input) {\n      id\n      kind\n      version\n      effectiveFrom\n      sha256\n    }\n  }\n": typeof types.PublishLegalDocumentDocument,
    "\n  fragment PublishPrefill on LegalDocument {\n    version\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n  }\n": typeof types.PublishPrefillFragmentDoc,
    "\n  query PartnerClients {\n    partnerClients {\n      id\n      name\n      clientId\n      partnerId\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n": typeof types.PartnerClientsDocument,
    "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {\n    createPartnerClient(input: $input) {\n      clientSecret\n      client {\n        id\n        clientId\n      }\n    }\n  }\n": typeof types.CreatePartnerClientDocument,
    "\n  mutation RevokePartnerClient($id: ID!) {\n    revokePartnerClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokePartnerClientDocument,
    "\n  fragment ReportRequirementFormValues on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n": typeof types.ReportRequirementFormValuesFragmentDoc,
    "\n  fragment ReportRequirementRow on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n": typeof types.ReportRequirementRowFragmentDoc,
    "\n  query ReportRequirements($includeRetired: Boolean!) {\n    reportRequirements(includeRetired: $includeRetired) {\n      id\n      titleEn\n      titleHi\n      ...ReportRequirementRow\n      ...ReportRequirementFormValues\n    }\n  }\n": typeof types.ReportRequirementsDocument,
    "\n  mutation SaveReportRequirement($input: ReportRequirementInput!) {\n    saveReportRequirement(input: $input) {\n      id\n      active\n      titleEn\n      titleHi\n    }\n  }\n": typeof types.SaveReportRequirementDocument,
    "\n  mutation RetireReportRequirement($id: ID!) {\n    retireReportRequirement(id: $id) {\n      id\n      active\n    }\n  }\n": typeof types.RetireReportRequirementDocument,
    "\n  query Specialists($after: String) {\n    specialists(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          fullName\n          nameLocal\n          specialty\n          subSpecialty\n          city\n          languages\n          aiimsTrained\n          registration {\n            council\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SpecialistsDocument,
    "\n  query StaffAccounts($role: AccountRole, $after: String) {\n    accounts(role: $role, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          phone\n          roles\n          specialistId\n          createdAt\n          disabledAt\n          lockedUntil\n          emailVerifiedAt\n          phoneVerifiedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.StaffAccountsDocument,
    "\n  query SpecialistChoices {\n    specialists(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          specialty\n        }\n      }\n    }\n  }\n": typeof types.SpecialistChoicesDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      email\n    }\n  }\n": typeof types.CreateStaffAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.DisableAccountDocument,
};
const documents: Documents = {
    "\n  query AuditLog(\n    $filter: AuditLogFilter\n    $after: String\n    $intake: Boolean!\n    $matching: Boolean!\n    $billing: Boolean!\n    $records: Boolean!\n    $identity: Boolean!\n  ) {\n    patientIntakeAuditLog(filter: $filter, first: 50, after: $after) @include(if: $intake) {\n      ...AuditPage\n    }\n    specialistMatchingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $matching) {\n      ...AuditPage\n    }\n    billingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $billing) {\n      ...AuditPage\n    }\n    recordsAuditLog(filter: $filter, first: 50, after: $after) @include(if: $records) {\n      ...AuditPage\n    }\n    identityAuditLog(filter: $filter, first: 50, after: $after) @include(if: $identity) {\n      ...AuditPage\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment AuditPage on AuditEntryConnection {\n    edges {\n      node {\n        id\n        occurredAt\n        service\n        accountId\n        roles\n        actingForPatientId\n        objectType\n        objectId\n        caseId\n        operation\n        fields\n        outcome\n        reason\n        requestId\n        ipAddress\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditPageFragmentDoc,
    "\n  query AdminCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      panel {\n        id\n        mode\n        members {\n          id\n          status\n          specialist {\n            id\n            fullName\n            specialty\n          }\n        }\n      }\n      quote {\n        id\n        amount\n        currency\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n": types.AdminCasePageDocument,
    "\n  query AdminCaseSummaries($after: String) {\n    caseSummaries(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          gpAccountId\n          gpName\n          dueAt\n          overdue\n          breachedAt\n          submittedAt\n          case {\n            id\n            patient {\n              id\n              fullName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminCaseSummariesDocument,
    "\n  query CasesForGp($after: String) {\n    cases(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          stage\n          submittedAt\n          patient {\n            id\n            fullName\n          }\n          caseSummary {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesForGpDocument,
    "\n  query GpAccounts {\n    accounts(role: GP, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          disabledAt\n        }\n      }\n    }\n  }\n": types.GpAccountsDocument,
    "\n  mutation AssignCaseGp($input: AssignCaseGpInput!) {\n    assignCaseGp(input: $input) {\n      id\n      status\n      gpAccountId\n      gpName\n      dueAt\n      overdue\n      breachedAt\n      submittedAt\n      case {\n        id\n        caseSummary {\n          id\n        }\n      }\n    }\n  }\n": types.AssignCaseGpDocument,
    "\n  fragment CaseRow on Case {\n    id\n    stage\n    submittedAt\n    patient {\n      id\n      fullName\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query CasesByStage($stage: CaseStage, $after: String) {\n    caseStageCounts {\n      stage\n      count\n    }\n    cases(stage: $stage, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...CaseRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CasesByStageDocument,
    "\n  query DeadLetters {\n    patientIntakeDeadLetters {\n      ...DeadLetterFields\n    }\n    specialistMatchingDeadLetters {\n      ...DeadLetterFields\n    }\n    billingDeadLetters {\n      ...DeadLetterFields\n    }\n    recordsDeadLetters {\n      ...DeadLetterFields\n    }\n  }\n": types.DeadLettersDocument,
    "\n  fragment DeadLetterFields on DeadLetter {\n    id\n    service\n    kind\n    type\n    caseId\n    attempts\n    lastError\n    deadAt\n  }\n": types.DeadLetterFieldsFragmentDoc,
    "\n    mutation RetryPatientIntakeDeadLetter($id: ID!) {\n      retryPatientIntakeDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": types.RetryPatientIntakeDeadLetterDocument,
    "\n    mutation RetrySpecialistMatchingDeadLetter($id: ID!) {\n      retrySpecialistMatchingDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": types.RetrySpecialistMatchingDeadLetterDocument,
    "\n    mutation RetryBillingDeadLetter($id: ID!) {\n      retryBillingDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": types.RetryBillingDeadLetterDocument,
    "\n    mutation RetryRecordsDeadLetter($id: ID!) {\n      retryRecordsDeadLetter(id: $id) {\n        id\n      }\n    }\n  ": types.RetryRecordsDeadLetterDocument,
    "\n  query DevMailbox {\n    devMailbox(first: 50) {\n      id\n      channel\n      recipient\n      language\n      subject\n      body\n      createdAt\n      sentAt\n    }\n  }\n": types.DevMailboxDocument,
    "\n  query AdminErasureRequests($status: ErasureRequestStatus, $after: String) {\n    erasureRequests(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          requestedAt\n          requestedByRelationship\n          decidedAt\n          declineReason\n          cancelledAt\n          completedAt\n          patient {\n            id\n            fullName\n          }\n          cases {\n            id\n            stage\n          }\n          casesUnderWay {\n            id\n          }\n          confirmation {\n            completedAt\n            items {\n              category\n              action\n              service\n              caseId\n              retainedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AdminErasureRequestsDocument,
    "\n  mutation ConfirmErasureRequest($id: ID!) {\n    confirmErasureRequest(id: $id) {\n      id\n      status\n      completedAt\n      confirmation {\n        items {\n          action\n        }\n      }\n    }\n  }\n": types.ConfirmErasureRequestDocument,
    "\n  mutation DeclineErasureRequest($id: ID!, $reason: String!) {\n    declineErasureRequest(id: $id, reason: $reason) {\n      id\n      status\n      declineReason\n      decidedAt\n    }\n  }\n": types.DeclineErasureRequestDocument,
    "\n  fragment SealedRecordRow on SealedRecord {\n    id\n    service\n    kind\n    category\n    itemCount\n    patientId\n    caseId\n    createdAt\n    retainedFrom\n    retainUntil\n    destroyedAt\n  }\n": types.SealedRecordRowFragmentDoc,
    "\n  query RecordsSealedRecords($filter: SealedRecordFilter, $after: String) {\n    recordsSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.RecordsSealedRecordsDocument,
    "\n  query PatientIntakeSealedRecords($filter: SealedRecordFilter, $after: String) {\n    patientIntakeSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PatientIntakeSealedRecordsDocument,
    "\n  query OpenRecordsSealedRecord($id: ID!) {\n    recordsSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n": types.OpenRecordsSealedRecordDocument,
    "\n  query OpenPatientIntakeSealedRecord($id: ID!) {\n    patientIntakeSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n": types.OpenPatientIntakeSealedRecordDocument,
    "\n  fragment InForceDocument on LegalDocument {\n    version\n    effectiveFrom\n    titleEn\n    titleHi\n    sha256\n    pdfPath\n  }\n": types.InForceDocumentFragmentDoc,
    "\n  fragment LegalDocumentHistoryRow on LegalDocument {\n    id\n    version\n    effectiveFrom\n    sha256\n    pdfPath\n  }\n": types.LegalDocumentHistoryRowFragmentDoc,
    "\n  query LegalDocumentsOfKind($kind: LegalDocumentKind!) {\n    currentLegalDocument(kind: $kind) {\n      id\n      version\n      ...InForceDocument\n      ...PublishPrefill\n    }\n    legalDocuments(kind: $kind) {\n      id\n      version\n      effectiveFrom\n      ...LegalDocumentHistoryRow\n    }\n  }\n": types.LegalDocumentsOfKindDocument,
    "\n  mutation PublishLegalDocument($input: PublishLegalDocumentInput!) {\n    publishLegalDocument(input: $input) {\n      id\n      kind\n      version\n      effectiveFrom\n      sha256\n    }\n  }\n": types.PublishLegalDocumentDocument,
    "\n  fragment PublishPrefill on LegalDocument {\n    version\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n  }\n": types.PublishPrefillFragmentDoc,
    "\n  query PartnerClients {\n    partnerClients {\n      id\n      name\n      clientId\n      partnerId\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n": types.PartnerClientsDocument,
    "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {\n    createPartnerClient(input: $input) {\n      clientSecret\n      client {\n        id\n        clientId\n      }\n    }\n  }\n": types.CreatePartnerClientDocument,
    "\n  mutation RevokePartnerClient($id: ID!) {\n    revokePartnerClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokePartnerClientDocument,
    "\n  fragment ReportRequirementFormValues on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n": types.ReportRequirementFormValuesFragmentDoc,
    "\n  fragment ReportRequirementRow on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n": types.ReportRequirementRowFragmentDoc,
    "\n  query ReportRequirements($includeRetired: Boolean!) {\n    reportRequirements(includeRetired: $includeRetired) {\n      id\n      titleEn\n      titleHi\n      ...ReportRequirementRow\n      ...ReportRequirementFormValues\n    }\n  }\n": types.ReportRequirementsDocument,
    "\n  mutation SaveReportRequirement($input: ReportRequirementInput!) {\n    saveReportRequirement(input: $input) {\n      id\n      active\n      titleEn\n      titleHi\n    }\n  }\n": types.SaveReportRequirementDocument,
    "\n  mutation RetireReportRequirement($id: ID!) {\n    retireReportRequirement(id: $id) {\n      id\n      active\n    }\n  }\n": types.RetireReportRequirementDocument,
    "\n  query Specialists($after: String) {\n    specialists(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          fullName\n          nameLocal\n          specialty\n          subSpecialty\n          city\n          languages\n          aiimsTrained\n          registration {\n            council\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SpecialistsDocument,
    "\n  query StaffAccounts($role: AccountRole, $after: String) {\n    accounts(role: $role, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          phone\n          roles\n          specialistId\n          createdAt\n          disabledAt\n          lockedUntil\n          emailVerifiedAt\n          phoneVerifiedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.StaffAccountsDocument,
    "\n  query SpecialistChoices {\n    specialists(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          specialty\n        }\n      }\n    }\n  }\n": types.SpecialistChoicesDocument,
    "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      email\n    }\n  }\n": types.CreateStaffAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n": types.DisableAccountDocument,
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
export function graphql(source: "\n  query AuditLog(\n    $filter: AuditLogFilter\n    $after: String\n    $intake: Boolean!\n    $matching: Boolean!\n    $billing: Boolean!\n    $records: Boolean!\n    $identity: Boolean!\n  ) {\n    patientIntakeAuditLog(filter: $filter, first: 50, after: $after) @include(if: $intake) {\n      ...AuditPage\n    }\n    specialistMatchingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $matching) {\n      ...AuditPage\n    }\n    billingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $billing) {\n      ...AuditPage\n    }\n    recordsAuditLog(filter: $filter, first: 50, after: $after) @include(if: $records) {\n      ...AuditPage\n    }\n    identityAuditLog(filter: $filter, first: 50, after: $after) @include(if: $identity) {\n      ...AuditPage\n    }\n  }\n"): (typeof documents)["\n  query AuditLog(\n    $filter: AuditLogFilter\n    $after: String\n    $intake: Boolean!\n    $matching: Boolean!\n    $billing: Boolean!\n    $records: Boolean!\n    $identity: Boolean!\n  ) {\n    patientIntakeAuditLog(filter: $filter, first: 50, after: $after) @include(if: $intake) {\n      ...AuditPage\n    }\n    specialistMatchingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $matching) {\n      ...AuditPage\n    }\n    billingAuditLog(filter: $filter, first: 50, after: $after) @include(if: $billing) {\n      ...AuditPage\n    }\n    recordsAuditLog(filter: $filter, first: 50, after: $after) @include(if: $records) {\n      ...AuditPage\n    }\n    identityAuditLog(filter: $filter, first: 50, after: $after) @include(if: $identity) {\n      ...AuditPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditPage on AuditEntryConnection {\n    edges {\n      node {\n        id\n        occurredAt\n        service\n        accountId\n        roles\n        actingForPatientId\n        objectType\n        objectId\n        caseId\n        operation\n        fields\n        outcome\n        reason\n        requestId\n        ipAddress\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment AuditPage on AuditEntryConnection {\n    edges {\n      node {\n        id\n        occurredAt\n        service\n        accountId\n        roles\n        actingForPatientId\n        objectType\n        objectId\n        caseId\n        operation\n        fields\n        outcome\n        reason\n        requestId\n        ipAddress\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      panel {\n        id\n        mode\n        members {\n          id\n          status\n          specialist {\n            id\n            fullName\n            specialty\n          }\n        }\n      }\n      quote {\n        id\n        amount\n        currency\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      presentingComplaint\n      submittedAt\n      patient {\n        id\n        fullName\n      }\n      panel {\n        id\n        mode\n        members {\n          id\n          status\n          specialist {\n            id\n            fullName\n            specialty\n          }\n        }\n      }\n      quote {\n        id\n        amount\n        currency\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCaseSummaries($after: String) {\n    caseSummaries(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          gpAccountId\n          gpName\n          dueAt\n          overdue\n          breachedAt\n          submittedAt\n          case {\n            id\n            patient {\n              id\n              fullName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminCaseSummaries($after: String) {\n    caseSummaries(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          gpAccountId\n          gpName\n          dueAt\n          overdue\n          breachedAt\n          submittedAt\n          case {\n            id\n            patient {\n              id\n              fullName\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesForGp($after: String) {\n    cases(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          stage\n          submittedAt\n          patient {\n            id\n            fullName\n          }\n          caseSummary {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesForGp($after: String) {\n    cases(first: 50, after: $after) {\n      edges {\n        node {\n          id\n          stage\n          submittedAt\n          patient {\n            id\n            fullName\n          }\n          caseSummary {\n            id\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GpAccounts {\n    accounts(role: GP, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          disabledAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GpAccounts {\n    accounts(role: GP, first: 100) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          disabledAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCaseGp($input: AssignCaseGpInput!) {\n    assignCaseGp(input: $input) {\n      id\n      status\n      gpAccountId\n      gpName\n      dueAt\n      overdue\n      breachedAt\n      submittedAt\n      case {\n        id\n        caseSummary {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignCaseGp($input: AssignCaseGpInput!) {\n    assignCaseGp(input: $input) {\n      id\n      status\n      gpAccountId\n      gpName\n      dueAt\n      overdue\n      breachedAt\n      submittedAt\n      case {\n        id\n        caseSummary {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    stage\n    submittedAt\n    patient {\n      id\n      fullName\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n  }\n"): (typeof documents)["\n  fragment CaseRow on Case {\n    id\n    stage\n    submittedAt\n    patient {\n      id\n      fullName\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasesByStage($stage: CaseStage, $after: String) {\n    caseStageCounts {\n      stage\n      count\n    }\n    cases(stage: $stage, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...CaseRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query CasesByStage($stage: CaseStage, $after: String) {\n    caseStageCounts {\n      stage\n      count\n    }\n    cases(stage: $stage, first: 25, after: $after) {\n      edges {\n        node {\n          id\n          ...CaseRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeadLetters {\n    patientIntakeDeadLetters {\n      ...DeadLetterFields\n    }\n    specialistMatchingDeadLetters {\n      ...DeadLetterFields\n    }\n    billingDeadLetters {\n      ...DeadLetterFields\n    }\n    recordsDeadLetters {\n      ...DeadLetterFields\n    }\n  }\n"): (typeof documents)["\n  query DeadLetters {\n    patientIntakeDeadLetters {\n      ...DeadLetterFields\n    }\n    specialistMatchingDeadLetters {\n      ...DeadLetterFields\n    }\n    billingDeadLetters {\n      ...DeadLetterFields\n    }\n    recordsDeadLetters {\n      ...DeadLetterFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeadLetterFields on DeadLetter {\n    id\n    service\n    kind\n    type\n    caseId\n    attempts\n    lastError\n    deadAt\n  }\n"): (typeof documents)["\n  fragment DeadLetterFields on DeadLetter {\n    id\n    service\n    kind\n    type\n    caseId\n    attempts\n    lastError\n    deadAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetryPatientIntakeDeadLetter($id: ID!) {\n      retryPatientIntakeDeadLetter(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetryPatientIntakeDeadLetter($id: ID!) {\n      retryPatientIntakeDeadLetter(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetrySpecialistMatchingDeadLetter($id: ID!) {\n      retrySpecialistMatchingDeadLetter(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetrySpecialistMatchingDeadLetter($id: ID!) {\n      retrySpecialistMatchingDeadLetter(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetryBillingDeadLetter($id: ID!) {\n      retryBillingDeadLetter(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetryBillingDeadLetter($id: ID!) {\n      retryBillingDeadLetter(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RetryRecordsDeadLetter($id: ID!) {\n      retryRecordsDeadLetter(id: $id) {\n        id\n      }\n    }\n  "): (typeof documents)["\n    mutation RetryRecordsDeadLetter($id: ID!) {\n      retryRecordsDeadLetter(id: $id) {\n        id\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevMailbox {\n    devMailbox(first: 50) {\n      id\n      channel\n      recipient\n      language\n      subject\n      body\n      createdAt\n      sentAt\n    }\n  }\n"): (typeof documents)["\n  query DevMailbox {\n    devMailbox(first: 50) {\n      id\n      channel\n      recipient\n      language\n      subject\n      body\n      createdAt\n      sentAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminErasureRequests($status: ErasureRequestStatus, $after: String) {\n    erasureRequests(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          requestedAt\n          requestedByRelationship\n          decidedAt\n          declineReason\n          cancelledAt\n          completedAt\n          patient {\n            id\n            fullName\n          }\n          cases {\n            id\n            stage\n          }\n          casesUnderWay {\n            id\n          }\n          confirmation {\n            completedAt\n            items {\n              category\n              action\n              service\n              caseId\n              retainedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminErasureRequests($status: ErasureRequestStatus, $after: String) {\n    erasureRequests(status: $status, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          status\n          reason\n          requestedAt\n          requestedByRelationship\n          decidedAt\n          declineReason\n          cancelledAt\n          completedAt\n          patient {\n            id\n            fullName\n          }\n          cases {\n            id\n            stage\n          }\n          casesUnderWay {\n            id\n          }\n          confirmation {\n            completedAt\n            items {\n              category\n              action\n              service\n              caseId\n              retainedUntil\n            }\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmErasureRequest($id: ID!) {\n    confirmErasureRequest(id: $id) {\n      id\n      status\n      completedAt\n      confirmation {\n        items {\n          action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmErasureRequest($id: ID!) {\n    confirmErasureRequest(id: $id) {\n      id\n      status\n      completedAt\n      confirmation {\n        items {\n          action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineErasureRequest($id: ID!, $reason: String!) {\n    declineErasureRequest(id: $id, reason: $reason) {\n      id\n      status\n      declineReason\n      decidedAt\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineErasureRequest($id: ID!, $reason: String!) {\n    declineErasureRequest(id: $id, reason: $reason) {\n      id\n      status\n      declineReason\n      decidedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SealedRecordRow on SealedRecord {\n    id\n    service\n    kind\n    category\n    itemCount\n    patientId\n    caseId\n    createdAt\n    retainedFrom\n    retainUntil\n    destroyedAt\n  }\n"): (typeof documents)["\n  fragment SealedRecordRow on SealedRecord {\n    id\n    service\n    kind\n    category\n    itemCount\n    patientId\n    caseId\n    createdAt\n    retainedFrom\n    retainUntil\n    destroyedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecordsSealedRecords($filter: SealedRecordFilter, $after: String) {\n    recordsSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query RecordsSealedRecords($filter: SealedRecordFilter, $after: String) {\n    recordsSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientIntakeSealedRecords($filter: SealedRecordFilter, $after: String) {\n    patientIntakeSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PatientIntakeSealedRecords($filter: SealedRecordFilter, $after: String) {\n    patientIntakeSealedRecords(filter: $filter, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          ...SealedRecordRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenRecordsSealedRecord($id: ID!) {\n    recordsSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query OpenRecordsSealedRecord($id: ID!) {\n    recordsSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpenPatientIntakeSealedRecord($id: ID!) {\n    patientIntakeSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n"): (typeof documents)["\n  query OpenPatientIntakeSealedRecord($id: ID!) {\n    patientIntakeSealedRecord(id: $id) {\n      content\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InForceDocument on LegalDocument {\n    version\n    effectiveFrom\n    titleEn\n    titleHi\n    sha256\n    pdfPath\n  }\n"): (typeof documents)["\n  fragment InForceDocument on LegalDocument {\n    version\n    effectiveFrom\n    titleEn\n    titleHi\n    sha256\n    pdfPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalDocumentHistoryRow on LegalDocument {\n    id\n    version\n    effectiveFrom\n    sha256\n    pdfPath\n  }\n"): (typeof documents)["\n  fragment LegalDocumentHistoryRow on LegalDocument {\n    id\n    version\n    effectiveFrom\n    sha256\n    pdfPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LegalDocumentsOfKind($kind: LegalDocumentKind!) {\n    currentLegalDocument(kind: $kind) {\n      id\n      version\n      ...InForceDocument\n      ...PublishPrefill\n    }\n    legalDocuments(kind: $kind) {\n      id\n      version\n      effectiveFrom\n      ...LegalDocumentHistoryRow\n    }\n  }\n"): (typeof documents)["\n  query LegalDocumentsOfKind($kind: LegalDocumentKind!) {\n    currentLegalDocument(kind: $kind) {\n      id\n      version\n      ...InForceDocument\n      ...PublishPrefill\n    }\n    legalDocuments(kind: $kind) {\n      id\n      version\n      effectiveFrom\n      ...LegalDocumentHistoryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLegalDocument($input: PublishLegalDocumentInput!) {\n    publishLegalDocument(input: $input) {\n      id\n      kind\n      version\n      effectiveFrom\n      sha256\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLegalDocument($input: PublishLegalDocumentInput!) {\n    publishLegalDocument(input: $input) {\n      id\n      kind\n      version\n      effectiveFrom\n      sha256\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublishPrefill on LegalDocument {\n    version\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n  }\n"): (typeof documents)["\n  fragment PublishPrefill on LegalDocument {\n    version\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerClients {\n    partnerClients {\n      id\n      name\n      clientId\n      partnerId\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query PartnerClients {\n    partnerClients {\n      id\n      name\n      clientId\n      partnerId\n      scopes\n      createdAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {\n    createPartnerClient(input: $input) {\n      clientSecret\n      client {\n        id\n        clientId\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePartnerClient($input: CreatePartnerClientInput!) {\n    createPartnerClient(input: $input) {\n      clientSecret\n      client {\n        id\n        clientId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePartnerClient($id: ID!) {\n    revokePartnerClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokePartnerClient($id: ID!) {\n    revokePartnerClient(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRequirementFormValues on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n"): (typeof documents)["\n  fragment ReportRequirementFormValues on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportRequirementRow on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n"): (typeof documents)["\n  fragment ReportRequirementRow on ReportRequirement {\n    id\n    conditionCodes\n    conditionKeywords\n    reasons\n    documentKind\n    titleEn\n    titleHi\n    active\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportRequirements($includeRetired: Boolean!) {\n    reportRequirements(includeRetired: $includeRetired) {\n      id\n      titleEn\n      titleHi\n      ...ReportRequirementRow\n      ...ReportRequirementFormValues\n    }\n  }\n"): (typeof documents)["\n  query ReportRequirements($includeRetired: Boolean!) {\n    reportRequirements(includeRetired: $includeRetired) {\n      id\n      titleEn\n      titleHi\n      ...ReportRequirementRow\n      ...ReportRequirementFormValues\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveReportRequirement($input: ReportRequirementInput!) {\n    saveReportRequirement(input: $input) {\n      id\n      active\n      titleEn\n      titleHi\n    }\n  }\n"): (typeof documents)["\n  mutation SaveReportRequirement($input: ReportRequirementInput!) {\n    saveReportRequirement(input: $input) {\n      id\n      active\n      titleEn\n      titleHi\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireReportRequirement($id: ID!) {\n    retireReportRequirement(id: $id) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation RetireReportRequirement($id: ID!) {\n    retireReportRequirement(id: $id) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Specialists($after: String) {\n    specialists(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          fullName\n          nameLocal\n          specialty\n          subSpecialty\n          city\n          languages\n          aiimsTrained\n          registration {\n            council\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Specialists($after: String) {\n    specialists(first: 25, after: $after) {\n      edges {\n        node {\n          id\n          fullName\n          nameLocal\n          specialty\n          subSpecialty\n          city\n          languages\n          aiimsTrained\n          registration {\n            council\n            number\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffAccounts($role: AccountRole, $after: String) {\n    accounts(role: $role, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          phone\n          roles\n          specialistId\n          createdAt\n          disabledAt\n          lockedUntil\n          emailVerifiedAt\n          phoneVerifiedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query StaffAccounts($role: AccountRole, $after: String) {\n    accounts(role: $role, first: 50, after: $after) {\n      edges {\n        node {\n          id\n          displayName\n          email\n          phone\n          roles\n          specialistId\n          createdAt\n          disabledAt\n          lockedUntil\n          emailVerifiedAt\n          phoneVerifiedAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SpecialistChoices {\n    specialists(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          specialty\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SpecialistChoices {\n    specialists(first: 100) {\n      edges {\n        node {\n          id\n          fullName\n          specialty\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStaffAccount($input: CreateStaffAccountInput!) {\n    createStaffAccount(input: $input) {\n      id\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"): (typeof documents)["\n  mutation DisableAccount($id: ID!) {\n    disableAccount(id: $id) {\n      id\n      disabledAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;