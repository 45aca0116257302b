import { DEMO_ACCOUNTS } from '@consilium/gateway';

/** One app's first screen after sign-in, as a demo person sees it. */
export interface FirstScreen {
  /** the app's build folder, e.g. `mfe-patient` */
  app: string;
  /** who signs in (a demo login of `pnpm start`) */
  login: string;
  /** the address the sign-in page leads this person to */
  path: string;
  /** the level-1 heading the screen shows once it is up */
  heading: string;
}

function demoLogin(displayName: string): string {
  const account = DEMO_ACCOUNTS.find((person) => person.displayName === displayName);
  if (!account) throw new Error(`no demo account named ${displayName}`);
  return account.email;
}

/** The three first screens measured: the patient's, the specialist's and operations'. */
export const FIRST_SCREENS: FirstScreen[] = [
  {
    app: 'mfe-patient',
    login: demoLogin('Kavita Deshpande'),
    path: '/patient',
    heading: 'My cases',
  },
  {
    app: 'mfe-doctor',
    login: demoLogin('Dr Sunanda Iyer'),
    path: '/doctor',
    heading: 'My assigned cases',
  },
  {
    app: 'mfe-admin',
    login: demoLogin('Operations desk'),
    path: '/admin',
    heading: 'Cases by stage',
  },
];
