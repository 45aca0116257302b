/** What the readable case file prints, read through the gateway as the caller. */
export const CASE_FILE_QUERY = `query CaseFilePdf($id: ID!) {
  patient(id: $id) { id fullName nameLocal birthDate age gender }
  cases(patientId: $id, first: 100) {
    edges { node {
      id createdAt submittedAt stage presentingComplaint reasonForSecondOpinion reasonDetail
      treatmentAdvised otherHistory questions noKnownAllergies
      treatingPractitioner { fullName specialty hospital city }
      conditions { text onsetDate code { system code } }
      medications { medication dose frequency route }
      allergies { substance reaction severity }
      procedures { name performedDate location }
      investigations { name date result }
      documents { title kind contentType size createdAt }
      caseSummary { status gpName submittedAt history keyFindings questions
        relevantDocuments { title } }
      opinions {
        kind status submittedAt signerName diagnosisAssessment revisedDiagnosis
        revisedDiagnosisCode recommendedTreatment furtherTests notes
        alternatives { option pros cons }
        answers { questionIndex question answer }
        specialist { fullName specialty }
        signedBy { fullName specialty }
        dissentMatrix { rows { topic questionIndex question statement agreement
          dissents { level reason specialist { fullName } } } }
      }
    } }
  }
}`;

/** A case as CASE_FILE_QUERY reads it. */
export interface CaseFileCase {
  id: string;
  createdAt: string;
  submittedAt: string | null;
  stage: string;
  presentingComplaint: string | null;
  reasonForSecondOpinion: string | null;
  reasonDetail: string | null;
  treatmentAdvised: string | null;
  otherHistory: string | null;
  questions: string[];
  noKnownAllergies: boolean | null;
  treatingPractitioner: {
    fullName: string;
    specialty: string | null;
    hospital: string | null;
    city: string | null;
  } | null;
  conditions: {
    text: string;
    onsetDate: string | null;
    code: { system: string; code: string } | null;
  }[];
  medications: {
    medication: string;
    dose: string | null;
    frequency: string | null;
    route: string | null;
  }[];
  allergies: { substance: string; reaction: string | null; severity: string | null }[];
  procedures: { name: string; performedDate: string | null; location: string | null }[];
  investigations: { name: string; date: string | null; result: string | null }[];
  documents:
    { title: string; kind: string; contentType: string; size: number; createdAt: string }[] | null;
  caseSummary: {
    status: string;
    gpName: string;
    submittedAt: string | null;
    history: string;
    keyFindings: string[];
    questions: string[];
    relevantDocuments: { title: string }[];
  } | null;
  opinions: CaseFileOpinion[] | null;
}

/** An opinion as CASE_FILE_QUERY reads it. */
export interface CaseFileOpinion {
  kind: 'INDIVIDUAL' | 'CONSENSUS';
  status: string;
  submittedAt: string | null;
  signerName: string | null;
  diagnosisAssessment: 'CONFIRMED' | 'REVISED' | null;
  revisedDiagnosis: string | null;
  revisedDiagnosisCode: string | null;
  recommendedTreatment: string | null;
  furtherTests: string[];
  notes: string | null;
  alternatives: { option: string | null; pros: string | null; cons: string | null }[];
  answers: { questionIndex: number; question: string; answer: string | null }[];
  specialist: { fullName: string; specialty: string } | null;
  signedBy: { fullName: string; specialty: string } | null;
  dissentMatrix: {
    rows: {
      topic: 'PATIENT_QUESTION' | 'RECOMMENDED_TREATMENT';
      questionIndex: number | null;
      question: string | null;
      statement: string | null;
      agreement: 'UNANIMOUS' | 'MAJORITY' | 'SPLIT' | null;
      dissents: { level: string; reason: string | null; specialist: { fullName: string } }[];
    }[];
  } | null;
}

/** What CASE_FILE_QUERY answers. */
export interface CaseFileData {
  patient: {
    id: string;
    fullName: string;
    nameLocal: string | null;
    birthDate: string;
    age: number;
    gender: string;
  } | null;
  cases: { edges: { node: CaseFileCase }[] } | null;
}
