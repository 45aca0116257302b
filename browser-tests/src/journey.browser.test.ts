import type { Page } from 'playwright-core';
import { apiSignIn } from './support/fixture-case-api';
import { DEMO_ACCOUNTS, fillSignInForm } from './support/accounts';
import { fixtureCase, type FixtureCase } from './support/intake';
import { withFreshPages, withPlatformAndChromium } from './support/platform';
import { bookVideoCall, openConsultation, proposeVideoCall } from './support/journey/appointment';
import { assignGp, writeCaseSummary } from './support/journey/case-summary';
import { acceptInvitation } from './support/journey/confirmation';
import { signConsent } from './support/journey/consent';
import { logContact, openAssignedCase } from './support/journey/contact';
import { askForErasure, confirmErasure, readErasureConfirmation } from './support/journey/erasure';
import { answerWithReport, askForReport } from './support/journey/info-request';
import { reviewAndSubmit, writeHistory } from './support/journey/intake';
import {
  agreeWithConsensus,
  boardChair,
  draftConsensus,
  readOpinions,
  signConsensus,
  signOwnOpinion,
  type OpinionText,
} from './support/journey/opinions';
import { chooseDoctors, confirmSuggestedPanel, type FixturePanel } from './support/journey/panel';
import { payFee } from './support/journey/payment';
import { exportRecord, openSharedLink, shareCaseByLink } from './support/journey/record';
import { registerForSomeone, registerSelf } from './support/journey/register';
import { deliverReport, downloadReport } from './support/journey/report';
import { journeyScreenshots } from './support/journey/screenshots';
import { onboardFixtureSpecialists, type JourneyDoctor } from './support/journey/specialists';
import { uploadReports, type FixtureDocument } from './support/journey/uploads';

// Issue 10, the journey: each fixture case (../shared/fixtures/cases) through every step of the
// product, each step in the app its user uses — the patient (or their proxy) in /patient, the
// specialists and the GP in /doctor, operations staff in /admin. Only the sign-up code is read
// from the Mailbox (the user's inbox) and the payment provider's webhook follows the sandbox
// checkout; the fixture specialists are onboarded through the API first, as set-up. A viewport
// screenshot of each step goes to docs/journey/<case>/<nn>-<step>.png.

const PORT = 14950;

/** A fixture case as the journey reads it. */
interface JourneyCase extends FixtureCase {
  requestedPanel: {
    mode: 'SINGLE' | 'MULTIPLE' | 'BOARD' | 'PLATFORM_CHOOSES';
    specialistIds?: string[];
    preferredSize?: 'SINGLE' | 'MULTIPLE' | 'BOARD';
    specialties?: string[];
    preferredLanguages?: string[];
  };
  documents: FixtureDocument[];
  expected: { priceInPaise: number; panelSize: number; likelySuggestion?: string[] };
}

/** The fixture specialists who sign in during the journeys. */
const DOCTORS = [
  'rohan-khanna',
  'anuradha-mishra',
  'farhan-qureshi',
  'meera-pillai',
  'reshma-thomas',
  'ashish-kumar-pandey',
  'shalini-gupta',
  'prakash-reddy-gudipati',
  'harpreet-singh-gill',
  'rahul-sinha',
];

/** An amount in paise as the apps show it, e.g. `₹2,500.00`. */
function rupees(paise: number): string {
  return `₹${(paise / 100).toLocaleString('en-IN', { minimumFractionDigits: 2 })}`;
}

/** What a specialist writes, from the fixture's questions. */
function opinionOf(fixture: FixtureCase, author: string): OpinionText {
  return {
    recommendedTreatment: `${author} agrees with the advice given: ${fixture.treatmentAdvised}`,
    alternative: {
      option: 'Watchful waiting with a review in six weeks',
      pros: 'No procedure now.',
      cons: 'Symptoms may persist meanwhile.',
    },
    answers: fixture.questions.map((_, index) => `${author}, answer ${index + 1}.`),
  };
}

describe('Each fixture case through the whole journey, in the apps its people use', () => {
  const platform = withPlatformAndChromium(PORT);
  const newPage = withFreshPages(platform);
  let doctors: Map<string, JourneyDoctor>;

  beforeAll(async () => {
    const ops = await apiSignIn(platform.origin, DEMO_ACCOUNTS.operations.login);
    doctors = await onboardFixtureSpecialists(platform.origin, ops, DOCTORS);
  }, 120_000);

  /** A page signed in with a login (the demo password). */
  async function signedIn(login: string): Promise<Page> {
    const page = await newPage();
    await page.goto(`${platform.origin}/sign-in`);
    await fillSignInForm(page, login);
    await page.waitForURL((url) => url.pathname !== '/sign-in');
    return page;
  }

  /**
   * One case's journey.
   * @param letter - the case's letter (screenshots folder)
   * @param file - the fixture file
   * @param options - whether this case is also erased at the end
   */
  async function journey(letter: string, file: string, options: { erase: boolean }) {
    const fixture = fixtureCase(file) as JourneyCase;
    const shot = journeyScreenshots(letter);
    const patientName = fixture.patient.fullName;
    const fee = rupees(fixture.expected.priceInPaise);

    // 1. Register: the patient, or the proxy for them.
    const patient = await newPage();
    if (fixture.proxy) await registerForSomeone(patient, platform, fixture);
    else await registerSelf(patient, platform, fixture, fixture.patient.email!);
    await shot(patient, 'register');

    // 2. Intake: the history, the reports, the review, the e-consent.
    const caseUrl = await writeHistory(patient, fixture);
    const answerDocument = fixture.documents.at(-1)!;
    const intakeDocuments =
      fixture.documents.length > 1 ? fixture.documents.slice(0, -1) : fixture.documents;
    await uploadReports(patient, intakeDocuments);
    await shot(patient, 'reports');
    await reviewAndSubmit(patient, fixture, () => shot(patient, 'review'));
    const signer = fixture.proxy?.fullName ?? patientName;
    const relationship = fixture.proxy
      ? fixture.proxy.relationship.charAt(0) + fixture.proxy.relationship.slice(1).toLowerCase()
      : 'Self';
    await signConsent(patient, signer, relationship, () => shot(patient, 'consent'));
    expect(patient.url()).toBe(caseUrl);

    // 3. The panel: as the fixture asks; the platform's choice confirmed by operations staff.
    const asked = fixture.requestedPanel;
    const panel: FixturePanel =
      asked.mode === 'PLATFORM_CHOOSES'
        ? {
            mode: 'PLATFORM_CHOOSES',
            preferredSize: asked.preferredSize!,
            specialties: asked.specialties!,
            preferredLanguages: asked.preferredLanguages!,
          }
        : {
            mode: asked.mode,
            doctors: asked.specialistIds!.map((id) => doctors.get(id)!.fullName),
          };
    await chooseDoctors(patient, panel, fee, () => shot(patient, 'doctors'));
    const desk = await signedIn(DEMO_ACCOUNTS.operations.login);
    let team: JourneyDoctor[];
    if (asked.specialistIds) {
      team = asked.specialistIds.map((id) => doctors.get(id)!);
    } else {
      const names = await confirmSuggestedPanel(desk, patientName, () =>
        shot(desk, 'platform-choice'),
      );
      team = names.map((name) => [...doctors.values()].find((d) => d.fullName === name)!);
      expect(team.map((doctor) => doctor.fixtureId).sort()).toEqual(
        [...fixture.expected.likelySuggestion!].sort(),
      );
    }

    // Each specialist confirms in the doctor app.
    const pages = new Map<string, Page>();
    for (const [index, doctor] of team.entries()) {
      const page = await signedIn(doctor.login);
      pages.set(doctor.fixtureId, page);
      await acceptInvitation(
        page,
        patientName,
        index === 0 ? () => shot(page, 'confirmation') : undefined,
      );
    }

    // 4. Payment in the sandbox's checkout; its webhook starts the consultation.
    await patient.goto(caseUrl);
    await payFee(patient, fee, (step) => shot(patient, step));

    // 5. Contact within 48 hours, an appointment, a request for a report answered with one.
    const [lead] = team;
    for (const doctor of team) {
      const page = pages.get(doctor.fixtureId)!;
      await openAssignedCase(page, patientName);
      await logContact(page, doctor.fullName, 'Introduced myself and went through the reports.');
    }
    const leadPage = pages.get(lead!.fixtureId)!;
    await shot(leadPage, 'contact');
    await proposeVideoCall(leadPage, lead!);
    await askForReport(leadPage, 'Please upload the original report once more, complete.');
    await patient.goto(caseUrl);
    await openConsultation(patient);
    await bookVideoCall(patient, lead!.fullName);
    await shot(patient, 'appointment');
    await answerWithReport(patient, lead!.fullName, 'Here it is, every page.', answerDocument, () =>
      shot(patient, 'info-request'),
    );

    // 6. The GP's case summary: operations give it to the GP, who writes and submits it.
    await assignGp(desk, patientName, DEMO_ACCOUNTS.gp.displayName);
    const gp = await signedIn(DEMO_ACCOUNTS.gp.login);
    await writeCaseSummary(
      gp,
      patientName,
      {
        history: `${fixture.presentingComplaint}. Advised: ${fixture.treatmentAdvised}.`,
        keyFindings: fixture.conditions.map((condition) => condition.name),
        questions: fixture.questions.slice(0, 2),
      },
      () => shot(gp, 'case-summary'),
    );

    // 7. Opinions: each specialist signs theirs; a board agrees a consensus the chair signs.
    for (const [index, doctor] of team.entries()) {
      const page = pages.get(doctor.fixtureId)!;
      await openAssignedCase(page, patientName);
      await signOwnOpinion(
        page,
        doctor.fullName,
        fixture.questions,
        opinionOf(fixture, doctor.fullName),
        index === 0 ? () => shot(page, 'opinion') : undefined,
      );
    }
    if (team.length >= 3) {
      await openAssignedCase(leadPage, patientName);
      await draftConsensus(leadPage, fixture.questions, opinionOf(fixture, 'The board'));
      for (const doctor of team) {
        const page = pages.get(doctor.fixtureId)!;
        await page.reload();
        await agreeWithConsensus(page, fixture.questions);
      }
      const chairName = await boardChair(leadPage);
      const chair = team.find((doctor) => chairName.includes(doctor.fullName))!;
      const chairPage = pages.get(chair.fixtureId)!;
      await chairPage.reload();
      await signConsensus(chairPage, chair.fullName);
      await shot(chairPage, 'consensus');
    }

    // 8. The report: operations forward it; the patient downloads it and reads the opinions,
    // exports the record, shares it with a doctor.
    const caseId = new URL(caseUrl).pathname.split('/').at(-1)!;
    await deliverReport(desk, caseId, () => shot(desk, 'report-delivered'));
    await patient.goto(caseUrl);
    await patient.locator('#case-stage', { hasText: 'Report delivered' }).waitFor();
    expect(await downloadReport(patient)).toBe('%PDF-');
    await shot(patient, 'report');
    await readOpinions(patient, patientName);
    await shot(patient, 'opinions');
    const resources = await exportRecord(patient, patientName);
    expect(resources.some((resource) => resource.resourceType === 'DocumentReference')).toBe(true);
    await shot(patient, 'export');
    const shared = await shareCaseByLink(patient, 'dr.second.look@example.org');
    const outsider = await newPage();
    await openSharedLink(outsider, shared, intakeDocuments[0]!.file.split('/').at(-1)!);
    await shot(outsider, 'shared-link');

    // Erasure: asked for by the patient, confirmed by operations (the case is over), and the
    // itemised confirmation read.
    if (options.erase) {
      await askForErasure(patient, 'I have my answer and want nothing kept.');
      await shot(patient, 'erasure-request');
      await confirmErasure(desk, patientName);
      await readErasureConfirmation(patient);
      await shot(patient, 'erasure-confirmation');
    }
  }

  it('takes case b (one spine surgeon) from sign-up to its report and the erasure of the record', async () => {
    await journey('b', 'case-b-lumbar-disc-single.json', { erase: true });
  }, 300_000);

  it('takes case a (a board of three for breast cancer) to the board’s signed consensus', async () => {
    await journey('a', 'case-a-breast-cancer-board.json', { erase: false });
  }, 300_000);

  it('takes case e (a board the platform chooses, confirmed by operations) to the consensus', async () => {
    await journey('e', 'case-e-cad-cabg-vs-pci-platform-board.json', { erase: false });
  }, 300_000);

  it('takes case c (a child, registered and consented for by her mother) to the shared link', async () => {
    await journey('c', 'case-c-paediatric-epilepsy-guardian.json', { erase: false });
  }, 300_000);

  it('takes case d (a father, for whom his son acts, with two specialists) to the shared link', async () => {
    await journey('d', 'case-d-ckd-dialysis-proxy-insurer.json', { erase: false });
  }, 300_000);
});
