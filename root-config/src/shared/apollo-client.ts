export * from '@apollo/client';
