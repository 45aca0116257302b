import { ErasureAction } from '@consilium/subgraph-kit';
import { Upload, UploadStatus } from '../../uploads/upload.entity';
import { ErasureCategory } from '../erasure-confirmation.type';
import type { RecordsErasureParticipant } from '../records-erasure-scope';

/**
 * The patient's uploads: those not yet completed are cancelled (their signed URLs then find no
 * upload and are refused) and any bytes received are removed with their wrapped key; completed
 * ones only repeat a document's name, and go with it.
 */
export const uploadsParticipant: RecordsErasureParticipant = {
  name: 'uploads',
  casesOf: async (em, patientId) =>
    (await em.find(Upload, { patientId }, { fields: ['caseId'] })).map((u) => u.caseId),
  async erase(scope) {
    const { em, patientId } = scope;
    const uploads = await em.find(Upload, { patientId });
    for (const upload of uploads) scope.removeFile(`uploads/${upload.id}`);
    scope.erasedObjectIds.push(...uploads.map((upload) => upload.id));
    await em.nativeDelete(Upload, { patientId });
    const cancelled = uploads.filter((upload) => upload.status !== UploadStatus.COMPLETED).length;
    return cancelled > 0
      ? [
          {
            category: ErasureCategory.UPLOADS_IN_PROGRESS,
            action: ErasureAction.DESTROYED,
            service: 'records',
            count: cancelled,
            caseId: null,
          },
        ]
      : [];
  },
};
