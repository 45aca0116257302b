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
    "\n  query PatientCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      submittedAt\n      draftSavedAt\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n      intakeProblems {\n        field\n        rule\n        message\n        values\n      }\n      consent {\n        id\n        withdrawnAt\n        ...ConsentFacts\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n      ...IntakeSummary\n    }\n  }\n": typeof types.PatientCasePageDocument,
    "\n  mutation WithdrawConsent($caseId: ID!, $reason: String) {\n    withdrawConsent(caseId: $caseId, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": typeof types.WithdrawConsentDocument,
    "\n  fragment ConsentFacts on Consent {\n    id\n    status\n    dateTime\n    signerName\n    signerRelationship\n    withdrawnAt\n    withdrawalReason\n    isCurrent\n    document {\n      id\n      version\n    }\n  }\n": typeof types.ConsentFactsFragmentDoc,
    "\n  fragment IntakeSummary on Case {\n    id\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n  }\n": typeof types.IntakeSummaryFragmentDoc,
    "\n  fragment LegalDocumentFields on LegalDocument {\n    id\n    kind\n    version\n    effectiveFrom\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n    sha256\n    pdfPath\n  }\n": typeof types.LegalDocumentFieldsFragmentDoc,
    "\n  query ConsentPage($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      stage\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n    }\n    consentDocument: currentLegalDocument(kind: CONSENT) {\n      id\n      ...LegalDocumentFields\n    }\n    privacyNotice: currentLegalDocument(kind: PRIVACY_NOTICE) {\n      id\n      ...LegalDocumentFields\n    }\n  }\n": typeof types.ConsentPageDocument,
    "\n  mutation SignConsent($input: SignConsentInput!) {\n    signConsent(input: $input) {\n      id\n      status\n      dateTime\n      signerName\n      signerRelationship\n    }\n  }\n": typeof types.SignConsentDocument,
    "\n  fragment IntakeCaseFields on Case {\n    id\n    stage\n    needsConsent\n    draftSavedAt\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n    intakeProblems {\n      field\n      rule\n      message\n      values\n    }\n  }\n": typeof types.IntakeCaseFieldsFragmentDoc,
    "\n  query IntakeCase($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        fullName\n      }\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n": typeof types.IntakeCaseDocument,
    "\n  mutation SaveCaseIntake($caseId: ID!, $intake: CaseIntakeInput!) {\n    saveCaseIntake(caseId: $caseId, intake: $intake) {\n      id\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n": typeof types.SaveCaseIntakeDocument,
    "\n  mutation SubmitCase($caseId: ID!) {\n    submitCase(caseId: $caseId) {\n      id\n      stage\n      submittedAt\n      needsConsent\n    }\n  }\n": typeof types.SubmitCaseDocument,
    "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    needsConsent\n    intakeProblems {\n      field\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n": typeof types.CaseCardFragmentDoc,
    "\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n": typeof types.MyCasesDocument,
    "\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n": typeof types.AuthorizeProxyDocument,
    "\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": typeof types.RegisterDependentDocument,
    "\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeProxyAuthorizationDocument,
    "\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n": typeof types.ProxyAuthorizationsDocument,
    "\n  mutation RegisterDependentPatient($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": typeof types.RegisterDependentPatientDocument,
    "\n  fragment PatientRegistrationFields on Patient {\n    id\n    fullName\n    nameLocal\n    birthDate\n    gender\n    genderIdentity\n    phone\n    email\n    preferredLanguage\n    age\n    address {\n      line1\n      line2\n      city\n      district\n      state\n      postalCode\n      country\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    identifier {\n      type\n      value\n    }\n    guardian {\n      fullName\n      relationship\n      phone\n      identifier {\n        type\n        value\n      }\n    }\n  }\n": typeof types.PatientRegistrationFieldsFragmentDoc,
    "\n  query PatientRegistration($id: ID!) {\n    patient(id: $id) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n": typeof types.PatientRegistrationDocument,
    "\n  mutation RegisterPatient($patientId: ID!, $patient: PatientRegistrationInput!) {\n    registerPatient(patientId: $patientId, patient: $patient) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n": typeof types.RegisterPatientDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      uploadUrl\n      expiresAt\n      maxBytes\n    }\n  }\n": typeof types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      photoQuality {\n        tooBlurred\n        tooDark\n      }\n    }\n  }\n": typeof types.CompleteUploadDocument,
    "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      documents {\n        id\n        ...UploadedDocument\n      }\n    }\n  }\n": typeof types.CaseDocumentsDocument,
    "\n  fragment UploadedDocument on Document {\n    id\n    title\n    kind\n    contentType\n    size\n    thumbnailUrl\n    previewUrl\n    downloadUrl\n    photoQuality {\n      tooBlurred\n      tooDark\n    }\n  }\n": typeof types.UploadedDocumentFragmentDoc,
    "\n  query CaseRequiredReports($id: ID!) {\n    case(id: $id) {\n      id\n      requiredReports {\n        requirementId\n        documentKind\n        titleEn\n        titleHi\n        because\n      }\n      documents {\n        id\n        kind\n      }\n    }\n  }\n": typeof types.CaseRequiredReportsDocument,
    "\n  query ShareLinks($patientId: ID!) {\n    shareLinks(patientId: $patientId) {\n      id\n      scope\n      caseId\n      recipientEmail\n      createdAt\n      expiresAt\n      revokedAt\n      requiresCode\n      uses {\n        id\n        at\n        outcome\n        ipAddress\n        userAgent\n      }\n    }\n  }\n": typeof types.ShareLinksDocument,
    "\n  query SharingCases($patientId: ID!) {\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          createdAt\n          presentingComplaint\n        }\n      }\n    }\n  }\n": typeof types.SharingCasesDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      code\n      shareLink {\n        id\n        recipientEmail\n        expiresAt\n      }\n    }\n  }\n": typeof types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeShareLinkDocument,
    "\n  query StartCasePatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n": typeof types.StartCasePatientDocument,
    "\n  mutation StartCase($patientId: ID!, $idempotencyKey: ID!) {\n    startCase(patientId: $patientId, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": typeof types.StartCaseDocument,
};
const documents: Documents = {
    "\n  query ActingForPatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.ActingForPatientDocument,
    "\n  query PatientCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      submittedAt\n      draftSavedAt\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n      intakeProblems {\n        field\n        rule\n        message\n        values\n      }\n      consent {\n        id\n        withdrawnAt\n        ...ConsentFacts\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n      ...IntakeSummary\n    }\n  }\n": types.PatientCasePageDocument,
    "\n  mutation WithdrawConsent($caseId: ID!, $reason: String) {\n    withdrawConsent(caseId: $caseId, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n": types.WithdrawConsentDocument,
    "\n  fragment ConsentFacts on Consent {\n    id\n    status\n    dateTime\n    signerName\n    signerRelationship\n    withdrawnAt\n    withdrawalReason\n    isCurrent\n    document {\n      id\n      version\n    }\n  }\n": types.ConsentFactsFragmentDoc,
    "\n  fragment IntakeSummary on Case {\n    id\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n  }\n": types.IntakeSummaryFragmentDoc,
    "\n  fragment LegalDocumentFields on LegalDocument {\n    id\n    kind\n    version\n    effectiveFrom\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n    sha256\n    pdfPath\n  }\n": types.LegalDocumentFieldsFragmentDoc,
    "\n  query ConsentPage($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      stage\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n    }\n    consentDocument: currentLegalDocument(kind: CONSENT) {\n      id\n      ...LegalDocumentFields\n    }\n    privacyNotice: currentLegalDocument(kind: PRIVACY_NOTICE) {\n      id\n      ...LegalDocumentFields\n    }\n  }\n": types.ConsentPageDocument,
    "\n  mutation SignConsent($input: SignConsentInput!) {\n    signConsent(input: $input) {\n      id\n      status\n      dateTime\n      signerName\n      signerRelationship\n    }\n  }\n": types.SignConsentDocument,
    "\n  fragment IntakeCaseFields on Case {\n    id\n    stage\n    needsConsent\n    draftSavedAt\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n    intakeProblems {\n      field\n      rule\n      message\n      values\n    }\n  }\n": types.IntakeCaseFieldsFragmentDoc,
    "\n  query IntakeCase($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        fullName\n      }\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n": types.IntakeCaseDocument,
    "\n  mutation SaveCaseIntake($caseId: ID!, $intake: CaseIntakeInput!) {\n    saveCaseIntake(caseId: $caseId, intake: $intake) {\n      id\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n": types.SaveCaseIntakeDocument,
    "\n  mutation SubmitCase($caseId: ID!) {\n    submitCase(caseId: $caseId) {\n      id\n      stage\n      submittedAt\n      needsConsent\n    }\n  }\n": types.SubmitCaseDocument,
    "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    needsConsent\n    intakeProblems {\n      field\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n": types.CaseCardFragmentDoc,
    "\n  query MyCases($patientId: ID!) {\n    patient(id: $patientId) {\n      id\n      fullName\n    }\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          ...CaseCard\n        }\n      }\n    }\n  }\n": types.MyCasesDocument,
    "\n  mutation AuthorizeProxy($input: AuthorizeProxyInput!) {\n    authorizeProxy(input: $input) {\n      id\n      proxyDisplayName\n    }\n  }\n": types.AuthorizeProxyDocument,
    "\n  mutation RegisterDependent($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": types.RegisterDependentDocument,
    "\n  mutation RevokeProxyAuthorization($id: ID!) {\n    revokeProxyAuthorization(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeProxyAuthorizationDocument,
    "\n  query ProxyAuthorizations {\n    proxyAuthorizations {\n      id\n      patientId\n      proxyAccountId\n      proxyDisplayName\n      patientDisplayName\n      relationship\n      validFrom\n      validUntil\n      revokedAt\n    }\n  }\n": types.ProxyAuthorizationsDocument,
    "\n  mutation RegisterDependentPatient($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n": types.RegisterDependentPatientDocument,
    "\n  fragment PatientRegistrationFields on Patient {\n    id\n    fullName\n    nameLocal\n    birthDate\n    gender\n    genderIdentity\n    phone\n    email\n    preferredLanguage\n    age\n    address {\n      line1\n      line2\n      city\n      district\n      state\n      postalCode\n      country\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    identifier {\n      type\n      value\n    }\n    guardian {\n      fullName\n      relationship\n      phone\n      identifier {\n        type\n        value\n      }\n    }\n  }\n": types.PatientRegistrationFieldsFragmentDoc,
    "\n  query PatientRegistration($id: ID!) {\n    patient(id: $id) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n": types.PatientRegistrationDocument,
    "\n  mutation RegisterPatient($patientId: ID!, $patient: PatientRegistrationInput!) {\n    registerPatient(patientId: $patientId, patient: $patient) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n": types.RegisterPatientDocument,
    "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      uploadUrl\n      expiresAt\n      maxBytes\n    }\n  }\n": types.RequestUploadDocument,
    "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      photoQuality {\n        tooBlurred\n        tooDark\n      }\n    }\n  }\n": types.CompleteUploadDocument,
    "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      documents {\n        id\n        ...UploadedDocument\n      }\n    }\n  }\n": types.CaseDocumentsDocument,
    "\n  fragment UploadedDocument on Document {\n    id\n    title\n    kind\n    contentType\n    size\n    thumbnailUrl\n    previewUrl\n    downloadUrl\n    photoQuality {\n      tooBlurred\n      tooDark\n    }\n  }\n": types.UploadedDocumentFragmentDoc,
    "\n  query CaseRequiredReports($id: ID!) {\n    case(id: $id) {\n      id\n      requiredReports {\n        requirementId\n        documentKind\n        titleEn\n        titleHi\n        because\n      }\n      documents {\n        id\n        kind\n      }\n    }\n  }\n": types.CaseRequiredReportsDocument,
    "\n  query ShareLinks($patientId: ID!) {\n    shareLinks(patientId: $patientId) {\n      id\n      scope\n      caseId\n      recipientEmail\n      createdAt\n      expiresAt\n      revokedAt\n      requiresCode\n      uses {\n        id\n        at\n        outcome\n        ipAddress\n        userAgent\n      }\n    }\n  }\n": types.ShareLinksDocument,
    "\n  query SharingCases($patientId: ID!) {\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          createdAt\n          presentingComplaint\n        }\n      }\n    }\n  }\n": types.SharingCasesDocument,
    "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      code\n      shareLink {\n        id\n        recipientEmail\n        expiresAt\n      }\n    }\n  }\n": types.CreateShareLinkDocument,
    "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeShareLinkDocument,
    "\n  query StartCasePatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n": types.StartCasePatientDocument,
    "\n  mutation StartCase($patientId: ID!, $idempotencyKey: ID!) {\n    startCase(patientId: $patientId, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n": types.StartCaseDocument,
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
export function graphql(source: "\n  query PatientCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      submittedAt\n      draftSavedAt\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n      intakeProblems {\n        field\n        rule\n        message\n        values\n      }\n      consent {\n        id\n        withdrawnAt\n        ...ConsentFacts\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n      ...IntakeSummary\n    }\n  }\n"): (typeof documents)["\n  query PatientCasePage($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      submittedAt\n      draftSavedAt\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n      intakeProblems {\n        field\n        rule\n        message\n        values\n      }\n      consent {\n        id\n        withdrawnAt\n        ...ConsentFacts\n      }\n      timeline {\n        eventId\n        eventType\n        occurredAt\n        fromStage\n        toStage\n      }\n      ...IntakeSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawConsent($caseId: ID!, $reason: String) {\n    withdrawConsent(caseId: $caseId, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawConsent($caseId: ID!, $reason: String) {\n    withdrawConsent(caseId: $caseId, reason: $reason) {\n      id\n      status\n      withdrawnAt\n      withdrawalReason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsentFacts on Consent {\n    id\n    status\n    dateTime\n    signerName\n    signerRelationship\n    withdrawnAt\n    withdrawalReason\n    isCurrent\n    document {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  fragment ConsentFacts on Consent {\n    id\n    status\n    dateTime\n    signerName\n    signerRelationship\n    withdrawnAt\n    withdrawalReason\n    isCurrent\n    document {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeSummary on Case {\n    id\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment IntakeSummary on Case {\n    id\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LegalDocumentFields on LegalDocument {\n    id\n    kind\n    version\n    effectiveFrom\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n    sha256\n    pdfPath\n  }\n"): (typeof documents)["\n  fragment LegalDocumentFields on LegalDocument {\n    id\n    kind\n    version\n    effectiveFrom\n    titleEn\n    bodyEn\n    titleHi\n    bodyHi\n    sha256\n    pdfPath\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentPage($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      stage\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n    }\n    consentDocument: currentLegalDocument(kind: CONSENT) {\n      id\n      ...LegalDocumentFields\n    }\n    privacyNotice: currentLegalDocument(kind: PRIVACY_NOTICE) {\n      id\n      ...LegalDocumentFields\n    }\n  }\n"): (typeof documents)["\n  query ConsentPage($caseId: ID!) {\n    case(id: $caseId) {\n      id\n      stage\n      needsConsent\n      patient {\n        id\n        fullName\n      }\n    }\n    consentDocument: currentLegalDocument(kind: CONSENT) {\n      id\n      ...LegalDocumentFields\n    }\n    privacyNotice: currentLegalDocument(kind: PRIVACY_NOTICE) {\n      id\n      ...LegalDocumentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignConsent($input: SignConsentInput!) {\n    signConsent(input: $input) {\n      id\n      status\n      dateTime\n      signerName\n      signerRelationship\n    }\n  }\n"): (typeof documents)["\n  mutation SignConsent($input: SignConsentInput!) {\n    signConsent(input: $input) {\n      id\n      status\n      dateTime\n      signerName\n      signerRelationship\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntakeCaseFields on Case {\n    id\n    stage\n    needsConsent\n    draftSavedAt\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n    intakeProblems {\n      field\n      rule\n      message\n      values\n    }\n  }\n"): (typeof documents)["\n  fragment IntakeCaseFields on Case {\n    id\n    stage\n    needsConsent\n    draftSavedAt\n    presentingComplaint\n    symptoms {\n      description\n      onsetDate\n      severity\n    }\n    conditions {\n      text\n      code {\n        system\n        code\n      }\n      onsetDate\n      clinicalStatus\n    }\n    medications {\n      medication\n      dose\n      frequency\n      route\n      effectiveStart\n    }\n    allergies {\n      substance\n      reaction\n      severity\n    }\n    noKnownAllergies\n    procedures {\n      name\n      performedDate\n      location\n    }\n    investigations {\n      name\n      date\n      result\n    }\n    otherHistory\n    treatingPractitioner {\n      fullName\n      specialty\n      hospital\n      city\n    }\n    treatmentAdvised\n    reasonForSecondOpinion\n    reasonDetail\n    questions\n    patientLocation {\n      city\n      state\n    }\n    intakeProblems {\n      field\n      rule\n      message\n      values\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntakeCase($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        fullName\n      }\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n"): (typeof documents)["\n  query IntakeCase($id: ID!) {\n    case(id: $id) {\n      id\n      patient {\n        id\n        fullName\n      }\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveCaseIntake($caseId: ID!, $intake: CaseIntakeInput!) {\n    saveCaseIntake(caseId: $caseId, intake: $intake) {\n      id\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n"): (typeof documents)["\n  mutation SaveCaseIntake($caseId: ID!, $intake: CaseIntakeInput!) {\n    saveCaseIntake(caseId: $caseId, intake: $intake) {\n      id\n      ...IntakeCaseFields\n      ...IntakeSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCase($caseId: ID!) {\n    submitCase(caseId: $caseId) {\n      id\n      stage\n      submittedAt\n      needsConsent\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCase($caseId: ID!) {\n    submitCase(caseId: $caseId) {\n      id\n      stage\n      submittedAt\n      needsConsent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    needsConsent\n    intakeProblems {\n      field\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n"): (typeof documents)["\n  fragment CaseCard on Case {\n    id\n    stage\n    presentingComplaint\n    submittedAt\n    needsConsent\n    intakeProblems {\n      field\n    }\n    panel {\n      id\n      mode\n      size\n    }\n    quote {\n      id\n      amount\n      currency\n    }\n    documents {\n      id\n    }\n    timeline {\n      eventId\n      eventType\n      occurredAt\n      fromStage\n      toStage\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDependentPatient($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDependentPatient($input: RegisterDependentInput!) {\n    registerDependent(input: $input) {\n      id\n      patientId\n      patientDisplayName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PatientRegistrationFields on Patient {\n    id\n    fullName\n    nameLocal\n    birthDate\n    gender\n    genderIdentity\n    phone\n    email\n    preferredLanguage\n    age\n    address {\n      line1\n      line2\n      city\n      district\n      state\n      postalCode\n      country\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    identifier {\n      type\n      value\n    }\n    guardian {\n      fullName\n      relationship\n      phone\n      identifier {\n        type\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PatientRegistrationFields on Patient {\n    id\n    fullName\n    nameLocal\n    birthDate\n    gender\n    genderIdentity\n    phone\n    email\n    preferredLanguage\n    age\n    address {\n      line1\n      line2\n      city\n      district\n      state\n      postalCode\n      country\n    }\n    emergencyContact {\n      name\n      relationship\n      phone\n    }\n    identifier {\n      type\n      value\n    }\n    guardian {\n      fullName\n      relationship\n      phone\n      identifier {\n        type\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PatientRegistration($id: ID!) {\n    patient(id: $id) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  query PatientRegistration($id: ID!) {\n    patient(id: $id) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterPatient($patientId: ID!, $patient: PatientRegistrationInput!) {\n    registerPatient(patientId: $patientId, patient: $patient) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterPatient($patientId: ID!, $patient: PatientRegistrationInput!) {\n    registerPatient(patientId: $patientId, patient: $patient) {\n      id\n      ...PatientRegistrationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      uploadUrl\n      expiresAt\n      maxBytes\n    }\n  }\n"): (typeof documents)["\n  mutation RequestUpload($input: RequestUploadInput!) {\n    requestUpload(input: $input) {\n      uploadId\n      uploadUrl\n      expiresAt\n      maxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      photoQuality {\n        tooBlurred\n        tooDark\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteUpload($uploadId: ID!) {\n    completeUpload(uploadId: $uploadId) {\n      id\n      photoQuality {\n        tooBlurred\n        tooDark\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      documents {\n        id\n        ...UploadedDocument\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      stage\n      documents {\n        id\n        ...UploadedDocument\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UploadedDocument on Document {\n    id\n    title\n    kind\n    contentType\n    size\n    thumbnailUrl\n    previewUrl\n    downloadUrl\n    photoQuality {\n      tooBlurred\n      tooDark\n    }\n  }\n"): (typeof documents)["\n  fragment UploadedDocument on Document {\n    id\n    title\n    kind\n    contentType\n    size\n    thumbnailUrl\n    previewUrl\n    downloadUrl\n    photoQuality {\n      tooBlurred\n      tooDark\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseRequiredReports($id: ID!) {\n    case(id: $id) {\n      id\n      requiredReports {\n        requirementId\n        documentKind\n        titleEn\n        titleHi\n        because\n      }\n      documents {\n        id\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query CaseRequiredReports($id: ID!) {\n    case(id: $id) {\n      id\n      requiredReports {\n        requirementId\n        documentKind\n        titleEn\n        titleHi\n        because\n      }\n      documents {\n        id\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShareLinks($patientId: ID!) {\n    shareLinks(patientId: $patientId) {\n      id\n      scope\n      caseId\n      recipientEmail\n      createdAt\n      expiresAt\n      revokedAt\n      requiresCode\n      uses {\n        id\n        at\n        outcome\n        ipAddress\n        userAgent\n      }\n    }\n  }\n"): (typeof documents)["\n  query ShareLinks($patientId: ID!) {\n    shareLinks(patientId: $patientId) {\n      id\n      scope\n      caseId\n      recipientEmail\n      createdAt\n      expiresAt\n      revokedAt\n      requiresCode\n      uses {\n        id\n        at\n        outcome\n        ipAddress\n        userAgent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharingCases($patientId: ID!) {\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          createdAt\n          presentingComplaint\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SharingCases($patientId: ID!) {\n    cases(patientId: $patientId, first: 50) {\n      edges {\n        node {\n          id\n          createdAt\n          presentingComplaint\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      code\n      shareLink {\n        id\n        recipientEmail\n        expiresAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateShareLink($input: CreateShareLinkInput!) {\n    createShareLink(input: $input) {\n      url\n      code\n      shareLink {\n        id\n        recipientEmail\n        expiresAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeShareLink($id: ID!) {\n    revokeShareLink(id: $id) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StartCasePatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  query StartCasePatient($id: ID!) {\n    patient(id: $id) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartCase($patientId: ID!, $idempotencyKey: ID!) {\n    startCase(patientId: $patientId, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n"): (typeof documents)["\n  mutation StartCase($patientId: ID!, $idempotencyKey: ID!) {\n    startCase(patientId: $patientId, idempotencyKey: $idempotencyKey) {\n      id\n      stage\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;