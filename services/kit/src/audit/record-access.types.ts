import { Directive, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../pagination/page-info.type';
import { AuditOperation, AuditOutcome } from './audit-entry.entity';

/** How the record was reached: by someone signed in, or through a link the patient shared. */
export enum RecordAccessChannel {
  SIGNED_IN = 'SIGNED_IN',
  SHARE_LINK = 'SHARE_LINK',
}
registerEnumType(RecordAccessChannel, {
  name: 'RecordAccessChannel',
  description: 'Signed in to Consilium, or through a share link the patient gave.',
});

/** Why an attempt was refused, in words a patient can be shown. */
export enum AccessRefusal {
  /** signed in, but not the patient's side, nor a clinician or staff member with a part in it */
  NOT_PERMITTED = 'NOT_PERMITTED',
  /** a proxy whose authorisation had been withdrawn */
  AUTHORISATION_WITHDRAWN = 'AUTHORISATION_WITHDRAWN',
  /** a share link opened with a wrong one-time code */
  WRONG_CODE = 'WRONG_CODE',
  /** a share link used after it expired */
  LINK_EXPIRED = 'LINK_EXPIRED',
  /** a share link used after the patient's side revoked it */
  LINK_REVOKED = 'LINK_REVOKED',
  /** a share link used after it locked itself (too many wrong codes) */
  LINK_LOCKED = 'LINK_LOCKED',
}
registerEnumType(AccessRefusal, {
  name: 'AccessRefusal',
  description: 'Why an attempt to reach a patient’s record was refused.',
});

/** The kinds of access a patient can narrow their list to. */
export enum RecordAccessKind {
  /** something was read (allowed) */
  READ = 'READ',
  /** something was added, changed or removed (allowed) */
  CHANGE = 'CHANGE',
  /** any use of a share link, allowed or refused */
  SHARE_LINK = 'SHARE_LINK',
  /** any refused attempt */
  REFUSED = 'REFUSED',
}
registerEnumType(RecordAccessKind, {
  name: 'RecordAccessKind',
  description: 'Reads, changes, share-link uses or refused attempts.',
});

/**
 * Who reached a patient's record, as a reference the identity service resolves (their display
 * name and role towards this patient): names are kept once, in identity, not copied into the
 * audit log of every service. The patient is part of the key, so identity can say what the
 * account is to *this* patient (the patient themself, a proxy, a clinician…) and hide the details
 * of an account with no tie to them.
 */
@Directive('@key(fields: "accountId patientId", resolvable: false)')
@ObjectType('RecordAccessor', {
  description: 'Someone who reached a patient’s record (resolved by the identity service).',
})
export class RecordAccessorReference {
  @Field(() => ID, { description: 'Their account (or partner client) id.' })
  accountId!: string;

  @Field(() => ID, { description: 'The patient whose record it was.' })
  patientId!: string;
}

/** The share link a record was reached through, as the patient gave it. */
@Directive('@shareable')
@ObjectType({ description: 'The share link a record was reached through.' })
export class AccessShareLink {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Whom the patient gave it to (their email).' })
  recipientEmail!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The one case shared; null for the whole record.',
  })
  caseId!: string | null;
}

/** One thing touched by an access: a document, the case history, the patient's details… */
@Directive('@shareable')
@ObjectType({ description: 'One part of the record an access touched.' })
export class RecordAccessItem {
  @Field({
    description:
      'What it was: Patient (personal details), Case (case history), CaseFile (a case’s list of reports), Document, HealthRecord, ShareLink, Consent, AccessLog …',
  })
  objectType!: string;

  @Field(() => ID)
  objectId!: string;

  @Field(() => ID, { nullable: true, description: 'The case it belongs to, if any.' })
  caseId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its name where it has one the patient knows (a document’s title).',
  })
  title!: string | null;

  @Field(() => AuditOperation)
  operation!: AuditOperation;

  @Field(() => [String], {
    description: 'The parts read or changed (e.g. content: the file itself; preview; documents).',
  })
  fields!: string[];

  @Field(() => AuditOutcome)
  outcome!: AuditOutcome;

  @Field(() => AccessRefusal, { nullable: true, description: 'Why it was refused, if it was.' })
  refusal!: AccessRefusal | null;
}

/**
 * One access to a patient's record: everything one person's request touched in one service (so
 * opening a case page is one access, not twenty), or one use of a share link.
 */
@Directive('@shareable')
@ObjectType({
  description:
    'One access to a patient’s record: what one request touched in one service, or one use of a share link.',
})
export class RecordAccess {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: 'When (UTC).' })
  at!: Date;

  @Field({ description: 'The service that holds what was touched.' })
  service!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The request id (the same in every service a request reached, so lists can be joined); null for a share link.',
  })
  requestId!: string | null;

  @Field(() => RecordAccessChannel)
  channel!: RecordAccessChannel;

  @Field(() => RecordAccessorReference, {
    nullable: true,
    description: 'Who, when signed in; null for a share link.',
  })
  accessor!: RecordAccessorReference | null;

  @Field(() => AccessShareLink, {
    nullable: true,
    description: 'The share link used, if that is how.',
  })
  shareLink!: AccessShareLink | null;

  @Field(() => AuditOutcome, { description: 'DENIED when everything it tried was refused.' })
  outcome!: AuditOutcome;

  @Field(() => [RecordAccessItem])
  items!: RecordAccessItem[];
}

/** One access and its cursor. */
@Directive('@shareable')
@ObjectType()
export class RecordAccessEdge {
  @Field()
  cursor!: string;

  @Field(() => RecordAccess)
  node!: RecordAccess;
}

/** A page of accesses (Relay connection), newest first. */
@Directive('@shareable')
@ObjectType({ description: 'A page of accesses to a patient’s record, newest first.' })
export class RecordAccessConnection {
  @Field(() => [RecordAccessEdge])
  edges!: RecordAccessEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

/** Narrows a patient's access log: one case, some kinds, and whether the caller's own accesses count. */
@InputType({ description: 'Narrows a patient’s access log; every field is optional.' })
export class RecordAccessFilter {
  @Field(() => ID, { nullable: true, description: 'Only what concerns this case.' })
  caseId?: string | null;

  @Field(() => [RecordAccessKind], {
    nullable: true,
    description: 'Only these kinds (any of them); all kinds when omitted.',
  })
  kinds?: RecordAccessKind[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Also list the caller’s own accesses (default false: they are left out).',
  })
  includeOwn?: boolean | null;
}
