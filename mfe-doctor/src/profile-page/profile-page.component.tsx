import { useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { AvailabilityForm } from './availability-form.component';
import { MY_PROFILE } from './profile-queries';
import './profile-strings';

/**
 * "My profile": the specialist's listing as patients and operations staff see it (specialty,
 * qualifications, AIIMS training, languages, hospitals, registration, whether it is verified and
 * listed), and their weekly availability, which they may change.
 * @param props.specialistId - the viewer's specialist profile
 */
export function ProfilePage({ specialistId }: { specialistId: string }): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const { data, loading, error, refetch } = useQuery(MY_PROFILE, {
    variables: { id: specialistId },
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('profile.title')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const profile = data.specialist;
  return (
    <section aria-labelledby="profile-title" className="page">
      <h1 id="profile-title">{t('profile.title')}</h1>
      <PartialDataNotice error={error} />
      <p>
        <span className={profile.listed ? 'badge ok' : 'badge warn'}>
          {profile.listed
            ? t('profile.listed')
            : profile.verifiedAt
              ? t('profile.delisted')
              : t('profile.unverified')}
        </span>{' '}
        {profile.verifiedAt &&
          t('profile.verifiedOn', { at: formatDateTime(profile.verifiedAt, i18n.language) })}
      </p>
      <section aria-labelledby="listing-title">
        <h2 id="listing-title">{t('profile.listing')}</h2>
        {profile.photoUrl && (
          <img
            src={profile.photoUrl}
            alt={t('profile.photoOf', { name: profile.fullName })}
            width={96}
          />
        )}
        <dl className="facts">
          <dt>{t('profile.name')}</dt>
          <dd>
            {profile.fullName}
            {profile.nameLocal && ` · ${profile.nameLocal}`}
          </dd>
          <dt>{t('profile.specialty')}</dt>
          <dd>
            {profile.specialty}
            {profile.subSpecialty && ` · ${profile.subSpecialty}`}
          </dd>
          <dt>{t('profile.qualifications')}</dt>
          <dd>{profile.qualifications}</dd>
          <dt>{t('profile.aiims')}</dt>
          <dd>
            {profile.aiimsTrained
              ? [profile.aiimsCampus, profile.aiimsDepartment].filter(Boolean).join(', ')
              : t('profile.no')}
          </dd>
          <dt>{t('profile.experience')}</dt>
          <dd>{t('profile.years', { count: profile.yearsOfExperience })}</dd>
          <dt>{t('profile.languages')}</dt>
          <dd>{profile.languages.join(', ')}</dd>
          <dt>{t('profile.city')}</dt>
          <dd>{profile.city}</dd>
          <dt>{t('profile.hospitals')}</dt>
          <dd>{profile.hospitals.join('; ') || t('profile.none')}</dd>
          <dt>{t('profile.registration')}</dt>
          <dd>
            {profile.registration.council} {profile.registration.number} (
            {profile.registration.year})
          </dd>
          <dt>{t('profile.maxCases')}</dt>
          <dd>{profile.maxActiveCases}</dd>
          <dt>{t('profile.timeZone')}</dt>
          <dd>{profile.timeZone}</dd>
          {profile.bio && (
            <>
              <dt>{t('profile.bio')}</dt>
              <dd>{profile.bio}</dd>
            </>
          )}
        </dl>
        <p className="hint">{t('profile.askOperations')}</p>
      </section>
      <AvailabilityForm profile={profile} />
    </section>
  );
}
