/**
 * The file name a response suggests in its `Content-Disposition` header (RFC 6266: the UTF-8
 * `filename*` first, else `filename`), reduced to a bare name: no folders, no control characters.
 * @param header - the header's value
 * @returns the name, or null when the header names none
 */
export function fileNameFromDisposition(header: string | null): string | null {
  if (!header) return null;
  let name: string | null = null;
  const extended = /filename\*\s*=\s*utf-8''([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = null;
    }
  }
  if (!name) {
    const plain = /filename\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]+))/i.exec(header);
    name = plain ? (plain[1]?.replace(/\\(.)/g, '$1') ?? plain[2] ?? null) : null;
  }
  // eslint-disable-next-line no-control-regex
  const CONTROL = /[\u0000-\u001f\u007f]/g;
  const bare = name?.split(/[/\\]/).pop()?.replace(CONTROL, '').trim();
  return bare && bare !== '.' && bare !== '..' ? bare : null;
}

/**
 * Saves bytes the page holds as a file the browser downloads (an object URL on a link with
 * `download`), then lets the URL go.
 * @param blob - the bytes
 * @param fileName - the name to save under
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Not at once: the download starts after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
