import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../gql';
import { SpecialistPhoto } from './specialist-photo.component';
import './directory-strings';

/** What every card of a doctor shows, the medical council registration among it. */
export const SPECIALIST_CARD = graphql(`
  fragment SpecialistCard on Specialist {
    id
    fullName
    nameLocal
    photoUrl
    specialty
    subSpecialty
    qualifications
    aiimsTrained
    aiimsCampus
    yearsOfExperience
    languages
    city
    hospitals
    registration {
      council
      number
      year
    }
  }
`);

/**
 * A doctor as the patient meets them: photo (or initials), name in Latin and local script,
 * specialty · sub-specialty, qualifications, AIIMS campus, experience, languages, city,
 * hospitals, and the medical council registration (which the Telemedicine Practice Guidelines
 * 2020 require wherever a doctor is shown). `children` go at its foot (e.g. "Add to the panel").
 */
export function SpecialistCardView(props: {
  data: FragmentType<typeof SPECIALIST_CARD>;
  headingLevel: 2 | 3 | 4 | 5;
  /** links the name to the doctor's profile page */
  linkToProfile?: boolean;
  children?: ReactNode;
}): ReactElement {
  const doctor = useFragment(SPECIALIST_CARD, props.data);
  const { t } = useTranslation('patient');
  const Heading = `h${props.headingLevel}` as const;
  const headingId = `specialist-${doctor.id}-name`;
  const name = props.linkToProfile ? (
    <Link to={`/specialists/${doctor.id}`}>{doctor.fullName}</Link>
  ) : (
    doctor.fullName
  );
  return (
    <article className="card specialist-card" aria-labelledby={headingId}>
      <div style={{ display: 'flex', gap: '1rem', alignItems: 'flex-start' }}>
        <SpecialistPhoto fullName={doctor.fullName} photoUrl={doctor.photoUrl ?? null} />
        <div>
          <Heading id={headingId}>
            {name}
            {doctor.nameLocal && (
              <>
                {' '}
                <span className="muted">({doctor.nameLocal})</span>
              </>
            )}
          </Heading>
          <p>
            {doctor.subSpecialty
              ? `${doctor.specialty} · ${doctor.subSpecialty}`
              : doctor.specialty}
          </p>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('doctors.qualifications')}</dt>
        <dd>{doctor.qualifications}</dd>
        {doctor.aiimsTrained && (
          <>
            <dt>{t('doctors.aiims')}</dt>
            <dd>{doctor.aiimsCampus ?? t('doctors.aiimsYes')}</dd>
          </>
        )}
        <dt>{t('doctors.experience')}</dt>
        <dd>{t('doctors.years', { count: doctor.yearsOfExperience })}</dd>
        <dt>{t('doctors.languages')}</dt>
        <dd>
          {doctor.languages
            .map((language) => t(`lang.${language}`, { defaultValue: language }))
            .join(', ')}
        </dd>
        <dt>{t('doctors.city')}</dt>
        <dd>{doctor.city}</dd>
        <dt>{t('doctors.hospitals')}</dt>
        <dd>
          {doctor.hospitals.length > 0 ? doctor.hospitals.join('; ') : t('doctors.noHospitals')}
        </dd>
        <dt>{t('doctors.registration')}</dt>
        <dd className="registration">
          {t('doctors.registrationValue', {
            council: doctor.registration.council,
            number: doctor.registration.number,
            year: doctor.registration.year,
          })}
        </dd>
      </dl>
      {props.children}
    </article>
  );
}
