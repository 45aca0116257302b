export * from '@apollo/client/react';
