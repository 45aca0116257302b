import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { DoctorDissentMatrix, DoctorOpinion } from './opinion-queries';

/**
 * Where a board agrees and where it does not: per row (the recommended treatment, each patient
 * question) the consensus text, the agreement (unanimous, majority, split, or still waiting for
 * votes) and who agrees only partly or disagrees, with their reasons.
 */
export function DissentMatrixTable(props: {
  matrix: DoctorDissentMatrix;
  /** names the table for assistive technology */
  titleId: string;
}): ReactElement {
  const { t } = useTranslation('doctor');
  return (
    <div className="table-region" role="region" aria-labelledby={props.titleId} tabIndex={0}>
      <table>
        <caption className="visually-hidden">{t('opinion.matrix.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('opinion.matrix.row')}</th>
            <th scope="col">{t('opinion.matrix.statement')}</th>
            <th scope="col">{t('opinion.matrix.agreement')}</th>
            <th scope="col">{t('opinion.matrix.dissents')}</th>
          </tr>
        </thead>
        <tbody>
          {props.matrix.rows.map((row) => {
            const votes = row.votes.filter((vote) => vote.level !== 'AGREE');
            return (
              <tr key={row.questionIndex ?? 'treatment'}>
                <th scope="row">
                  {row.topic === 'RECOMMENDED_TREATMENT'
                    ? t('opinion.treatment')
                    : t('opinion.questionNumbered', {
                        number: (row.questionIndex ?? 0) + 1,
                        question: row.question ?? '',
                      })}
                </th>
                <td>
                  {row.statement ?? <span className="muted">{t('opinion.matrix.noText')}</span>}
                </td>
                <td>
                  {row.agreement ? (
                    <span className={row.agreement === 'UNANIMOUS' ? 'badge ok' : 'badge warn'}>
                      {t(`opinion.agreement.${row.agreement}`)}
                    </span>
                  ) : (
                    t('opinion.matrix.waiting', { count: row.pendingMembers.length })
                  )}
                </td>
                <td>
                  {votes.length === 0 ? (
                    <span className="muted">{t('opinion.matrix.none')}</span>
                  ) : (
                    <ul>
                      {votes.map((vote) => (
                        <li key={vote.id}>
                          {t(`opinion.vote.says.${vote.level}`, { name: vote.specialist.fullName })}
                          {vote.reason ? `: ${vote.reason}` : ''}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A signed opinion, read only: who signed it and when, the diagnosis assessment, the recommended
 * treatment, the alternatives with pros and cons, the answer to each question, further tests and
 * notes; for a board's consensus, its dissent matrix.
 */
export function OpinionView(props: {
  opinion: DoctorOpinion;
  /** the heading, e.g. “Dr Vikram Sethi’s opinion” */
  title: string;
  headingLevel: 3 | 4;
}): ReactElement {
  const { t, i18n } = useTranslation('doctor');
  const { opinion } = props;
  const Heading = `h${props.headingLevel}` as const;
  const Sub = `h${props.headingLevel + 1}` as 'h4' | 'h5';
  const titleId = `opinion-${opinion.id}-title`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <Heading id={titleId}>{props.title}</Heading>
      {opinion.submittedAt && (
        <p className="muted">
          {t('opinion.signedLine', {
            name: opinion.signerName ?? '',
            date: formatDateTime(opinion.submittedAt, i18n.language),
          })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('opinion.diagnosis')}</dt>
        <dd>
          {opinion.diagnosisAssessment === 'REVISED'
            ? t('opinion.revisedTo', {
                diagnosis: opinion.revisedDiagnosis ?? '',
                code: opinion.revisedDiagnosisCode
                  ? ` (ICD-10 ${opinion.revisedDiagnosisCode})`
                  : '',
              })
            : t('opinion.confirmed')}
        </dd>
        <dt>{t('opinion.treatment')}</dt>
        <dd>{opinion.recommendedTreatment}</dd>
        <dt>{t('opinion.furtherTests')}</dt>
        <dd>
          {opinion.furtherTests.length ? opinion.furtherTests.join('; ') : t('opinion.noTests')}
        </dd>
        {opinion.notes && (
          <>
            <dt>{t('opinion.notes')}</dt>
            <dd>{opinion.notes}</dd>
          </>
        )}
      </dl>
      <Sub>{t('opinion.alternatives')}</Sub>
      {opinion.alternatives.map((alternative, index) => (
        <dl key={index} className="facts">
          <dt>{t('opinion.option')}</dt>
          <dd>
            <strong>{alternative.option}</strong>
          </dd>
          <dt>{t('opinion.pros')}</dt>
          <dd>{alternative.pros}</dd>
          <dt>{t('opinion.cons')}</dt>
          <dd>{alternative.cons}</dd>
        </dl>
      ))}
      <Sub>{t('opinion.answers')}</Sub>
      <dl>
        {opinion.answers.map((answer) => (
          <div key={answer.questionIndex}>
            <dt>{answer.question}</dt>
            <dd>{answer.answer}</dd>
          </div>
        ))}
      </dl>
      {opinion.dissentMatrix && (
        <>
          <Sub id={`${titleId}-matrix`}>{t('opinion.matrix.title')}</Sub>
          <DissentMatrixTable matrix={opinion.dissentMatrix} titleId={`${titleId}-matrix`} />
        </>
      )}
    </article>
  );
}
