import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { onAccountChange } from '@consilium/web-kit';
import {
  createContext,
  useContext,
  useEffect,
  useMemo,
  useState,
  useSyncExternalStore,
  type ReactElement,
  type ReactNode,
} from 'react';
import { CASE_REQUIRED_REPORTS } from '../required-reports/required-reports.component';
import { CASE_DOCUMENTS, COMPLETE_UPLOAD, REQUEST_UPLOAD } from './upload-queries';
import { UploadQueue, type UploadItem, type UploadNotice } from './upload-queue';
import { sendFile } from './upload-transfer';

const UploadsContext = createContext<UploadQueue | null>(null);

/** Lists that show a case's documents ask again a moment after the last of several uploads. */
const REFRESH_DELAY_MS = 200;

/** The queue's API calls through the app's Apollo Client. */
function queueFor(client: ApolloClient): UploadQueue {
  let refresh: ReturnType<typeof setTimeout> | undefined;
  return new UploadQueue({
    requestTicket: async (input) => {
      const result = await client.mutate({ mutation: REQUEST_UPLOAD, variables: { input } });
      if (!result.data) throw new Error('requestUpload answered no data');
      return result.data.requestUpload;
    },
    send: sendFile,
    complete: async (uploadId) => {
      const result = await client.mutate({ mutation: COMPLETE_UPLOAD, variables: { uploadId } });
      const document = result.data?.completeUpload;
      if (!document) throw new Error('completeUpload answered no data');
      return {
        documentId: document.id,
        tooBlurred: document.photoQuality?.tooBlurred ?? false,
        tooDark: document.photoQuality?.tooDark ?? false,
      };
    },
    completed: () => {
      clearTimeout(refresh);
      refresh = setTimeout(
        () => void client.refetchQueries({ include: [CASE_REQUIRED_REPORTS, CASE_DOCUMENTS] }),
        REFRESH_DELAY_MS,
      );
    },
  });
}

/**
 * Holds the app's report uploads (one queue for every case) above its pages, so files keep
 * going while the user moves between steps and pages; stops them when the app unmounts or
 * another account signs in, and has the browser ask before the page is left mid-transfer.
 */
export function UploadsProvider(props: { children: ReactNode }): ReactElement {
  const client = useApolloClient();
  const [queue] = useState(() => queueFor(client));
  useEffect(() => {
    const stopOnAccountChange = onAccountChange(() => queue.dispose());
    const warn = (event: BeforeUnloadEvent): void => {
      if (!queue.busy()) return;
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      stopOnAccountChange();
      window.removeEventListener('beforeunload', warn);
      queue.dispose();
    };
  }, [queue]);
  return <UploadsContext.Provider value={queue}>{props.children}</UploadsContext.Provider>;
}

/** One case's uploads and what can be done with them. */
export interface CaseUploads {
  items: readonly UploadItem[];
  /** the latest thing that happened to one of the case's files */
  notice: UploadNotice | null;
  queue: UploadQueue;
}

/**
 * The uploads of one case, kept current.
 * @param caseId - the case
 * @returns its files and the queue
 */
export function useCaseUploads(caseId: string): CaseUploads {
  const queue = useContext(UploadsContext);
  if (!queue) throw new Error('useCaseUploads needs an UploadsProvider above it');
  const state = useSyncExternalStore(queue.subscribe, queue.getState);
  return useMemo(
    () => ({
      items: state.items.filter((item) => item.caseId === caseId),
      notice: state.notice?.caseId === caseId ? state.notice : null,
      queue,
    }),
    [state, caseId, queue],
  );
}
