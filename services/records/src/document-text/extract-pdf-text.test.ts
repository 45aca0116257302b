import fs from 'node:fs';
import path from 'node:path';
import { extractPdfText } from './extract-pdf-text';

const FILES = path.resolve(__dirname, '../../../../../shared/fixtures/files');

describe('extractPdfText', () => {
  it('reads the text layer of a lab report', async () => {
    const text = await extractPdfText(
      fs.readFileSync(path.join(FILES, 'lab-report-cbc-kft-case-d.pdf')),
    );
    expect(text).toContain('Serum Creatinine 3.42');
  });
});

describe('extractPdfText on a file that only looks like a PDF', () => {
  it('refuses it instead of returning nothing', async () => {
    await expect(
      extractPdfText(Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4096, 0x41)])),
    ).rejects.toThrow();
  });
});
