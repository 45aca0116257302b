import { CaseSummary } from '../case-summary/case-summary.entity';
import { ConsensusVote } from '../opinion/consensus-vote.entity';
import { Opinion } from '../opinion/opinion.entity';
import { OpinionStatus } from '../opinion/opinion.enums';
import { CaseSummaryStatus } from '../case-summary/case-summary-status.enum';
import { ErasureCategory } from './erasure-confirmation.type';
import {
  accessLogParticipant,
  caseProgressParticipant,
} from './participants/case-progress.participant';
import { consultationRecordsParticipant } from './participants/consultation-records.participant';
import { documentsParticipant } from './participants/documents.participant';
import { shareLinksParticipant } from './participants/share-links.participant';
import {
  billingStatement,
  patientIntakeStatement,
  signInAccountStatement,
} from './participants/statements.participant';
import { uploadsParticipant } from './participants/uploads.participant';
import type { RecordsErasureParticipant } from './records-erasure-scope';

/**
 * records' erasure registry: every feature that holds data of a patient says here what it
 * destroys and what it seals (in this order, in one transaction). A new feature adds one entry;
 * a new kind of consultation record is one `consultationRecordsParticipant({ … })`.
 */
export const RECORDS_ERASURE_PARTICIPANTS: readonly RecordsErasureParticipant[] = [
  documentsParticipant,
  uploadsParticipant,
  shareLinksParticipant,
  consultationRecordsParticipant({
    name: 'opinions',
    category: ErasureCategory.SPECIALIST_OPINIONS,
    kind: 'SpecialistOpinion',
    entity: Opinion,
    byPatient: true,
    related: { ConsensusVote },
    // a draft was never given as an opinion: destroyed, not kept
    isRecord: (row) => (row as Opinion).status === OpinionStatus.SUBMITTED,
  }),
  consultationRecordsParticipant({
    name: 'case-summary',
    category: ErasureCategory.CASE_SUMMARY,
    kind: 'CaseSummary',
    entity: CaseSummary,
    byPatient: true,
    isRecord: (row) => (row as CaseSummary).status === CaseSummaryStatus.FINAL,
  }),
  patientIntakeStatement,
  billingStatement,
  signInAccountStatement,
  caseProgressParticipant,
  // Last: the audit entries about everything above, sealed as the access log.
  accessLogParticipant,
];
