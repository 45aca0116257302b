import { createHash } from 'node:crypto';
import { extractText } from './pdf-text';
import {
  formatIndiaDate,
  parseBody,
  renderLegalDocumentPdf,
  type LegalDocumentText,
} from './legal-document-pdf';

const BODY_EN = `By accepting this consent you ask Consilium Health Services Private Limited ("Consilium") to arrange a written second opinion on your medical condition from an independent specialist doctor registered with the National Medical Commission or a State Medical Council. Please read it carefully. You may ask us any question before you accept.

## 1. What a second opinion is
A second opinion is a specialist's written review of the diagnosis and treatment plan that your treating doctor has proposed, based only on the reports, images and history that you upload. It is provided as a teleconsultation under the Telemedicine Practice Guidelines, 2020.
- The specialist does not examine you in person. Findings that need a physical examination, a new test or a procedure may be missed or may remain uncertain.
- The opinion does not replace your treating doctor. Discuss it with them before you change, stop or start any treatment or medicine.
- The specialist will not prescribe medicines listed in Schedule X or other restricted lists, and may decline to give an opinion if the records are not sufficient.

## 2. Emergencies
Consilium is not an emergency service. If you or the patient has chest pain, difficulty in breathing, heavy bleeding, loss of consciousness, a seizure or any other emergency, call 112 or go to the nearest hospital at once.

## 3. Your health information
To prepare the opinion we collect and process your name, age, contact details and the medical records, reports, scans and history you give us. This is sensitive personal data. We process it only for your second opinion, for billing, and to meet our legal duties, as described in our privacy notice and the Digital Personal Data Protection Act, 2023.
- Your records are shared only with the specialist assigned to your case and with Consilium staff who need them to coordinate it, all bound by confidentiality.
- Your records are stored in India, encrypted in transit and at rest.
- We keep your case records for three years after the opinion is delivered, or longer where the law requires it, and then delete them.

## 4. Consent for another person
If you are requesting an opinion for a child under 18 or for a person who cannot consent, you confirm that you are their parent or lawful guardian, or are otherwise authorised to consent on their behalf.

## 5. Fees and refunds
The fee for the opinion is shown before you pay. If no specialist accepts your case within five working days, the fee is refunded in full to the original payment method.

## 6. Withdrawing your consent
You may withdraw this consent at any time from your account or by writing to our Grievance Officer at grievance@consilium.example. Withdrawal stops further processing of your case; it does not affect processing that took place before it, or records that we must keep by law.

By selecting "I agree" you confirm that you have read and understood this consent, that the information you provide is true to the best of your knowledge, and that you agree to the processing described above.`;

const BODY_HI = `यह सहमति स्वीकार करके आप कॉन्सिलियम हेल्थ सर्विसेज़ प्राइवेट लिमिटेड ("कॉन्सिलियम") से अनुरोध करते हैं कि वह राष्ट्रीय आयुर्विज्ञान आयोग या किसी राज्य चिकित्सा परिषद में पंजीकृत एक स्वतंत्र विशेषज्ञ डॉक्टर से आपकी स्वास्थ्य स्थिति पर लिखित द्वितीय चिकित्सकीय राय की व्यवस्था करे। कृपया इसे ध्यान से पढ़ें। स्वीकार करने से पहले आप हमसे कोई भी प्रश्न पूछ सकते हैं।

## 1. द्वितीय राय क्या है
द्वितीय राय, आपके उपचार करने वाले डॉक्टर द्वारा प्रस्तावित निदान और उपचार योजना की विशेषज्ञ द्वारा की गई लिखित समीक्षा है, जो केवल आपके द्वारा अपलोड की गई रिपोर्टों, छवियों और इतिहास पर आधारित होती है। यह टेलीमेडिसिन प्रैक्टिस दिशानिर्देश, 2020 के अंतर्गत टेली-परामर्श के रूप में दी जाती है।
- विशेषज्ञ आपकी व्यक्तिगत रूप से जाँच नहीं करते। जिन निष्कर्षों के लिए शारीरिक जाँच, नई जाँच या किसी प्रक्रिया की आवश्यकता है, वे छूट सकते हैं या अनिश्चित रह सकते हैं।
- यह राय आपके उपचार करने वाले डॉक्टर का स्थान नहीं लेती। कोई भी उपचार या दवा बदलने, बंद करने या शुरू करने से पहले उनसे चर्चा करें।
- विशेषज्ञ अनुसूची X या अन्य प्रतिबंधित सूचियों की दवाएँ नहीं लिखेंगे, और रिकॉर्ड पर्याप्त न होने पर राय देने से मना कर सकते हैं।

## 2. आपात स्थिति
कॉन्सिलियम आपातकालीन सेवा नहीं है। यदि आपको या रोगी को सीने में दर्द, साँस लेने में कठिनाई, अधिक रक्तस्राव, बेहोशी, दौरा या कोई अन्य आपात स्थिति हो, तो तुरंत 112 पर कॉल करें या निकटतम अस्पताल जाएँ।

## 3. आपकी स्वास्थ्य जानकारी
राय तैयार करने के लिए हम आपका नाम, आयु, संपर्क विवरण और आपके द्वारा दिए गए चिकित्सा रिकॉर्ड, रिपोर्ट, स्कैन और इतिहास एकत्र और संसाधित करते हैं। यह संवेदनशील व्यक्तिगत डेटा है। हम इसे केवल आपकी द्वितीय राय, बिलिंग और अपने कानूनी दायित्वों के लिए संसाधित करते हैं, जैसा कि हमारी गोपनीयता सूचना और डिजिटल व्यक्तिगत डेटा संरक्षण अधिनियम, 2023 में बताया गया है।
- आपके रिकॉर्ड केवल आपके मामले के लिए नियुक्त विशेषज्ञ और उसका समन्वय करने वाले कॉन्सिलियम कर्मचारियों के साथ साझा किए जाते हैं, जो सभी गोपनीयता से बंधे हैं।
- आपके रिकॉर्ड भारत में संग्रहीत किए जाते हैं और भेजते तथा रखते समय एन्क्रिप्ट किए जाते हैं।
- राय देने के बाद हम आपके मामले के रिकॉर्ड तीन वर्ष तक, या जहाँ कानून अपेक्षित करे उससे अधिक समय तक, रखते हैं और फिर हटा देते हैं।

## 4. किसी अन्य व्यक्ति के लिए सहमति
यदि आप 18 वर्ष से कम आयु के बच्चे या सहमति देने में असमर्थ व्यक्ति के लिए राय का अनुरोध कर रहे हैं, तो आप पुष्टि करते हैं कि आप उनके माता-पिता या विधिक अभिभावक हैं, या उनकी ओर से सहमति देने के लिए अन्यथा अधिकृत हैं।

## 5. शुल्क और धनवापसी
राय का शुल्क भुगतान से पहले दिखाया जाता है। यदि पाँच कार्य दिवसों में कोई विशेषज्ञ आपका मामला स्वीकार नहीं करता, तो पूरा शुल्क मूल भुगतान माध्यम में वापस कर दिया जाता है।

## 6. सहमति वापस लेना
आप किसी भी समय अपने खाते से या हमारे शिकायत अधिकारी को grievance@consilium.example पर लिखकर यह सहमति वापस ले सकते हैं। सहमति वापस लेने से आपके मामले की आगे की प्रक्रिया रुक जाती है; इससे पहले हो चुकी प्रक्रिया, या वे रिकॉर्ड जिन्हें हमें कानूनन रखना है, प्रभावित नहीं होते।

"मैं सहमत हूँ" चुनकर आप पुष्टि करते हैं कि आपने यह सहमति पढ़ और समझ ली है, कि आपके द्वारा दी गई जानकारी आपकी सर्वोत्तम जानकारी के अनुसार सत्य है, और आप ऊपर बताई गई प्रक्रिया से सहमत हैं।`;

/** The sample e-consent; its hash is computed over the four texts, as a caller might. */
function sampleConsent(overrides: Partial<LegalDocumentText> = {}): LegalDocumentText {
  const text = {
    titleEn: 'Consent to a medical second opinion and to the processing of your health information',
    bodyEn: BODY_EN,
    titleHi: 'द्वितीय चिकित्सकीय राय और आपकी स्वास्थ्य जानकारी के संसाधन के लिए सहमति',
    bodyHi: BODY_HI,
    ...overrides,
  };
  const sha256 = createHash('sha256')
    .update([text.titleEn, text.bodyEn, text.titleHi, text.bodyHi].join('\n\u0000\n'))
    .digest('hex');
  return {
    kind: 'CONSENT',
    version: 'consent-v1',
    // 20:00 UTC on 14 Nov is 01:30 on 15 Nov in India.
    effectiveFrom: new Date('2026-11-14T20:00:00Z'),
    sha256,
    ...text,
    ...overrides,
  };
}

const HASH_LINE = /SHA-256\s+([0-9a-f]{64})(?![0-9a-f])/g;

describe('renderLegalDocumentPdf', () => {
  it('prints the version and the SHA-256 as extractable text on every page', async () => {
    const doc = sampleConsent();
    const pdf = await renderLegalDocumentPdf(doc);

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { text, pages } = await extractText(pdf);
    expect(pages.length).toBeGreaterThanOrEqual(3); // English over 2 pages, then Hindi

    for (const [i, page] of pages.entries()) {
      const printed = [...page.matchAll(HASH_LINE)].map((m) => m[1]);
      // Footer on every page, plus the box at the top of the English and of the Hindi part.
      expect(printed.length).toBeGreaterThanOrEqual(1);
      for (const hash of printed) expect(hash).toBe(doc.sha256);
      expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(page).toContain('Version consent-v1');
      expect(page).toContain('Effective 15 Nov 2026 (IST)');
    }
    expect([...text.matchAll(HASH_LINE)]).toHaveLength(pages.length + 2);
    expect(text).toMatch(/Version consent-v1 · SHA-256 [0-9a-f]{64}/);
    expect(text).toContain('Withdrawing your consent');
    expect(text).toMatch(/[\u0900-\u097f]{4,}/); // the Hindi part is text too, not outlines
  });

  it('paginates long documents', async () => {
    const long = Array.from({ length: 12 }, () => BODY_EN).join('\n\n');
    const pdf = await renderLegalDocumentPdf(sampleConsent({ bodyEn: long }));
    const { pages } = await extractText(pdf);
    expect(pages.length).toBeGreaterThan(8);
    expect(pages.at(-1)).toContain(`Page ${pages.length} of ${pages.length}`);
  });

  it('rejects a malformed hash, version or date, and characters the fonts cannot print', async () => {
    const upper = sampleConsent();
    await expect(
      renderLegalDocumentPdf({ ...upper, sha256: upper.sha256.toUpperCase() }),
    ).rejects.toThrow(RangeError);
    await expect(renderLegalDocumentPdf({ ...upper, sha256: 'abc' })).rejects.toThrow(RangeError);
    await expect(renderLegalDocumentPdf({ ...upper, version: 'v 1' })).rejects.toThrow(RangeError);
    await expect(
      renderLegalDocumentPdf({ ...upper, effectiveFrom: new Date('nope') }),
    ).rejects.toThrow(RangeError);
    await expect(renderLegalDocumentPdf({ ...upper, bodyHi: 'सहमति 😀' })).rejects.toThrow(
      'U+1F600',
    );
  });
});

describe('formatIndiaDate', () => {
  it('shows the calendar day in Asia/Kolkata (UTC+05:30)', () => {
    expect(formatIndiaDate(new Date('2026-11-14T18:30:00Z'))).toBe('15 Nov 2026');
    expect(formatIndiaDate(new Date('2026-11-14T18:29:59Z'))).toBe('14 Nov 2026');
    expect(formatIndiaDate(new Date('2026-09-01T00:00:00Z'))).toBe('1 Sep 2026');
  });
});

describe('parseBody', () => {
  it('reads headings, list items and paragraphs continued over lines', () => {
    expect(parseBody('Intro\nmore.\n\n## Head\n- one\n  still one\n- two\n\nEnd')).toEqual([
      { type: 'paragraph', text: 'Intro more.' },
      { type: 'heading', text: 'Head' },
      { type: 'item', text: 'one still one' },
      { type: 'item', text: 'two' },
      { type: 'paragraph', text: 'End' },
    ]);
  });
});
