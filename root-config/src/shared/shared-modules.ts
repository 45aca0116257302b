/**
 * The modules every app gets from the import map instead of bundling its own copy: one React,
 * one Apollo Client, one router, one i18n, one copy of the shared input rules. Key: the import-map specifier; value: the build entry.
 * Apps must import exactly these specifiers (their vite config marks them external).
 */
export const SHARED_MODULES = {
  react: 'src/shared/generated/react.ts',
  'react/jsx-runtime': 'src/shared/generated/react-jsx-runtime.ts',
  'react-dom': 'src/shared/generated/react-dom.ts',
  'react-dom/client': 'src/shared/generated/react-dom-client.ts',
  '@apollo/client': 'src/shared/apollo-client.ts',
  '@apollo/client/react': 'src/shared/apollo-client-react.ts',
  'react-router': 'src/shared/react-router.ts',
  'react-i18next': 'src/shared/react-i18next.ts',
  'single-spa-react': 'src/shared/single-spa-react.ts',
  '@consilium/web-kit': 'src/shared/web-kit.ts',
  // the input rules the apps share with the API (zod, libphonenumber): loaded once for all apps
  '@consilium/validation': 'src/shared/validation.ts',
} as const;
