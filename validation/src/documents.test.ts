import { claimedUploadType, describeProblem, uploadFileProblem, UPLOAD_LIMITS } from './index';

describe('report upload rules', () => {
  it.each([
    ['report.pdf', 'application/pdf', 'application/pdf'],
    ['photo.JPG', 'image/jpeg', 'image/jpeg'],
    ['IMG_0042.HEIC', '', 'image/heic'],
    ['scan.heif', 'image/heif', 'image/heic'],
    ['रिपोर्ट 1.png', '', 'image/png'],
    ['camera', 'image/jpeg', 'image/jpeg'],
  ])('takes %s (declared %s) as %s', (name, type, expected) => {
    expect(claimedUploadType({ name, type })).toBe(expected);
  });

  it('refuses an empty file, a file over 25 MB and a Word document with the records service’s sentences', () => {
    const sentence = (file: { name: string; type: string; size: number }) => {
      const problem = uploadFileProblem(file);
      return problem && describeProblem(problem, 'en');
    };
    expect(sentence({ name: 'lab.pdf', type: 'application/pdf', size: 0 })).toBe(
      'The file is empty (0 bytes).',
    );
    expect(
      sentence({ name: 'ct.pdf', type: 'application/pdf', size: UPLOAD_LIMITS.maxFileBytes + 1 }),
    ).toBe('Files can be up to 25 MB.');
    expect(sentence({ name: 'notes.docx', type: '', size: 10 })).toBe(
      'The file is not a PDF, JPEG, PNG or HEIC.',
    );
    expect(sentence({ name: 'anim.gif', type: 'image/gif', size: 10 })).toBe(
      'The file is not a PDF, JPEG, PNG or HEIC.',
    );
    expect(
      uploadFileProblem({
        name: 'ct.pdf',
        type: 'application/pdf',
        size: UPLOAD_LIMITS.maxFileBytes,
      }),
    ).toBeNull();
  });

  it('says the limit in Hindi too', () => {
    const problem = uploadFileProblem({ name: 'a.pdf', type: '', size: 30 * 1024 * 1024 });
    expect(describeProblem(problem!, 'hi')).toBe('फ़ाइलें अधिकतम 25 MB की हो सकती हैं।');
  });
});
