// first: zod's settings must be in place before any schema is made
import './zod-settings';

export * from './case-intake';
export * from './case-summary';
export * from './consent';
export * from './dates';
export * from './documents';
export * from './identity-documents';
export * from './india';
export * from './messages';
export * from './phones';
export * from './problems';
export * from './registration';
export * from './text';
