import convertHeic from 'heic-convert';
import sharp from 'sharp';

/** Below this variance of the Laplacian a photo is too blurred to read (issue 7; calibrated on the fixtures: blurred.jpg ≈ 1, readable phone photos and scans > 400). */
export const BLUR_THRESHOLD = 40;
/** Below this mean brightness (0–255) a photo is too dark to read (dark.jpg ≈ 9, readable ≥ 150). */
export const DARK_THRESHOLD = 60;

/** What a report photo looks like, and the images made from it for viewing. */
export interface ImageAnalysis {
  /** upright (EXIF orientation applied), at most 2,000 px, JPEG: what viewers show */
  preview: Buffer;
  /** upright, 320 px wide at most, JPEG */
  thumbnail: Buffer;
  /** the upright size of the original, px */
  width: number;
  height: number;
  /** variance of the Laplacian of the greyscale image at 1,000 px: higher is sharper */
  sharpness: number;
  /** mean greyscale brightness, 0–255 */
  brightness: number;
}

/**
 * Makes an image readable and measures it: HEIC is converted to JPEG (the original is kept by the
 * caller), EXIF orientation is applied, a preview and a thumbnail are made, and sharpness and
 * brightness are measured to tell the patient when a photo is too blurred or too dark.
 * @param original - the image's bytes (JPEG, PNG or HEIC)
 * @param contentType - its type, from its content
 * @returns the analysis
 * @throws when the image cannot be decoded
 */
export async function analyseImage(original: Buffer, contentType: string): Promise<ImageAnalysis> {
  const decodable =
    contentType === 'image/heic'
      ? Buffer.from(await convertHeic({ buffer: original, format: 'JPEG', quality: 0.9 }))
      : original;
  const upright = sharp(decodable, { failOn: 'error' }).rotate();
  const { data: preview, info } = await upright
    .clone()
    .resize({ width: 2000, height: 2000, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 85, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  const thumbnail = await upright
    .clone()
    .resize({ width: 320, height: 320, fit: 'inside', withoutEnlargement: true })
    .jpeg({ quality: 75 })
    .toBuffer();
  const grey = upright.clone().resize({ width: 1000, withoutEnlargement: true }).greyscale();
  const brightness = (await grey.clone().stats()).channels[0]!.mean;
  const laplacian = await grey
    .clone()
    .convolve({ width: 3, height: 3, kernel: [0, 1, 0, 1, -4, 1, 0, 1, 0] })
    .raw()
    .toBuffer();
  let sum = 0;
  let squares = 0;
  for (const value of laplacian) {
    sum += value;
    squares += value * value;
  }
  const mean = sum / laplacian.length;
  const metadata = await sharp(decodable).metadata();
  const turned = (metadata.orientation ?? 1) >= 5;
  return {
    preview,
    thumbnail,
    width: turned ? (metadata.height ?? info.height) : (metadata.width ?? info.width),
    height: turned ? (metadata.width ?? info.width) : (metadata.height ?? info.height),
    sharpness: squares / laplacian.length - mean * mean,
    brightness,
  };
}
