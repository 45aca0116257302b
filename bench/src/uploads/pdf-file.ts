import fs from 'node:fs';

/**
 * Writes a file of the given size that the records service accepts as a PDF (it checks the magic
 * bytes), padded with spaces.
 * @param file - where
 * @param megabytes - size in MiB
 * @returns the size in bytes
 */
export function writeLargePdf(file: string, megabytes: number): number {
  const head = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const tail = Buffer.from('\n%%EOF\n');
  const out = fs.openSync(file, 'w');
  fs.writeSync(out, head);
  let left = megabytes * 1024 * 1024 - head.length - tail.length;
  const chunk = Buffer.alloc(1024 * 1024, 0x20);
  while (left > 0) left -= fs.writeSync(out, chunk, 0, Math.min(chunk.length, left));
  fs.writeSync(out, tail);
  fs.closeSync(out);
  return fs.statSync(file).size;
}
