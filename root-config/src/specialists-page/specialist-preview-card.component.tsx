import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecialistPreview } from './specialists-query';

/**
 * The initials of a name, for a specialist without a photo: "Sunanda Iyer" → "SI".
 * @param fullName - the name in Latin script
 * @returns one or two capital letters
 */
export function initialsOf(fullName: string): string {
  const words = fullName
    .replace(/^(dr\.?|prof\.?)\s+/i, '')
    .split(/\s+/)
    .filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return `${first}${last}`.toUpperCase();
}

/**
 * One verified specialist in the public preview: photo (or initials), name in Latin and local
 * script, specialty, qualifications, AIIMS training (if any), experience, languages, city, and the medical
 * council registration (the Telemedicine Practice Guidelines 2020 ask for it wherever a doctor is
 * shown). The directory's text is in English; in Hindi it is marked as such.
 */
export function SpecialistPreviewCard({ doctor }: { doctor: SpecialistPreview }): ReactElement {
  const { t, i18n } = useTranslation('public');
  const english = i18n.language === 'en' ? undefined : 'en';
  const headingId = `specialist-${doctor.id}-name`;
  return (
    <article className="card specialist-preview" aria-labelledby={headingId}>
      <div className="specialist-head">
        {doctor.photoUrl?.startsWith('https://') ? (
          <img
            className="specialist-photo"
            src={doctor.photoUrl}
            alt=""
            width={72}
            height={72}
            loading="lazy"
          />
        ) : (
          <span className="specialist-photo initials" aria-hidden="true">
            {initialsOf(doctor.fullName)}
          </span>
        )}
        <div>
          <h2 id={headingId}>
            <span lang={english}>{doctor.fullName}</span>
            {doctor.nameLocal && (
              <>
                {' '}
                <span className="muted">({doctor.nameLocal})</span>
              </>
            )}
          </h2>
          <p lang={english}>
            {doctor.subSpecialty
              ? `${doctor.specialty} · ${doctor.subSpecialty}`
              : doctor.specialty}
          </p>
        </div>
      </div>
      <dl className="facts">
        <dt>{t('doctors.qualifications')}</dt>
        <dd lang={english}>{doctor.qualifications}</dd>
        {doctor.aiimsTrained && (
          <>
            <dt>{t('doctors.aiims')}</dt>
            <dd>
              {doctor.aiimsCampus ? (
                <span lang={english}>{doctor.aiimsCampus}</span>
              ) : (
                t('doctors.aiimsYes')
              )}
            </dd>
          </>
        )}
        <dt>{t('doctors.experience')}</dt>
        <dd>{t('doctors.years', { count: doctor.yearsOfExperience })}</dd>
        <dt>{t('doctors.languages')}</dt>
        <dd>
          {doctor.languages
            .map((language) => t(`doctors.lang.${language}`, { defaultValue: language }))
            .join(', ')}
        </dd>
        <dt>{t('doctors.city')}</dt>
        <dd lang={english}>{doctor.city}</dd>
        <dt>{t('doctors.registration')}</dt>
        <dd>
          {t('doctors.registrationValue', {
            council: doctor.registration.council,
            number: doctor.registration.number,
            year: doctor.registration.year,
          })}
        </dd>
      </dl>
    </article>
  );
}
