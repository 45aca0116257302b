import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '@consilium/gateway';
import { startPlatformProcess } from '@consilium/subgraph-kit/testing';
import type { BenchSection, SectionResult, Spread, Table } from '../report/result.types';
import { measureBundles } from './bundle-sizes';
import { FIRST_SCREENS } from './first-screens';
import { launchLabBrowser, type PageLoadFigures } from './lab-figures';
import { checkSharedLibraries } from './shared-libraries';
import { spreadOf } from './spread';

/** The platform's gateway port for this section (its subgraphs take the five after it). */
const PLATFORM_PORT = 15300;

/** Lab targets on localhost (issue 11): LCP and TBT in ms, CLS unitless. */
const TARGETS = { lcp: 1000, cls: 0.05, tbt: 100 };

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
const ms = (spread: Spread): string =>
  `${Math.round(spread.median)} ms (${Math.round(spread.min)}–${Math.round(spread.max)})`;
const unitless = (spread: Spread): string =>
  `${spread.median.toFixed(3)} (${spread.min.toFixed(3)}–${spread.max.toFixed(3)})`;

/**
 * The frontend part of `pnpm bench`: each app's JavaScript (gzip, beyond the shared libraries),
 * proof from the built files that React and the other shared libraries exist once, and LCP, CLS
 * and TBT of the three first screens after sign-in in headless Chromium (production builds
 * served by the gateway, demo data, SQLite).
 */
export const frontendSection: BenchSection = {
  name: 'frontend',
  async run(options): Promise<SectionResult[]> {
    const apps = FIRST_SCREENS.map((screen) => screen.app);
    const bundles = await measureBundles(options.repoRoot);
    const shared = checkSharedLibraries(options.repoRoot, apps);

    const platform = await startPlatformProcess(PLATFORM_PORT, 120_000);
    const webVitals = path.join(path.dirname(require.resolve('web-vitals')), 'web-vitals.iife.js');
    const browser = await launchLabBrowser(webVitals);
    const loads = new Map<string, PageLoadFigures[]>(FIRST_SCREENS.map((s) => [s.app, []]));
    const loadAverageBefore = os.loadavg()[0]!;
    try {
      // One load each first, unmeasured: the gateway's query plans and the services' code warm up.
      for (const screen of FIRST_SCREENS)
        await browser.load(platform.origin, screen, DEMO_PASSWORD);
      for (let run = 0; run < options.runs; run += 1) {
        for (const screen of FIRST_SCREENS) {
          loads.get(screen.app)!.push(await browser.load(platform.origin, screen, DEMO_PASSWORD));
        }
      }
    } finally {
      await browser.close();
      await platform.stop();
    }

    const loadAverageAfter = os.loadavg()[0]!;
    const lab = FIRST_SCREENS.map((screen) => {
      const runs = loads.get(screen.app)!;
      const of = (key: keyof PageLoadFigures): Spread => spreadOf(runs.map((run) => run[key]));
      return {
        app: screen.app,
        path: screen.path,
        login: screen.login,
        fcp: of('fcp'),
        lcp: of('lcp'),
        cls: of('cls'),
        tbt: of('tbt'),
        longTasks: of('longTasks'),
        headingShown: of('headingShown'),
      };
    });

    const sizeTable: Table = {
      caption: 'JavaScript per web build (gzip level 9, file by file)',
      columns: ['build', 'files', 'raw', 'gzip', 'first screen loads (gzip)', 'budget'],
      rows: bundles.builds.map((build) => [
        build.shared ? 'root-config + shared modules (loaded once for all apps)' : build.folder,
        build.files,
        kB(build.raw),
        kB(build.gzip),
        build.shared ? '—' : kB(build.entryGzip),
        build.shared
          ? 'shared, not counted'
          : `${build.withinBudget ? 'within' : 'OVER'} ${kB(bundles.budgetGzip)}`,
      ]),
    };
    const sharedTable: Table = {
      caption: 'One shared copy of each library (from the built files)',
      columns: [
        'library',
        'import-map specifier',
        'files in root-config',
        'apps importing it',
        ...apps.map((app) => `copies in ${app}`),
      ],
      rows: shared.libraries.map((library) => [
        library.name,
        library.importMapUrl ? `\`${library.specifier}\`` : `\`${library.specifier}\` (NOT MAPPED)`,
        library.rootConfigFiles,
        library.importedBy.length > 0 ? library.importedBy.join(', ') : 'none directly',
        ...apps.map((app) => library.copiesInApps[app] ?? 0),
      ]),
    };
    const labTable: Table = {
      caption: `First screens after sign-in, ${browser.version}, median (min–max) of ${options.runs} cold loads`,
      columns: ['screen', 'who', 'FCP', 'LCP', 'CLS', 'TBT', 'long tasks'],
      rows: lab.map((screen) => [
        `${screen.app} \`${screen.path}\``,
        screen.login,
        ms(screen.fcp),
        ms(screen.lcp),
        unitless(screen.cls),
        ms(screen.tbt),
        `${screen.longTasks.median} (${screen.longTasks.min}–${screen.longTasks.max})`,
      ]),
    };

    const notes: string[] = [];
    for (const build of bundles.builds.filter((b) => !b.shared)) {
      notes.push(
        `${build.folder}: ${kB(build.gzip)} gzip beyond the shared libraries, ${build.withinBudget ? 'within' : 'OVER'} the ${kB(bundles.budgetGzip)} budget.`,
      );
    }
    notes.push(
      shared.oneSharedCopy
        ? `One shared React: ${shared.reactDomRenderers} React DOM renderer in all the builds, no app holds a copy of a shared library, and every bare import of the apps resolves in the root config's import map.`
        : `NOT one shared React: ${shared.reactDomRenderers} React DOM renderers; unresolved imports ${JSON.stringify(shared.unresolvedImports)}.`,
    );
    for (const screen of lab) {
      const missed = [
        screen.lcp.median > TARGETS.lcp ? `LCP over ${TARGETS.lcp} ms` : null,
        screen.cls.median > TARGETS.cls ? `CLS over ${TARGETS.cls}` : null,
        screen.tbt.median > TARGETS.tbt ? `TBT over ${TARGETS.tbt} ms` : null,
      ].filter(Boolean);
      notes.push(
        `${screen.app}: ${missed.length === 0 ? `meets LCP ≤ ${TARGETS.lcp} ms, CLS ≤ ${TARGETS.cls}, TBT ≤ ${TARGETS.tbt} ms` : missed.join(', ')} (medians).`,
      );
    }

    notes.push(
      `The machine's 1-minute load average was ${loadAverageBefore.toFixed(1)} before the page loads and ${loadAverageAfter.toFixed(1)} after (${os.cpus().length} cores): lab figures grow with whatever else runs.`,
    );

    return [
      {
        id: 'frontend',
        title: 'Frontend: bundles and first screens',
        intro:
          `Production builds (\`pnpm build\`). Sizes as \`scripts/report-bundle-sizes.mjs\` counts them; ` +
          `"first screen loads" is the app's entry with the chunks it imports statically (vite's manifest). ` +
          `Lab figures: the platform as \`pnpm start\` runs it on SQLite with its demo accounts, the builds ` +
          `served by the gateway; each load in a fresh browser context (cold cache) of headless ` +
          `${browser.version} (1280×900, no CPU or network throttling), signed in through ` +
          `\`POST /auth/sign-in\` first (later loads start from the refresh cookie the last one ended ` +
          `with), then a navigation to the app measured until its heading shows ` +
          `and the network is idle for 500 ms. LCP and CLS from the \`web-vitals\` library ` +
          `(every change reported, the last kept); TBT from the Long Tasks API: Σ (duration − 50 ms) ` +
          `of long tasks after FCP. One unmeasured load per screen first warms the server.`,
        tables: [sizeTable, sharedTable, labTable],
        notes,
        data: {
          chromium: browser.version,
          cpuThrottling: 'none',
          loadAverage: { before: loadAverageBefore, after: loadAverageAfter },
          budgetGzip: bundles.budgetGzip,
          targets: TARGETS,
          bundles: bundles.builds,
          sharedLibraries: shared,
          firstScreens: lab,
        },
      },
    ];
  },
};
