import type { ToWords as ToWordsClass } from 'to-words' with { 'resolution-mode': 'import' };

// to-words ships CommonJS under its `require` condition, but its types only as ESM.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ToWords } = require('to-words') as { ToWords: typeof ToWordsClass };

const inWords = new ToWords({ localeCode: 'en-IN' });
const figures = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  minimumFractionDigits: 2,
});

/**
 * An amount in figures as printed on an invoice, Indian digit grouping: 500000 paise →
 * "₹5,000.00"; 15000025 → "₹1,50,000.25".
 * @param paise - amount in paise (ISO 4217 INR minor unit), a non-negative integer
 */
export function rupeesInFigures(paise: number): string {
  return figures.format(paise / 100);
}

/**
 * A whole amount the short way for messages: 250000 paise → "Rs 2,500"; with paise, "Rs 2,500.50".
 * @param paise - amount in paise
 */
export function rupeesShort(paise: number): string {
  const rupees = (paise / 100).toLocaleString('en-IN', {
    minimumFractionDigits: paise % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  });
  return `Rs ${rupees}`;
}

/**
 * An amount in words as Indian invoices print it (lakh and crore): 500000 paise → "Rupees five
 * thousand only"; 250050 → "Rupees two thousand five hundred and fifty paise only".
 * @param paise - amount in paise, a non-negative integer
 */
export function rupeesInWords(paise: number): string {
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  const words = (value: number): string => inWords.convert(value).toLowerCase();
  const paisePart = rest ? ` and ${words(rest)} paise` : '';
  return `Rupees ${words(rupees)}${paisePart} only`;
}
