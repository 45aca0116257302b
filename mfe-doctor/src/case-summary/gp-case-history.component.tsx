import { useQuery } from '@apollo/client/react';
import { localeOf, PartialDataNotice } from '@consilium/web-kit';
import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { GP_CASE_HISTORY } from './case-summary-queries';

/** A calendar date (YYYY-MM-DD) for people, e.g. `20 Oct 2026`. */
function day(date: string, language: string): string {
  return new Intl.DateTimeFormat(localeOf(language), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

/** Parts joined with " · ", empty ones left out. */
function joined(...parts: (string | null | undefined | false)[]): string {
  return parts.filter(Boolean).join(' · ');
}

/**
 * The case history as the patient (or their proxy) gave it, which the GP summarises: complaint,
 * reason, symptoms, conditions, medicines, allergies, procedures, investigations, other history,
 * the treating doctor and their advice, and the patient's own questions.
 * @param props.caseId - the case
 */
export function GpCaseHistory({ caseId }: { caseId: string }): ReactElement | null {
  const { t, i18n } = useTranslation('doctor');
  const { data, error } = useQuery(GP_CASE_HISTORY, { variables: { caseId } });
  if (!data) return error ? <PartialDataNotice error={error} /> : null;
  const found = data.case;
  const lang = i18n.language;
  const list = (items: string[]): ReactNode =>
    items.length === 0 ? (
      <span className="muted">{t('gp.h.none')}</span>
    ) : (
      <ul>
        {items.map((item, index) => (
          <li key={index}>{item}</li>
        ))}
      </ul>
    );
  const doctor = found.treatingPractitioner;
  return (
    <section aria-labelledby="gp-history-title">
      <h3 id="gp-history-title">{t('gp.patientHistory')}</h3>
      <dl className="facts">
        <dt>{t('gp.h.complaint')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{found.presentingComplaint ?? t('gp.h.none')}</dd>
        <dt>{t('gp.h.reason')}</dt>
        <dd>{found.reasonDetail ?? t('gp.h.none')}</dd>
        <dt>{t('gp.h.symptoms')}</dt>
        <dd>
          {list(
            found.symptoms.map((symptom) =>
              joined(
                symptom.description,
                symptom.onsetDate && t('gp.h.since', { date: day(symptom.onsetDate, lang) }),
                symptom.severity != null && t('gp.h.severity', { severity: symptom.severity }),
              ),
            ),
          )}
        </dd>
        <dt>{t('gp.h.conditions')}</dt>
        <dd>
          {list(
            found.conditions.map((condition) =>
              joined(condition.text, condition.code?.code, condition.clinicalStatus?.toLowerCase()),
            ),
          )}
        </dd>
        <dt>{t('gp.h.medications')}</dt>
        <dd>
          {list(
            found.medications.map((medication) =>
              joined(medication.medication, medication.dose, medication.frequency),
            ),
          )}
        </dd>
        <dt>{t('gp.h.allergies')}</dt>
        <dd>
          {found.noKnownAllergies
            ? t('gp.h.noKnownAllergies')
            : list(
                found.allergies.map((allergy) =>
                  joined(allergy.substance, allergy.reaction, allergy.severity?.toLowerCase()),
                ),
              )}
        </dd>
        <dt>{t('gp.h.procedures')}</dt>
        <dd>
          {list(
            found.procedures.map((procedure) =>
              joined(
                procedure.name,
                procedure.performedDate && day(procedure.performedDate, lang),
                procedure.location,
              ),
            ),
          )}
        </dd>
        <dt>{t('gp.h.investigations')}</dt>
        <dd>
          {list(
            found.investigations.map((investigation) =>
              joined(
                investigation.name,
                investigation.date && day(investigation.date, lang),
                investigation.result,
              ),
            ),
          )}
        </dd>
        <dt>{t('gp.h.otherHistory')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{found.otherHistory ?? t('gp.h.none')}</dd>
        <dt>{t('gp.h.treatingDoctor')}</dt>
        <dd>
          {doctor ? joined(doctor.fullName, doctor.specialty, doctor.hospital) : t('gp.h.none')}
        </dd>
        <dt>{t('gp.h.treatmentAdvised')}</dt>
        <dd style={{ whiteSpace: 'pre-line' }}>{found.treatmentAdvised ?? t('gp.h.none')}</dd>
        <dt>{t('gp.h.patientQuestions')}</dt>
        <dd>{list(found.questions)}</dd>
      </dl>
    </section>
  );
}
