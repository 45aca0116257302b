/** Rupees as staff type them: whole rupees, optionally a point and one or two digits of paise. */
const RUPEES = /^(\d{1,11})(?:\.(\d{1,2}))?$/;

/**
 * Rupees typed by staff as exact integer paise, read from the text (never through a float, so
 * `0.29` is 29 paise, not 28.999…). A leading ₹ and grouping commas (`₹1,50,000.50`) are allowed.
 * @param typed - e.g. `3500`, `499.5`, `1,50,000.25`
 * @returns the paise, or null when the text is not such an amount
 */
export function paiseOfRupees(typed: string): number | null {
  const match = RUPEES.exec(typed.trim().replace(/^₹\s*/, '').replace(/,/g, ''));
  if (!match) return null;
  const [, rupees = '0', paise = ''] = match;
  return Number(rupees) * 100 + Number(paise.padEnd(2, '0'));
}

/**
 * Paise as the rupees a money input starts with: `350000` → `3500`, `49950` → `499.50`.
 * @param paise - a non-negative whole number of paise
 * @returns the rupees, without grouping (staff may type over it)
 */
export function rupeesOfPaise(paise: number): string {
  const rupees = Math.floor(paise / 100);
  const rest = paise % 100;
  return rest === 0 ? String(rupees) : `${rupees}.${String(rest).padStart(2, '0')}`;
}
