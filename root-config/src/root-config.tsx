import { i18n } from '@consilium/web-kit';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { registerApplication, start } from 'single-spa';
import { flushSync } from 'react-dom';
import { APPS, loadApp } from './app-loader';
import { Shell } from './shell/shell.component';
import './shell/shell-strings';

const shellElement = document.getElementById('shell');
if (!shellElement) throw new Error('index.html has no #shell element');

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
    activeWhen: (location) =>
      location.pathname === app.route || location.pathname.startsWith(`${app.route}/`),
    customProps: { domElementGetter: () => document.getElementById(app.elementId) },
  });
}

start({ urlRerouteOnly: true });
