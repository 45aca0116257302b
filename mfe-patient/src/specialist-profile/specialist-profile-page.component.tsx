import { useQuery } from '@apollo/client/react';
import { QueryStatus } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { SpecialistCardView } from '../specialist-directory/specialist-card.component';
import { WeeklyAvailability } from './weekly-availability.component';

const SPECIALIST_PROFILE = graphql(`
  query SpecialistProfile($id: ID!) {
    specialist(id: $id) {
      id
      fullName
      bio
      timeZone
      weeklyAvailability {
        weekday
        start
        end
      }
      ...SpecialistCard
    }
  }
`);

/**
 * `/specialists/:specialistId`: one doctor's profile: everything the directory shows (with the
 * medical council registration), their own words about their work, and their weekly consulting
 * hours in the viewer's zone.
 */
export function SpecialistProfilePage(): ReactElement {
  const { t } = useTranslation('patient');
  const { specialistId = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(SPECIALIST_PROFILE, {
    variables: { id: specialistId },
  });
  if (!data) {
    return (
      <QueryStatus
        title={t('doctors.profileTitle')}
        failed={Boolean(error) || !loading}
        error={error}
        onRetry={() => void refetch()}
      />
    );
  }
  const doctor = data.specialist;
  return (
    <section aria-labelledby="profile-title" className="page">
      <p>
        <Link to="/specialists">{t('doctors.back')}</Link>
      </p>
      <h1 id="profile-title">{doctor.fullName}</h1>
      <SpecialistCardView data={doctor} headingLevel={2} />
      <section aria-labelledby="bio-title">
        <h2 id="bio-title">{t('doctors.about')}</h2>
        <p>{doctor.bio ?? t('doctors.noBio')}</p>
      </section>
      <section aria-labelledby="availability-title">
        <h2 id="availability-title">{t('doctors.availability')}</h2>
        <WeeklyAvailability slots={doctor.weeklyAvailability} timeZone={doctor.timeZone} />
      </section>
    </section>
  );
}
