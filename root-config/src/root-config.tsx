import { i18n, restoreSession } from '@consilium/web-kit';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { registerApplication, start } from 'single-spa';
import { flushSync } from 'react-dom';
import { APPS, appAt, loadApp } from './app-loader';
import { Shell } from './shell/shell.component';
import './shell/shell-strings';
import './auth-form/auth-strings';

const shellElement = document.getElementById('shell');
if (!shellElement) throw new Error('index.html has no #shell element');

// The session comes back from the refresh cookie while the page and the apps load; requests
// wait for it, and the apps show "Loading…" until it has answered.
void restoreSession();

// The shell renders first (synchronously), so every app's element exists before single-spa
// mounts into it.
flushSync(() => {
  createRoot(shellElement).render(
    <I18nextProvider i18n={i18n}>
      <Shell />
    </I18nextProvider>,
  );
});

for (const app of APPS) {
  registerApplication({
    name: app.name,
    app: () => loadApp(app),
    activeWhen: (location) => appAt(location.pathname) === app,
    customProps: { domElementGetter: () => document.getElementById(app.elementId) },
  });
}

start({ urlRerouteOnly: true });
