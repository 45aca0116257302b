// Every page but "My cases", behind one import() in lazy-pages.ts: one file for them all.

export { AccessLogPage } from './access-log/access-log-page.component';
export { CasePage } from './case-page/case-page.component';
export { CheckoutPage } from './checkout/checkout-page.component';
export { SandboxCheckoutPage } from './checkout/sandbox-checkout-page.component';
export { ConsentPage } from './consent-page/consent-page.component';
export { ConsultationPage } from './consultation/consultation-page.component';
export { IntakeWizardPage } from './intake-wizard/intake-wizard-page.component';
export { OpinionsPage } from './opinions/opinions-page.component';
export { PanelBuilderPage } from './panel-builder/panel-builder-page.component';
export { ProxiesPage } from './proxies-page/proxies-page.component';
export { RegisterDependentPage } from './registration-page/register-dependent-page.component';
export { RegistrationPage } from './registration-page/registration-page.component';
export { SharingPage } from './sharing-page/sharing-page.component';
export { SpecialistDirectoryPage } from './specialist-directory/specialist-directory-page.component';
export { SpecialistProfilePage } from './specialist-profile/specialist-profile-page.component';
export { ErasurePage } from './erasure/erasure-page.component';
export { StartCasePage } from './start-case-page/start-case-page.component';
export { ReferralClaimPage } from './referral-claim/referral-claim-page.component';
