import { Worker } from 'node:worker_threads';

/** Pages read from one PDF; reports longer than this are searchable in their first pages. */
export const MAX_PAGES = 100;

/** Characters kept from one PDF. */
export const MAX_CHARACTERS = 400_000;

/** A PDF that takes longer than this to read is given up (FAILED). */
const TIMEOUT_MS = 30_000;

/**
 * The worker's code: pdf.js (through pdf-parse) in a thread of its own, so a large or hostile
 * PDF can neither block the service nor grow its heap past the worker's own limit.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { PDFParse } = require(workerData.modulePath);
(async () => {
  const parser = new PDFParse({ data: new Uint8Array(workerData.bytes) });
  try {
    const result = await parser.getText({ first: workerData.maxPages, pageJoiner: '' });
    parentPort.postMessage({ text: result.text });
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
})();
`;

/**
 * The text layer of a PDF (pdf.js through pdf-parse, in a worker thread with a 256 MB heap
 * limit and a 30-second timeout), without page markers.
 * @param bytes - the PDF
 * @returns the text (trimmed; empty for a scan without a text layer), at most MAX_CHARACTERS
 * @throws when the PDF cannot be read (damaged, password-protected, too large or too slow)
 */
export function extractPdfText(bytes: Buffer): Promise<string> {
  const copy = new Uint8Array(bytes).buffer;
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { bytes: copy, modulePath: require.resolve('pdf-parse'), maxPages: MAX_PAGES },
    transferList: [copy],
    resourceLimits: { maxOldGenerationSizeMb: 256 },
  });
  return new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`reading the PDF took over ${TIMEOUT_MS / 1000} s`));
    }, TIMEOUT_MS);
    worker.once('message', (answer: { text?: string; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (answer.error !== undefined) reject(new Error(answer.error));
      else
        resolve(
          (answer.text ?? '')
            .replace(/[ \t]+\n/g, '\n')
            .trim()
            .slice(0, MAX_CHARACTERS),
        );
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the PDF reader stopped (exit code ${code})`));
    });
  });
}
