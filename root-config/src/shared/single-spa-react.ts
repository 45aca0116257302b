export { default } from 'single-spa-react';
export * from 'single-spa-react';
