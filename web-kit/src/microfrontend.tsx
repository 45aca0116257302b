import { ApolloProvider } from '@apollo/client/react';
import React, { useEffect, useState, type ReactElement, type ReactNode } from 'react';
import ReactDOMClient from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import singleSpaReact from 'single-spa-react';
import type { LifeCycles } from 'single-spa';
import { createApolloClient, disposeApolloClient } from './apollo';
import { ErrorBoundary } from './error-boundary';
import { i18n } from './i18n';

/**
 * What every microfrontend wraps its routes in: the shared languages, its own Apollo Client
 * (created on mount, stopped on unmount so no query outlives the app), a router under the app's
 * route, and an error boundary that keeps a failure inside the app.
 */
export function AppProviders(props: {
  /** the app's route, e.g. `/patient` */
  basename: string;
  /** said in place of the app when it fails to render */
  errorMessage: string;
  children: ReactNode;
}): ReactElement {
  const [client] = useState(createApolloClient);
  useEffect(() => () => disposeApolloClient(client), [client]);
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <BrowserRouter basename={props.basename}>
          <ErrorBoundary
            fallback={
              <p role="alert" className="error">
                {props.errorMessage}
              </p>
            }
          >
            {props.children}
          </ErrorBoundary>
        </BrowserRouter>
      </ApolloProvider>
    </I18nextProvider>
  );
}

/**
 * The single-spa lifecycles of a React microfrontend (mounted into the element the root config
 * passes as `domElementGetter`).
 * @param rootComponent - the app's root component
 * @returns `bootstrap`, `mount` and `unmount`
 */
export function microfrontendLifecycles(rootComponent: () => ReactElement): LifeCycles {
  return singleSpaReact({
    React,
    ReactDOMClient,
    rootComponent,
    errorBoundary: () => (
      <p role="alert" className="error">
        {i18n.t('common:appFailed')}
      </p>
    ),
  }) as LifeCycles;
}
