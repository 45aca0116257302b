import { useMutation } from '@apollo/client/react';
import { mutationProblem } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../confirm-action-button';
import { useFragment, type FragmentType } from '../gql';
import type { SpecialistProfileFieldsFragment } from '../gql/graphql';
import {
  SET_SPECIALIST_ACTIVE,
  SPECIALIST_PROFILE_FIELDS,
  VERIFY_SPECIALIST,
} from './specialist-queries';

/**
 * One profile in the specialists table: name, specialty, city, registration, whether verified
 * and listed, and the actions: verify, list or delist, edit.
 * @param props.data - the profile
 * @param props.onEdit - opens the edit form for it
 * @param props.onDone - called with a sentence after an action (or why it failed)
 */
export function SpecialistRow(props: {
  data: FragmentType<typeof SPECIALIST_PROFILE_FIELDS>;
  onEdit: (profile: SpecialistProfileFieldsFragment) => void;
  onDone: (message: string) => void;
}): ReactElement {
  const profile = useFragment(SPECIALIST_PROFILE_FIELDS, props.data);
  const { t } = useTranslation('admin');
  const [verify, verifying] = useMutation(VERIFY_SPECIALIST);
  const [setActive, switching] = useMutation(SET_SPECIALIST_ACTIVE);
  const name = profile.fullName;
  const act = (work: Promise<unknown>, done: string): void => {
    work.then(
      () => props.onDone(done),
      (error: unknown) =>
        props.onDone(t('spec.actionFailed', { name, message: mutationProblem(error).message })),
    );
  };
  return (
    <tr>
      <th scope="row">
        {name}
        {profile.nameLocal && (
          <>
            <br />
            <span className="muted">{profile.nameLocal}</span>
          </>
        )}
      </th>
      <td>
        {profile.specialty}
        {profile.subSpecialty && ` · ${profile.subSpecialty}`}
      </td>
      <td>{profile.city}</td>
      <td>
        {profile.registration.council} {profile.registration.number} ({profile.registration.year})
      </td>
      <td>
        <span className={profile.verifiedAt ? 'badge ok' : 'badge warn'}>
          {profile.verifiedAt ? t('spec.verified') : t('spec.awaitingVerification')}
        </span>{' '}
        <span className={profile.listed ? 'badge ok' : 'badge'}>
          {profile.listed
            ? t('spec.listed')
            : profile.active
              ? t('spec.notListed')
              : t('spec.inactive')}
        </span>
      </td>
      <td>
        <span className="toolbar">
          {!profile.verifiedAt && (
            <button
              type="button"
              disabled={verifying.loading}
              onClick={() =>
                act(verify({ variables: { id: profile.id } }), t('spec.verifiedDone', { name }))
              }
            >
              {t('spec.verify')}
              <span className="visually-hidden"> {name}</span>
            </button>
          )}
          {profile.active ? (
            <ConfirmActionButton
              label={t('spec.delist')}
              objectName={name}
              question={t('spec.confirmDelist', { name })}
              onConfirmed={() =>
                act(
                  setActive({ variables: { id: profile.id, active: false } }),
                  t('spec.delistedDone', { name }),
                )
              }
            />
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={switching.loading}
              onClick={() =>
                act(
                  setActive({ variables: { id: profile.id, active: true } }),
                  t('spec.listedDone', { name }),
                )
              }
            >
              {t('spec.list')}
              <span className="visually-hidden"> {name}</span>
            </button>
          )}
          <button type="button" className="secondary" onClick={() => props.onEdit(profile)}>
            {t('spec.edit')}
            <span className="visually-hidden"> {name}</span>
          </button>
        </span>
      </td>
    </tr>
  );
}
