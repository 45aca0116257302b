import { rupeesInFigures, rupeesInWords, rupeesShort } from './money';

describe('Amounts on invoices and in messages', () => {
  it.each([
    [500000, '₹5,000.00', 'Rupees five thousand only', 'Rs 5,000'],
    [250000, '₹2,500.00', 'Rupees two thousand five hundred only', 'Rs 2,500'],
    [350000, '₹3,500.00', 'Rupees three thousand five hundred only', 'Rs 3,500'],
    [
      15000025,
      '₹1,50,000.25',
      'Rupees one lakh fifty thousand and twenty five paise only',
      'Rs 1,50,000.25',
    ],
    [250001, '₹2,500.01', 'Rupees two thousand five hundred and one paise only', 'Rs 2,500.01'],
  ])('prints %i paise as %s, "%s" and %s', (paise, figures, words, short) => {
    expect(rupeesInFigures(paise)).toBe(figures);
    expect(rupeesInWords(paise)).toBe(words);
    expect(rupeesShort(paise)).toBe(short);
  });
});
