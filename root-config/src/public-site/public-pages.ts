/**
 * The pages anyone can read before signing in, in the order the public navigation lists them.
 * Each path is also in the gateway's page paths (gateway/src/web/web-routes.ts), so it answers
 * 200. `key` names the page's strings: `public:nav.<key>` (the link) and `public:title.<key>`
 * (its heading and the document title).
 */
export const PUBLIC_PAGES = [
  { path: '/how-it-works', key: 'howItWorks' },
  { path: '/second-opinion-reasons', key: 'reasons' },
  { path: '/prices', key: 'prices' },
  { path: '/specialists', key: 'specialists' },
  { path: '/privacy', key: 'privacy' },
] as const;

/** One public page's address and strings key. */
export type PublicPage = (typeof PUBLIC_PAGES)[number];

/**
 * The public page at an address.
 * @param pathname - e.g. `/prices`
 * @returns the page, or undefined
 */
export function publicPageAt(pathname: string): PublicPage | undefined {
  return PUBLIC_PAGES.find((page) => page.path === pathname);
}
