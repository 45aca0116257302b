declare module 'heic-convert' {
  /** Converts a HEIC/HEIF image (the first one in the file) to JPEG or PNG. */
  export default function convert(options: {
    buffer: Buffer | Uint8Array;
    format: 'JPEG' | 'PNG';
    /** 0–1, JPEG only */
    quality?: number;
  }): Promise<ArrayBuffer>;
}
