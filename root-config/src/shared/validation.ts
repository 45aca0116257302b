export * from '@consilium/validation';
