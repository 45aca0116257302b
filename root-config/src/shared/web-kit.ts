export * from '@consilium/web-kit';
