import './common-strings';
export { apolloUsage, clearApolloCaches, createApolloClient, disposeApolloClient } from './apollo';
export {
  confirmPasswordReset,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  requestPasswordReset,
  resendVerification,
  signIn,
  signUp,
  verifyAccount,
  type AccountKind,
  type SignUpInput,
  type VerificationSent,
} from './auth-api';
export { AuthError } from './auth-http';
export {
  AvailabilityEditor,
  AvailabilityList,
  WEEKDAYS,
  type AvailabilityWindow,
  type WeekdayName,
} from './availability-editor';
export { CaseTimeline, type TimelineEntry } from './case-timeline';
export { CopyField } from './copy-field';
export { ErrorBoundary } from './error-boundary';
export { FieldError, FormError, FormField, type FormFieldProps } from './form-parts';
export { LegalText } from './legal-text';
export { useFreshLinkDownload } from './fresh-link-download';
export { ReferralNote, type ReferralNoteData } from './referral-note';
export { mutationProblem, type MutationProblem } from './mutation-problem';
export { AppProviders, microfrontendLifecycles } from './microfrontend';
export {
  CasePageFrame,
  LoadMoreButton,
  PartialDataNotice,
  QueryStatus,
  RequireViewer,
  signInUrlReturningHere,
  TableRegion,
} from './page-parts';
export {
  DEFAULT_TIME_ZONE,
  durationParts,
  formatDateTime,
  formatFileSize,
  formatMoney,
  localeOf,
  type DurationParts,
} from './format';
export { fetchWithSession, saveFileWithSession } from './session-fetch';
export { fileNameFromDisposition, saveBlob } from './save-file';
export { describeUserAgent } from './user-agent';
export { useNow } from './use-now';
export {
  deviceTimeZone,
  instantOfLocal,
  localInputAt,
  windowsInZone,
  type ShownWindow,
} from './zoned-time';
export {
  addTranslations,
  hasChosenLanguage,
  i18n,
  LANGUAGES,
  setLanguage,
  type Language,
  type Translations,
} from './i18n';
export {
  getSession,
  getViewer,
  hasAnyRole,
  onAccountChange,
  refreshSession,
  restoreSession,
  ROLES,
  signOut,
  useSession,
  useViewer,
  type Role,
  type SessionState,
  type SessionStatus,
  type Viewer,
} from './session';
export { isValid, NO_ERRORS, useFormState, type FormErrors, type FormState } from './form-state';
