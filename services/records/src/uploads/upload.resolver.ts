import { AuditOperation, authorizeCase } from '@consilium/subgraph-kit';
import type { DocumentKind as DocumentKindValue } from '@consilium/validation';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../context.type';
import { BLUR_THRESHOLD, DARK_THRESHOLD } from '../images/analyse-image';
import { DocumentKindEnum } from '../document/document-kind.enum';
import { Document } from '../document/document.entity';
import { completeUpload, requestUpload } from './upload.service';
import { signedLink, uploadSettings } from './upload-settings';

@InputType({ description: 'A report the patient’s side is about to upload.' })
class RequestUploadInput {
  @Field(() => ID)
  caseId!: string;

  @Field({
    description: 'The file name as the user has it (any script); shown, never used as a path.',
  })
  fileName!: string;

  @Field({ description: 'The type the browser reports; the content decides.' })
  contentType!: string;

  @Field(() => Int, { description: 'Size in bytes; at most 25 MB (configurable).' })
  byteSize!: number;

  @Field(() => DocumentKindEnum, { description: 'What kind of report it is.' })
  kind!: DocumentKindValue;
}

@ObjectType({ description: 'Where to PUT the bytes of an upload, until when.' })
class UploadTicket {
  @Field(() => ID)
  uploadId!: string;

  @Field({ description: 'Same-origin path to PUT the bytes to (the body is the file).' })
  uploadUrl!: string;

  @Field(() => Date)
  expiresAt!: Date;

  @Field(() => Int, { description: 'The most bytes accepted.' })
  maxBytes!: number;
}

/** How readable a photo of a report is (measured when it was uploaded). */
@ObjectType({ description: 'How readable a photo of a report is.' })
class PhotoQuality {
  @Field(() => Float, { description: 'Variance of the Laplacian: higher is sharper.' })
  sharpness!: number;

  @Field(() => Float, { description: 'Mean brightness, 0–255.' })
  brightness!: number;

  @Field({
    description: `True below a sharpness of ${BLUR_THRESHOLD} (in good light): ask for a sharper photo.`,
  })
  tooBlurred!: boolean;

  @Field({
    description: `True below a brightness of ${DARK_THRESHOLD}: ask for a photo in better light.`,
  })
  tooDark!: boolean;
}

/** Uploads without GraphQL multipart: ask, PUT the bytes to the signed URL, complete. */
@Resolver(() => Document)
export class UploadResolver {
  @Mutation(() => UploadTicket, {
    description:
      'Asks to upload a report to a case: a short-lived signed same-origin URL to PUT the bytes to, then completeUpload.',
  })
  requestUpload(
    @Arg('input', () => RequestUploadInput) input: RequestUploadInput,
    @Ctx() ctx: Context,
  ): Promise<UploadTicket> {
    return requestUpload(ctx, input);
  }

  @Mutation(() => Document, {
    description: 'Turns the bytes received for an upload into a document of the case.',
  })
  completeUpload(
    @Arg('uploadId', () => ID) uploadId: string,
    @Ctx() ctx: Context,
  ): Promise<Document> {
    return completeUpload(ctx, uploadId);
  }

  /** How readable a photo is (null for a PDF or a document without a photo). */
  @FieldResolver(() => PhotoQuality, {
    nullable: true,
    description: 'How readable a photo is (null for PDFs).',
  })
  photoQuality(@Root() document: Document): PhotoQuality | null {
    if (document.sharpness === null || document.brightness === null) return null;
    return {
      sharpness: document.sharpness,
      brightness: document.brightness,
      // A dark photo has little contrast to measure: ask for light first.
      tooBlurred: document.sharpness < BLUR_THRESHOLD && document.brightness >= DARK_THRESHOLD,
      tooDark: document.brightness < DARK_THRESHOLD,
    };
  }

  /** A signed link to the upright JPEG preview of a photo (null for PDFs). */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short-lived signed link to the upright JPEG preview of a photo (null for PDFs).',
  })
  async previewUrl(@Root() document: Document, @Ctx() ctx: Context): Promise<string | null> {
    return this.variantUrl(document, ctx, 'preview', document.previewObjectId);
  }

  /** A signed link to the thumbnail of a photo (null for PDFs). */
  @FieldResolver(() => String, {
    nullable: true,
    description: 'A short-lived signed link to the thumbnail of a photo (null for PDFs).',
  })
  async thumbnailUrl(@Root() document: Document, @Ctx() ctx: Context): Promise<string | null> {
    return this.variantUrl(document, ctx, 'thumbnail', document.thumbnailObjectId);
  }

  /** A 5-minute signed link to show the original in the browser's own viewer (PDFs, images). */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short-lived signed same-origin link showing the original inline, for the browser’s PDF or image viewer (null when no file is stored).',
  })
  viewUrl(@Root() document: Document, @Ctx() ctx: Context): Promise<string | null> {
    return this.variantUrl(document, ctx, 'inline', document.objectId);
  }

  /** A 5-minute signed link to download the file (null for documents without stored bytes). */
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'A short-lived signed same-origin link to download the file (null when no file is stored).',
  })
  downloadUrl(@Root() document: Document, @Ctx() ctx: Context): Promise<string | null> {
    return this.variantUrl(document, ctx, 'download', document.objectId);
  }

  /** A signed link to some bytes of the document, after an audited check of the reader. */
  private async variantUrl(
    document: Document,
    ctx: Context,
    purpose: 'download' | 'inline' | 'preview' | 'thumbnail',
    objectId: string | null,
  ): Promise<string | null> {
    if (!objectId) return null;
    await authorizeCase(
      ctx,
      { caseId: document.caseId, patientId: document.patientId },
      {
        operation: AuditOperation.READ,
        objectType: 'Document',
        objectId: document.id,
        fields: purpose === 'preview' || purpose === 'thumbnail' ? [purpose] : ['content'],
        allowPartner: false,
      },
    );
    return signedLink(purpose, document.id, uploadSettings().downloadLinkSeconds).url;
  }
}
