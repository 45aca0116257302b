import './common-strings';
export { apolloUsage, createApolloClient, disposeApolloClient } from './apollo';
export { CaseTimeline, type TimelineEntry } from './case-timeline';
export { ErrorBoundary } from './error-boundary';
export { AppProviders, microfrontendLifecycles } from './microfrontend';
export {
  CasePageFrame,
  LoadMoreButton,
  PartialDataNotice,
  QueryStatus,
  RequireViewer,
  TableRegion,
} from './page-parts';
export { DEFAULT_TIME_ZONE, formatDateTime, formatMoney, localeOf } from './format';
export {
  addTranslations,
  i18n,
  LANGUAGES,
  setLanguage,
  type Language,
  type Translations,
} from './i18n';
export { DEMO_VIEWERS, getViewer, setViewer, useViewer, type Viewer } from './viewer';
