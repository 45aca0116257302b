// Every page's strings, loaded with the app: pages read each other's keys (the sharing page
// links to the access log, the case page shows payment and consultation text), so only the
// pages' code is loaded on first use (lazy-pages.ts), never their strings.
import './patient-strings';
import './access-log/access-log-strings';
import './appointments/appointment-strings';
import './case-payment/case-payment-strings';
import './case-report/case-report-strings';
import './checkout/checkout-strings';
import './consent-page/consent-strings';
import './consultation/consultation-strings';
import './erasure/erasure-strings';
import './info-requests/info-request-strings';
import './intake-wizard/intake-strings';
import './opinions/opinions-strings';
import './panel-builder/panel-strings';
import './partner-sharing/partner-sharing-strings';
import './referral-claim/referral-claim-strings';
import './registration-page/registration-strings';
import './report-uploads/document-actions-strings';
import './report-uploads/upload-strings';
import './required-reports/required-reports-strings';
import './sharing-page/sharing-strings';
import './specialist-directory/directory-strings';
