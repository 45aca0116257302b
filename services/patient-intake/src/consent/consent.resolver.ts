import { requireViewer } from '@consilium/subgraph-kit';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Case } from '../case/case.entity';
import type { Context } from '../context.type';
import { Consent, ConsentStatus } from './consent.entity';
import {
  isOnCurrentDocuments,
  latestConsent,
  needsConsent,
  signConsent,
  withdrawConsent,
} from './consent.service';
import { LegalDocument, LegalDocumentKind } from './legal-document.entity';
import { currentLegalDocument, publishLegalDocument } from './legal-document.service';

@InputType({ description: 'An electronic signature on the e-consent in force.' })
class SignConsentInput {
  @Field(() => ID)
  caseId!: string;

  @Field({ description: 'The consent version read, e.g. v3.' })
  documentVersion!: string;

  @Field({ description: 'The SHA-256 of the consent text read.' })
  documentSha256!: string;

  @Field({ description: 'The privacy notice version shown.' })
  privacyNoticeVersion!: string;

  @Field()
  privacyNoticeSha256!: string;

  @Field({ description: 'The signer’s full name, typed.' })
  typedFullName!: string;

  @Field({ description: 'The drawn signature as a PNG data URL (data:image/png;base64,…).' })
  signatureImage!: string;

  @Field({ description: 'Must be true: the signer ticked “I agree”.' })
  agreed!: boolean;
}

@InputType({ description: 'A new version of the e-consent or the privacy notice.' })
class PublishLegalDocumentInput {
  @Field(() => LegalDocumentKind)
  kind!: LegalDocumentKind;

  @Field({ description: 'v followed by a number, e.g. v4; unique per kind.' })
  version!: string;

  @Field(() => Date, { nullable: true, description: 'Default: now. Not in the past.' })
  effectiveFrom?: Date | null;

  @Field()
  titleEn!: string;

  @Field()
  bodyEn!: string;

  @Field()
  titleHi!: string;

  @Field()
  bodyHi!: string;
}

/** The e-consent and privacy notice (DESIGN.md §2 step 3). */
@Resolver(() => Consent)
export class ConsentResolver {
  /** The version in force of the e-consent or the privacy notice (public: anyone may read it). */
  @Query(() => LegalDocument, {
    description: 'The version in force of the e-consent or the privacy notice.',
  })
  currentLegalDocument(
    @Arg('kind', () => LegalDocumentKind) kind: LegalDocumentKind,
    @Ctx() ctx: Context,
  ): Promise<LegalDocument> {
    return currentLegalDocument(ctx.em, kind);
  }

  /** Every published version of a document, newest first (public). */
  @Query(() => [LegalDocument], { description: 'Every published version, newest first.' })
  legalDocuments(
    @Arg('kind', () => LegalDocumentKind) kind: LegalDocumentKind,
    @Ctx() ctx: Context,
  ): Promise<LegalDocument[]> {
    return ctx.em.find(LegalDocument, { kind }, { orderBy: { effectiveFrom: 'desc' }, limit: 100 });
  }

  /** Publishes a new version (operations staff; see publishLegalDocument). */
  @Mutation(() => LegalDocument, {
    description:
      'Publishes a new version of the e-consent or the privacy notice (operations staff). Earlier signatures keep pointing to the version signed; cases consented on an older consent are asked to consent again.',
  })
  publishLegalDocument(
    @Arg('input', () => PublishLegalDocumentInput) input: PublishLegalDocumentInput,
    @Ctx() ctx: Context,
  ): Promise<LegalDocument> {
    return publishLegalDocument(ctx, {
      ...input,
      effectiveFrom: input.effectiveFrom ?? new Date(),
    });
  }

  /** Signs the e-consent for a case (see signConsent). */
  @Mutation(() => Consent, {
    description:
      'Signs the e-consent in force for a case (SUBMITTED → CONSENTED). CONFLICT (field documentVersion) when the text read is no longer in force.',
  })
  signConsent(
    @Arg('input', () => SignConsentInput) input: SignConsentInput,
    @Ctx() ctx: Context,
  ): Promise<Consent> {
    requireViewer(ctx);
    return signConsent(ctx, input);
  }

  /** Withdraws a case's consent, cancelling the case (see withdrawConsent). */
  @Mutation(() => Consent, {
    description: 'Withdraws the consent of a case, which stops its processing (→ CANCELLED).',
  })
  withdrawConsent(
    @Arg('caseId', () => ID) caseId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() ctx: Context,
  ): Promise<Consent> {
    return withdrawConsent(ctx, caseId, reason);
  }

  @FieldResolver(() => LegalDocument, { description: 'The consent document signed.' })
  document(@Root() consent: Consent, @Ctx() ctx: Context): Promise<LegalDocument> {
    return ctx.em.findOneOrFail(LegalDocument, { id: consent.document.id });
  }

  @FieldResolver(() => LegalDocument, { description: 'The privacy notice shown.' })
  privacyNotice(@Root() consent: Consent, @Ctx() ctx: Context): Promise<LegalDocument> {
    return ctx.em.findOneOrFail(LegalDocument, { id: consent.privacyNotice.id });
  }

  /** Whether it is in force and on the consent version in force now. */
  @FieldResolver(() => Boolean, {
    description:
      'True when it is in force and signed on the consent and privacy notice versions in force now.',
  })
  async isCurrent(@Root() consent: Consent, @Ctx() ctx: Context): Promise<boolean> {
    return consent.status === ConsentStatus.ACTIVE && isOnCurrentDocuments(ctx.em, consent);
  }
}

/** The consent fields of Case. */
@Resolver(() => Case)
export class CaseConsentResolver {
  @FieldResolver(() => Consent, { nullable: true, description: 'The consent signed last, if any.' })
  consent(@Root() found: Case, @Ctx() ctx: Context): Promise<Consent | null> {
    return latestConsent(ctx.em, found.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the patient’s side must sign the e-consent before the case can move on (never signed, or signed on an older version).',
  })
  needsConsent(@Root() found: Case, @Ctx() ctx: Context): Promise<boolean> {
    return needsConsent(ctx.em, found);
  }
}
