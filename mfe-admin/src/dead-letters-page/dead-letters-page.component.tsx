import { useMutation, useQuery } from '@apollo/client/react';
import { formatDateTime, PartialDataNotice, QueryStatus, TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql, useFragment } from '../gql';

const DEAD_LETTERS = graphql(`
  query DeadLetters {
    patientIntakeDeadLetters {
      ...DeadLetterFields
    }
    specialistMatchingDeadLetters {
      ...DeadLetterFields
    }
    billingDeadLetters {
      ...DeadLetterFields
    }
    recordsDeadLetters {
      ...DeadLetterFields
    }
  }
`);

const DEAD_LETTER_FIELDS = graphql(`
  fragment DeadLetterFields on DeadLetter {
    id
    service
    kind
    type
    caseId
    attempts
    lastError
    deadAt
  }
`);

const RETRY = {
  'patient-intake': graphql(`
    mutation RetryPatientIntakeDeadLetter($id: ID!) {
      retryPatientIntakeDeadLetter(id: $id) {
        id
      }
    }
  `),
  'specialist-matching': graphql(`
    mutation RetrySpecialistMatchingDeadLetter($id: ID!) {
      retrySpecialistMatchingDeadLetter(id: $id) {
        id
      }
    }
  `),
  billing: graphql(`
    mutation RetryBillingDeadLetter($id: ID!) {
      retryBillingDeadLetter(id: $id) {
        id
      }
    }
  `),
  records: graphql(`
    mutation RetryRecordsDeadLetter($id: ID!) {
      retryRecordsDeadLetter(id: $id) {
        id
      }
    }
  `),
} as const;

type Service = keyof typeof RETRY;

function RetryButton(props: { service: Service; id: string; onDone: () => void }): ReactElement {
  const { t } = useTranslation('admin');
  const [retry, { loading }] = useMutation(RETRY[props.service]);
  return (
    <button
      type="button"
      disabled={loading}
      onClick={() => void retry({ variables: { id: props.id } }).then(props.onDone)}
    >
      {t('retryDelivery')}
    </button>
  );
}

/**
 * "Undelivered events": what each service gave up delivering or processing, with a button to try
 * it again.
 */
export function DeadLettersPage(): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const { data, loading, error, refetch } = useQuery(DEAD_LETTERS, { fetchPolicy: 'network-only' });
  if (!data) {
    return (
      <QueryStatus
        title={t('deadLetters')}
        failed={Boolean(error) || !loading}
        onRetry={() => void refetch()}
      />
    );
  }
  const letters = [
    ...useFragment(DEAD_LETTER_FIELDS, data.patientIntakeDeadLetters ?? []),
    ...useFragment(DEAD_LETTER_FIELDS, data.specialistMatchingDeadLetters ?? []),
    ...useFragment(DEAD_LETTER_FIELDS, data.billingDeadLetters ?? []),
    ...useFragment(DEAD_LETTER_FIELDS, data.recordsDeadLetters ?? []),
  ];
  return (
    <section aria-labelledby="dead-letters-title" className="page">
      <h1 id="dead-letters-title">{t('deadLetters')}</h1>
      <PartialDataNotice error={error} />
      <p className="muted">{t('deadLettersIntro')}</p>
      {letters.length === 0 ? (
        <p>{t('noDeadLetters')}</p>
      ) : (
        <TableRegion labelledBy="dead-letters-title">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('event')}</th>
                <th scope="col">{t('service')}</th>
                <th scope="col">{t('failure')}</th>
                <th scope="col">{t('attempts')}</th>
                <th scope="col">{t('lastError')}</th>
                <th scope="col">{t('gaveUp')}</th>
                <th scope="col">{t('action')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <tr key={letter.id}>
                  <th scope="row">{t(`common:event.${letter.type}`)}</th>
                  <td>{letter.service}</td>
                  <td>{t(letter.kind)}</td>
                  <td>{letter.attempts}</td>
                  <td>{letter.lastError}</td>
                  <td>{formatDateTime(letter.deadAt, i18n.language)}</td>
                  <td>
                    <RetryButton
                      service={letter.service as Service}
                      id={letter.id}
                      onDone={() => void refetch()}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}
