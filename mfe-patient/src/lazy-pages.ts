import { lazy } from 'react';

// The pages other than "My cases" (the first screen), loaded together the first time one of them
// is opened (one file, rare-pages.ts), so the first screen loads and runs less code. Their strings
// load with the app (patient-strings-all.ts).

const rarePages = () => import('./rare-pages');

export const AccessLogPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.AccessLogPage })),
);
export const CasePage = lazy(() => rarePages().then((pages) => ({ default: pages.CasePage })));
export const CheckoutPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.CheckoutPage })),
);
export const SandboxCheckoutPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.SandboxCheckoutPage })),
);
export const ConsentPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.ConsentPage })),
);
export const ConsultationPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.ConsultationPage })),
);
export const IntakeWizardPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.IntakeWizardPage })),
);
export const OpinionsPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.OpinionsPage })),
);
export const PanelBuilderPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.PanelBuilderPage })),
);
export const ProxiesPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.ProxiesPage })),
);
export const RegisterDependentPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.RegisterDependentPage })),
);
export const RegistrationPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.RegistrationPage })),
);
export const SharingPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.SharingPage })),
);
export const SpecialistDirectoryPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.SpecialistDirectoryPage })),
);
export const SpecialistProfilePage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.SpecialistProfilePage })),
);
export const ErasurePage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.ErasurePage })),
);
export const StartCasePage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.StartCasePage })),
);
export const ReferralClaimPage = lazy(() =>
  rarePages().then((pages) => ({ default: pages.ReferralClaimPage })),
);
