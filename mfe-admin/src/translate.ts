/** A translate function (the `t` of `useTranslation('admin')`). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;
