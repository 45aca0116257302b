import type { LifeCycles } from 'single-spa';
import { i18n, type Role } from '@consilium/web-kit';

/**
 * A microfrontend: its import-map specifier, route prefix, the element it renders into, the
 * roles that may use it and the shell string naming it.
 */
export interface AppDefinition {
  name: string;
  route: string;
  elementId: string;
  roles: readonly Role[];
  label: 'patient' | 'doctor' | 'admin';
}

/** The three apps, each on its own route, and who uses each (DESIGN.md §1). */
export const APPS: readonly AppDefinition[] = [
  {
    name: '@consilium/mfe-patient',
    route: '/patient',
    elementId: 'app-patient',
    roles: ['PATIENT', 'PROXY'],
    label: 'patient',
  },
  {
    name: '@consilium/mfe-doctor',
    route: '/doctor',
    elementId: 'app-doctor',
    roles: ['SPECIALIST', 'GP'],
    label: 'doctor',
  },
  {
    name: '@consilium/mfe-admin',
    route: '/admin',
    elementId: 'app-admin',
    roles: ['OPERATIONS', 'COMPLIANCE'],
    label: 'admin',
  },
];

/**
 * The app whose route an address is on.
 * @param pathname - e.g. `/patient/cases/1`
 * @returns the app, or undefined (the shell's own pages)
 */
export function appAt(pathname: string): AppDefinition | undefined {
  return APPS.find((app) => pathname === app.route || pathname.startsWith(`${app.route}/`));
}

/**
 * Loads an app through the import map, showing a loading state meanwhile. When the app cannot
 * be loaded, resolves to a small stand-in that shows the error in the app's place (and keeps
 * showing it on later visits), so one broken app never blanks the rest of the page.
 * @param app - which app
 * @returns the app's single-spa lifecycles
 */
export async function loadApp(app: AppDefinition): Promise<LifeCycles> {
  const element = document.getElementById(app.elementId);
  if (element)
    element.innerHTML = `<p role="status" class="loading">${i18n.t('shell:loadingApp')}</p>`;
  try {
    const specifier = app.name;
    return (await import(/* @vite-ignore */ specifier)) as LifeCycles;
  } catch (error) {
    console.error(`Consilium: ${app.name} could not be loaded`, error);
    return failedAppLifecycles(app);
  }
}

function failedAppLifecycles(app: AppDefinition): LifeCycles {
  let translate = (): void => undefined;
  return {
    bootstrap: async () => undefined,
    mount: async () => {
      const element = document.getElementById(app.elementId);
      if (!element) return;
      element.innerHTML = '';
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.className = 'app-error';
      const text = document.createElement('p');
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.addEventListener('click', () => window.location.reload());
      translate = (): void => {
        text.textContent = i18n.t('shell:appFailed');
        retry.textContent = i18n.t('shell:retry');
      };
      translate();
      i18n.on('languageChanged', translate);
      alert.append(text, retry);
      element.append(alert);
    },
    unmount: async () => {
      i18n.off('languageChanged', translate);
      const element = document.getElementById(app.elementId);
      if (element) element.innerHTML = '';
    },
  };
}
