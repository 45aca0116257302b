import { execFile } from 'node:child_process';

/**
 * The text of a PDF, page by page, as a reader copying it would get it (pdf-parse, i.e. pdf.js).
 * pdf.js loads its worker with a dynamic import(), which jest's module sandbox refuses without
 * --experimental-vm-modules, so the extraction runs in a plain Node child process.
 */
export async function extractText(pdf: Buffer): Promise<{ text: string; pages: string[] }> {
  const script = `
    const { PDFParse } = require(${JSON.stringify(require.resolve('pdf-parse'))});
    const chunks = [];
    process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
      const parser = new PDFParse({ data: new Uint8Array(Buffer.concat(chunks)) });
      const result = await parser.getText();
      await parser.destroy();
      process.stdout.write(JSON.stringify({ text: result.text, pages: result.pages.map((p) => p.text) }));
    });`;
  const { stdout } = await run(process.execPath, ['-e', script], pdf);
  return JSON.parse(stdout) as { text: string; pages: string[] };
}

/** Runs a program with `input` on its standard input; rejects if it fails. */
function run(file: string, args: string[], input: Buffer): Promise<{ stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = execFile(file, args, { maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve({ stdout }),
    );
    child.stdin!.end(input);
  });
}
