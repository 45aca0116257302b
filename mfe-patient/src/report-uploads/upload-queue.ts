import { uploadFileProblem, type DocumentKind, type Problem } from '@consilium/validation';
import { serverFailure } from '../form-parts/field-problems';
import type { TransferOutcome } from './upload-transfer';

/** Where one chosen file stands. */
export type UploadPhase =
  /** chosen; waits for its kind and "Upload" */
  | 'ready'
  /** waits for its turn */
  | 'queued'
  /** asking for a link to send it to */
  | 'requesting'
  /** bytes on the way (progress) */
  | 'sending'
  /** received; the records service is reading it */
  | 'completing'
  /** the connection was lost: tried again after a pause */
  | 'retrying'
  | 'done'
  /** refused for the file itself (in the browser, or by the records service) */
  | 'refused'
  /** could not be sent; "Try again" */
  | 'failed';

/** Why a file was refused or could not be sent. */
export interface UploadTrouble {
  /** the shared rule broken, when it is one the app can say in the user's language */
  problem: Problem | null;
  /** the records service's own sentence (English), when it gave one */
  serverMessage: string | null;
  /** for `failed`: nobody answered, or the case may not take reports from this viewer */
  reason: 'unreachable' | 'forbidden' | 'unexpected' | null;
}

/** What the photo checks said of an uploaded document. */
export interface UploadedFacts {
  documentId: string;
  tooBlurred: boolean;
  tooDark: boolean;
}

/** One file the user chose, and how far it got. */
export interface UploadItem {
  /** this browser's id for it */
  readonly id: string;
  readonly caseId: string;
  readonly file: File;
  /** the name sent (NFC, at most 255 characters, no control characters) */
  readonly fileName: string;
  readonly kind: DocumentKind | null;
  readonly phase: UploadPhase;
  /** fraction of the bytes sent, 0–1 */
  readonly progress: number;
  /** tries made in this round (a lost connection counts one) */
  readonly attempt: number;
  /** when the next try starts (ms since the epoch), while `retrying` */
  readonly retryAt: number | null;
  /** "Upload" was pressed without a kind chosen */
  readonly kindMissing: boolean;
  readonly trouble: UploadTrouble | null;
  readonly uploaded: UploadedFacts | null;
}

/** Something that happened to a file, for the live region. */
export interface UploadNotice {
  seq: number;
  caseId: string;
  event: 'done' | 'refused' | 'failed' | 'cancelled';
  item: UploadItem;
}

/** The queue's state: every chosen file, and the latest thing that happened. */
export interface UploadState {
  readonly items: readonly UploadItem[];
  readonly notice: UploadNotice | null;
}

/** A link to send one file's bytes to. */
export interface UploadTicket {
  uploadId: string;
  uploadUrl: string;
  expiresAt: string;
}

/** What the queue needs from the API (given by the app; replaced in tests). */
export interface UploadServices {
  requestTicket: (input: {
    caseId: string;
    fileName: string;
    contentType: string;
    byteSize: number;
    kind: DocumentKind;
  }) => Promise<UploadTicket>;
  send: (
    url: string,
    file: Blob,
    contentType: string,
    onProgress: (fraction: number) => void,
    signal: AbortSignal,
  ) => Promise<TransferOutcome>;
  complete: (uploadId: string) => Promise<UploadedFacts>;
  /** a document was added to the case: lists showing it should ask again */
  completed: (caseId: string) => void;
}

/** Tries per round when the connection is lost: then the user is asked ("Try again"). */
export const MAX_TRIES = 3;
/** Pause before the second try, doubled before each next one. */
const RETRY_BASE_MS = 1000;
/** Files sent at the same time. */
const PARALLEL = 2;
/** Asking again while the records service has not yet learned of a new case (FORBIDDEN). */
const NEW_CASE_TRIES = 8;
const NEW_CASE_PAUSE_MS = 500;
/** A link about to expire is not used. */
const LINK_MARGIN_MS = 30_000;

const ACTIVE: ReadonlySet<UploadPhase> = new Set(['requesting', 'sending', 'completing']);

/** Ended the run of one file; the phase and why. */
class Stop extends Error {
  constructor(
    readonly phase: 'refused' | 'failed' | 'retry' | 'cancelled',
    readonly trouble: UploadTrouble | null = null,
  ) {
    super(phase);
  }
}

/**
 * The file name as sent: NFC, without control characters, at most 255 characters keeping the
 * ending (the records service refuses others).
 * @param name - the name as the user has it
 * @returns the name to send
 */
export function uploadName(name: string): string {
  const clean =
    name
      .normalize('NFC')
      .replace(/\p{Cc}/gu, '')
      .trim() || 'report';
  const chars = [...clean];
  if (chars.length <= 255) return clean;
  const ending = /\.[^.]{1,10}$/.exec(clean)?.[0] ?? '';
  return chars.slice(0, 255 - [...ending].length).join('') + ending;
}

/** The size limit a refusal states, e.g. `25 MB` from "Files can be up to 25 MB.". */
function statedLimit(message: string, unit: 'MB' | 'files'): string | undefined {
  const found = new RegExp(`up to ([\\d.,]+) ?${unit}`).exec(message);
  if (!found) return undefined;
  return unit === 'MB' ? `${found[1]} MB` : found[1];
}

/** A refusal by the records service, with the shared rule it matches when there is one. */
function refusal(rule: Problem['rule'] | null, message: string, max?: string): Stop {
  const problem: Problem | null = rule
    ? { field: 'file', rule, ...(max ? { values: { max } } : {}) }
    : null;
  return new Stop('refused', { problem, serverMessage: message, reason: null });
}

function failure(reason: UploadTrouble['reason'], message: string | null = null): Stop {
  return new Stop('failed', { problem: null, serverMessage: message, reason });
}

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The report uploads of the app (issue 7), for every case: files wait for their kind, then go
 * two at a time — a signed link (`requestUpload`, asked again while a new case is not yet known
 * to the records service), the bytes with progress, `completeUpload` — and are tried again
 * after a lost connection (3 tries, 1 s then 2 s apart; then the user decides). An expired
 * link is replaced once. It lives as long as the app, so moving between pages never stops a
 * transfer.
 */
export class UploadQueue {
  private state: UploadState = { items: [], notice: null };
  private readonly listeners = new Set<() => void>();
  private readonly controllers = new Map<string, AbortController>();
  private readonly tickets = new Map<string, UploadTicket>();
  /** uploads whose bytes the service has (only completing is left) */
  private readonly received = new Set<string>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private nextId = 0;
  private seq = 0;

  constructor(private readonly services: UploadServices) {}

  /** For useSyncExternalStore. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** For useSyncExternalStore: the same object until something changes. */
  getState = (): UploadState => this.state;

  /** Whether a file is on its way (leaving the page would stop it). */
  busy(): boolean {
    return this.state.items.some(
      (item) => ACTIVE.has(item.phase) || item.phase === 'queued' || item.phase === 'retrying',
    );
  }

  /**
   * Adds chosen files to a case: each waits for its kind, or is refused at once when it is
   * empty, too large or not a PDF, JPEG, PNG or HEIC.
   * @param caseId - the case
   * @param files - the files chosen
   * @returns the files as added
   */
  add(caseId: string, files: readonly File[]): UploadItem[] {
    const added = files.map((file): UploadItem => {
      this.nextId += 1;
      const problem = uploadFileProblem(file);
      return {
        id: `upload-${this.nextId}`,
        caseId,
        file,
        fileName: uploadName(file.name),
        kind: null,
        phase: problem ? 'refused' : 'ready',
        progress: 0,
        attempt: 0,
        retryAt: null,
        kindMissing: false,
        trouble: problem ? { problem, serverMessage: null, reason: null } : null,
        uploaded: null,
      };
    });
    this.set({ items: [...this.state.items, ...added] });
    return added;
  }

  /** Sets the kind of a file still waiting to be sent. */
  setKind(id: string, kind: DocumentKind | null): void {
    this.patch(id, (item) => (item.phase === 'ready' ? { kind, kindMissing: false } : null));
  }

  /**
   * Sends the case's waiting files that have a kind; marks those without one.
   * @returns the ids of the files still without a kind
   */
  start(caseId: string): string[] {
    const missing: string[] = [];
    this.set({
      items: this.state.items.map((item) => {
        if (item.caseId !== caseId || item.phase !== 'ready') return item;
        if (!item.kind) {
          missing.push(item.id);
          return { ...item, kindMissing: true };
        }
        return { ...item, phase: 'queued', attempt: 0 };
      }),
    });
    this.pump();
    return missing;
  }

  /** Starts a failed file again, for another round of tries. */
  retry(id: string): void {
    this.patch(id, (item) =>
      item.phase === 'failed' ? { phase: 'queued', attempt: 0, trouble: null } : null,
    );
    this.pump();
  }

  /** Stops a file before the records service has it (the file leaves the list). */
  cancel(id: string): void {
    const item = this.find(id);
    if (!item || item.phase === 'completing' || item.phase === 'done') return;
    this.controllers.get(id)?.abort();
    this.forget(id);
    this.set({
      items: this.state.items.filter((other) => other.id !== id),
      notice: this.notice(item, 'cancelled'),
    });
    this.pump();
  }

  /** Takes a file that is not on its way off the list (refused, failed, done or waiting). */
  remove(id: string): void {
    const item = this.find(id);
    if (!item || ACTIVE.has(item.phase)) return;
    this.forget(id);
    this.set({ items: this.state.items.filter((other) => other.id !== id) });
  }

  /** Takes the case's uploaded files off the list (they are in the case's documents). */
  clearDone(caseId: string): void {
    this.set({
      items: this.state.items.filter((item) => item.caseId !== caseId || item.phase !== 'done'),
    });
  }

  /** Stops every transfer and forgets every file (the app unmounts, or the account changes). */
  dispose(): void {
    for (const controller of this.controllers.values()) controller.abort();
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.controllers.clear();
    this.timers.clear();
    this.tickets.clear();
    this.received.clear();
    this.set({ items: [], notice: null });
  }

  private find(id: string): UploadItem | undefined {
    return this.state.items.find((item) => item.id === id);
  }

  private forget(id: string): void {
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
    this.controllers.delete(id);
    this.tickets.delete(id);
    this.received.delete(id);
  }

  private set(next: Partial<UploadState>): void {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }

  private patch(id: string, change: (item: UploadItem) => Partial<UploadItem> | null): void {
    let changed = false;
    const items = this.state.items.map((item) => {
      if (item.id !== id) return item;
      const patch = change(item);
      if (!patch) return item;
      changed = true;
      return { ...item, ...patch };
    });
    if (changed) this.set({ items });
  }

  private notice(item: UploadItem, event: UploadNotice['event']): UploadNotice {
    this.seq += 1;
    return { seq: this.seq, caseId: item.caseId, event, item };
  }

  /** Starts queued files while fewer than PARALLEL are on their way. */
  private pump(): void {
    let active = this.state.items.filter((item) => ACTIVE.has(item.phase)).length;
    for (const item of this.state.items) {
      if (active >= PARALLEL) return;
      if (item.phase !== 'queued') continue;
      active += 1;
      this.patch(item.id, (current) => ({ phase: 'requesting', attempt: current.attempt + 1 }));
      void this.run(item.id);
    }
  }

  /** One try of one file: a link, the bytes, completion; what went wrong decides what next. */
  private async run(id: string): Promise<void> {
    const controller = new AbortController();
    this.controllers.set(id, controller);
    const { signal } = controller;
    try {
      if (!this.received.has(id)) await this.sendBytes(id, signal);
      if (signal.aborted) return;
      this.patch(id, () => ({ phase: 'completing', progress: 1 }));
      const uploaded = await this.complete(id);
      if (signal.aborted) return;
      this.forget(id);
      this.patch(id, () => ({ phase: 'done', progress: 1, uploaded, trouble: null }));
      const done = this.find(id);
      if (!done) return;
      this.set({ notice: this.notice(done, 'done') });
      this.services.completed(done.caseId);
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof Stop)) console.error('Consilium: an upload failed', error);
      this.stopped(id, error instanceof Stop ? error : failure('unexpected'));
    } finally {
      if (this.controllers.get(id) === controller) this.controllers.delete(id);
      this.pump();
    }
  }

  /** Asks for a link (a fresh one when the last is about to expire) and sends the bytes. */
  private async sendBytes(id: string, signal: AbortSignal): Promise<void> {
    let renewed = false;
    for (;;) {
      const item = this.find(id);
      if (!item || signal.aborted) throw new Stop('cancelled');
      let ticket = this.tickets.get(id);
      if (!ticket || Date.parse(ticket.expiresAt) - Date.now() < LINK_MARGIN_MS) {
        this.patch(id, () => ({ phase: 'requesting', progress: 0 }));
        ticket = await this.requestTicket(item, signal);
        this.tickets.set(id, ticket);
      }
      this.patch(id, () => ({ phase: 'sending', progress: 0 }));
      const contentType = item.file.type || 'application/octet-stream';
      const outcome = await this.services.send(
        ticket.uploadUrl,
        item.file,
        contentType,
        (fraction) =>
          this.patch(id, (current) => ({ progress: Math.max(current.progress, fraction) })),
        signal,
      );
      switch (outcome.kind) {
        case 'sent':
        case 'alreadyComplete':
          this.received.add(id);
          return;
        case 'cancelled':
          throw new Stop('cancelled');
        case 'expired':
          // The link ran out (a long pause, a sleeping phone): once with a new one.
          this.tickets.delete(id);
          if (renewed) throw failure('unexpected');
          renewed = true;
          continue;
        case 'unavailable':
          throw new Stop('retry');
        case 'refused':
          throw refusal(
            outcome.status === 400
              ? 'file.empty'
              : outcome.status === 413
                ? 'file.tooLarge'
                : outcome.status === 415
                  ? 'file.type'
                  : null,
            outcome.message,
            statedLimit(outcome.message, 'MB'),
          );
      }
    }
  }

  /**
   * `requestUpload`; a FORBIDDEN right after the case was started is asked again (the records
   * service learns of new cases by event, a moment later).
   */
  private async requestTicket(item: UploadItem, signal: AbortSignal): Promise<UploadTicket> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.services.requestTicket({
          caseId: item.caseId,
          fileName: item.fileName,
          contentType: item.file.type || 'application/octet-stream',
          byteSize: item.file.size,
          kind: item.kind!,
        });
      } catch (error) {
        if (signal.aborted) throw new Stop('cancelled');
        const found = serverFailure(error);
        if (found.code === 'NETWORK') throw new Stop('retry');
        if (found.code === 'FORBIDDEN') {
          if (attempt < NEW_CASE_TRIES) {
            await pause(NEW_CASE_PAUSE_MS);
            if (signal.aborted) throw new Stop('cancelled');
            continue;
          }
          throw failure('forbidden', found.message);
        }
        if (found.code === 'BAD_USER_INPUT') {
          if (found.field === 'input.byteSize') {
            throw item.file.size === 0
              ? refusal('file.empty', found.message)
              : refusal('file.tooLarge', found.message, statedLimit(found.message, 'MB'));
          }
          if (found.field === 'input.caseId') {
            throw refusal('file.caseFull', found.message, statedLimit(found.message, 'files'));
          }
          throw refusal(null, found.message);
        }
        // Anything else is unexpected: logged, and said without the server's words.
        throw error;
      }
    }
  }

  /** `completeUpload`: what the records service made of the file. */
  private async complete(id: string): Promise<UploadedFacts> {
    const ticket = this.tickets.get(id);
    if (!ticket) throw failure('unexpected');
    try {
      return await this.services.complete(ticket.uploadId);
    } catch (error) {
      const found = serverFailure(error);
      if (found.code === 'NETWORK') throw new Stop('retry');
      if (found.code === 'FORBIDDEN') throw failure('forbidden', found.message);
      if (found.code === 'CONFLICT') {
        // The bytes never arrived after all: send them again.
        this.received.delete(id);
        throw new Stop('retry');
      }
      throw error;
    }
  }

  /** After a try ended without a document: refused, failed, or tried again after a pause. */
  private stopped(id: string, stop: Stop): void {
    const item = this.find(id);
    if (!item || stop.phase === 'cancelled') return;
    if (stop.phase === 'retry' && item.attempt < MAX_TRIES) {
      const wait = RETRY_BASE_MS * 2 ** (item.attempt - 1);
      this.patch(id, () => ({ phase: 'retrying', retryAt: Date.now() + wait }));
      this.timers.set(
        id,
        setTimeout(() => {
          this.timers.delete(id);
          this.patch(id, (current) =>
            current.phase === 'retrying' ? { phase: 'queued', retryAt: null } : null,
          );
          this.pump();
        }, wait),
      );
      return;
    }
    const phase = stop.phase === 'refused' ? 'refused' : 'failed';
    const trouble = stop.phase === 'retry' ? failure('unreachable').trouble : stop.trouble;
    if (phase === 'refused') this.forget(id);
    this.patch(id, () => ({ phase, trouble, retryAt: null }));
    const ended = this.find(id);
    if (ended) this.set({ notice: this.notice(ended, phase) });
  }
}
