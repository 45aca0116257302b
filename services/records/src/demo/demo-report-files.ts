import { ReportWriter } from '@consilium/subgraph-kit/pdf';
import sharp from 'sharp';

/**
 * The demo case's histopathology report as a PDF with a text layer (synthetic, made at seed time
 * so the demo's case file can be viewed and searched like a real upload).
 * @returns the PDF bytes
 */
export function demoHistopathologyPdf(): Promise<Buffer> {
  const out = new ReportWriter({
    title: 'Histopathology report',
    author: 'Sahyadri Pathology Laboratory, Pune (synthetic demo)',
    subject: 'Left breast lumpectomy specimen',
  });
  out.titleBlock('SAHYADRI PATHOLOGY LABORATORY · PUNE', 'Histopathology report', [
    'Patient: Kavita Deshpande · 54 years · Female · Lab no. SPL/26/11/2291',
    'Specimen received 14 Nov 2026 · reported 18 Nov 2026 · Synthetic demo document',
  ]);
  out.heading('Specimen');
  out.text('Left breast lumpectomy with sentinel lymph nodes (two), oriented with sutures.');
  out.heading('Microscopy');
  out.text(
    'Invasive ductal carcinoma, no special type, Nottingham grade 2 (tubules 3, nuclei 2, ' +
      'mitoses 1). Tumour size 1.8 cm. No lymphovascular invasion seen. Ductal carcinoma in situ, ' +
      'intermediate grade, forms about 10% of the tumour.',
  );
  out.heading('Margins and nodes');
  out.list(
    [
      'All margins free; closest (superior) 4 mm.',
      'Sentinel lymph nodes: 0 of 2 involved (pN0(sn)).',
    ],
    false,
    '',
  );
  out.heading('Immunohistochemistry');
  out.list(
    [
      'Oestrogen receptor (ER): positive, Allred score 8/8.',
      'Progesterone receptor (PR): positive, Allred score 6/8.',
      'HER2/neu: 3+ (positive) by IHC.',
      'Ki-67: 22%.',
    ],
    false,
    '',
  );
  out.heading('Impression');
  out.text(
    'Left breast, lumpectomy: invasive ductal carcinoma, grade 2, pT1c pN0(sn), ER/PR positive, ' +
      'HER2 positive. Margins clear.',
  );
  return out.finish('Sahyadri Pathology Laboratory · SPL/26/11/2291 · synthetic demo document');
}

/**
 * The demo case's mammography report as a phone photo of a printed page (synthetic: a page with
 * a letterhead band and lines of print, shot slightly grey), JPEG.
 * @returns the JPEG bytes
 */
export function demoMammographyPhoto(): Promise<Buffer> {
  const lines = Array.from({ length: 26 }, (_, index) => {
    const y = 330 + index * 44;
    const width = 780 - ((index * 137) % 260);
    return `<rect x="110" y="${y}" width="${width}" height="14" rx="3" fill="#3b3b3b"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="1600">
    <rect width="1200" height="1600" fill="#d8d6cf"/>
    <rect x="60" y="60" width="1080" height="1480" fill="#f4f2ec"/>
    <rect x="60" y="60" width="1080" height="150" fill="#2d4a6b"/>
    <rect x="110" y="250" width="520" height="26" rx="4" fill="#1f1f1f"/>
    ${lines}
    <circle cx="980" cy="1380" r="70" fill="none" stroke="#2d4a6b" stroke-width="6"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer();
}
