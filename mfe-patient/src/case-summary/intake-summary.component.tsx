import { localeOf } from '@consilium/web-kit';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment, type FragmentType } from '../gql';
import { stateName } from '../registration-page/registration-options';

export const INTAKE_SUMMARY = graphql(`
  fragment IntakeSummary on Case {
    id
    presentingComplaint
    symptoms {
      description
      onsetDate
      severity
    }
    conditions {
      text
      code {
        system
        code
      }
      onsetDate
      clinicalStatus
    }
    medications {
      medication
      dose
      frequency
      route
      effectiveStart
    }
    allergies {
      substance
      reaction
      severity
    }
    noKnownAllergies
    procedures {
      name
      performedDate
      location
    }
    investigations {
      name
      date
      result
    }
    otherHistory
    treatingPractitioner {
      fullName
      specialty
      hospital
      city
    }
    treatmentAdvised
    reasonForSecondOpinion
    reasonDetail
    questions
    patientLocation {
      city
      state
    }
  }
`);

/**
 * A calendar date (YYYY-MM-DD) for people, e.g. `20 Sept 2026`.
 * @param date - ISO 8601 date
 * @param language - UI language
 * @returns the formatted date
 */
export function formatDay(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Parts joined with " · ", empty ones left out. */
function joined(...parts: (string | null | undefined | false)[]): string {
  return parts.filter((part): part is string => Boolean(part)).join(' · ');
}

/** One section: a heading and its content, or "Not given". */
function Part(props: {
  title: string;
  level: 2 | 3;
  empty: boolean;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation('patient');
  const Heading = props.level === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading>{props.title}</Heading>
      {props.empty ? <p className="muted">{t('intake.notGiven')}</p> : props.children}
    </>
  );
}

/**
 * A case history as stored: complaint and symptoms, conditions, medications, allergies,
 * procedures, investigations, other history, the treating doctor and their advice, the reason
 * for a second opinion, the questions and where the patient is.
 */
export function IntakeSummary(props: {
  data: FragmentType<typeof INTAKE_SUMMARY>;
  /** level of the section headings */
  headingLevel?: 2 | 3;
}): ReactElement {
  const found = useFragment(INTAKE_SUMMARY, props.data);
  const { t, i18n } = useTranslation('patient');
  const level = props.headingLevel ?? 3;
  const day = (date?: string | null): string | null =>
    date ? formatDay(date, i18n.language) : null;
  const since = (date?: string | null): string | null =>
    date ? t('intake.since', { date: formatDay(date, i18n.language) }) : null;
  return (
    <div className="intake-summary">
      <Part
        title={t('intake.presentingComplaint')}
        level={level}
        empty={!found.presentingComplaint}
      >
        <p>{found.presentingComplaint}</p>
      </Part>
      <Part title={t('intake.symptoms')} level={level} empty={found.symptoms.length === 0}>
        <ul>
          {found.symptoms.map((item) => (
            <li key={`${item.description}-${item.onsetDate}`}>
              {joined(
                item.description,
                since(item.onsetDate),
                item.severity ? t('intake.severityOf', { severity: item.severity }) : null,
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('intake.conditions')} level={level} empty={found.conditions.length === 0}>
        <ul>
          {found.conditions.map((item) => (
            <li key={`${item.text}-${item.onsetDate}`}>
              {joined(
                item.text,
                item.code && `${item.code.system} ${item.code.code}`,
                since(item.onsetDate),
                item.clinicalStatus && t(`clinicalStatus.${item.clinicalStatus}`),
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('intake.medications')} level={level} empty={found.medications.length === 0}>
        <ul>
          {found.medications.map((item) => (
            <li key={`${item.medication}-${item.effectiveStart}`}>
              {joined(
                item.medication,
                item.dose,
                item.frequency,
                item.route,
                since(item.effectiveStart),
              )}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title={t('intake.allergies')}
        level={level}
        empty={found.allergies.length === 0 && !found.noKnownAllergies}
      >
        {found.noKnownAllergies ? (
          <p>{t('intake.noKnownAllergies')}</p>
        ) : (
          <ul>
            {found.allergies.map((item) => (
              <li key={item.substance}>
                {joined(
                  item.substance,
                  item.reaction,
                  item.severity && t(`allergySeverity.${item.severity}`),
                )}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title={t('intake.procedures')} level={level} empty={found.procedures.length === 0}>
        <ul>
          {found.procedures.map((item) => (
            <li key={`${item.name}-${item.performedDate}`}>
              {joined(item.name, day(item.performedDate), item.location)}
            </li>
          ))}
        </ul>
      </Part>
      <Part
        title={t('intake.investigations')}
        level={level}
        empty={found.investigations.length === 0}
      >
        <ul>
          {found.investigations.map((item) => (
            <li key={`${item.name}-${item.date}`}>
              {joined(item.name, day(item.date), item.result)}
            </li>
          ))}
        </ul>
      </Part>
      <Part title={t('intake.otherHistory')} level={level} empty={!found.otherHistory}>
        <p>{found.otherHistory}</p>
      </Part>
      <Part
        title={t('intake.treatingDoctor')}
        level={level}
        empty={!found.treatingPractitioner && !found.treatmentAdvised}
      >
        {found.treatingPractitioner && (
          <p>
            {joined(
              found.treatingPractitioner.fullName,
              found.treatingPractitioner.specialty,
              found.treatingPractitioner.hospital,
              found.treatingPractitioner.city,
            )}
          </p>
        )}
        {found.treatmentAdvised && (
          <p>
            {t('intake.treatmentAdvised')}: {found.treatmentAdvised}
          </p>
        )}
      </Part>
      <Part title={t('intake.reason')} level={level} empty={!found.reasonForSecondOpinion}>
        <p>{found.reasonForSecondOpinion && t(`reason.${found.reasonForSecondOpinion}`)}</p>
        {found.reasonDetail && <p>{found.reasonDetail}</p>}
      </Part>
      <Part title={t('intake.questions')} level={level} empty={found.questions.length === 0}>
        <ol>
          {found.questions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ol>
      </Part>
      <Part title={t('intake.whereNow')} level={level} empty={!found.patientLocation}>
        <p>
          {found.patientLocation &&
            joined(
              found.patientLocation.city,
              stateName(found.patientLocation.state, i18n.language),
            )}
        </p>
      </Part>
    </div>
  );
}
