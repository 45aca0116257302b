import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientOpinion } from './opinions-queries';

/**
 * One signed opinion as the patient reads it: the diagnosis (confirmed, or revised with its
 * ICD-10 code), the recommended treatment, the alternatives with their pros and cons, the answer
 * to each of their questions, the further tests advised and notes, and who signed it when.
 */
export function OpinionDetails(props: {
  opinion: PatientOpinion;
  /** id of the heading the article is named by */
  titleId: string;
  title: string;
  /** the level of the opinion's heading; its parts get the next one */
  headingLevel: 2 | 3;
}): ReactElement {
  const { t, i18n } = useTranslation('patient');
  const { opinion } = props;
  const Heading = `h${props.headingLevel}` as const;
  const Part = `h${props.headingLevel + 1}` as 'h3' | 'h4';
  return (
    <article className="card" aria-labelledby={props.titleId}>
      <Heading id={props.titleId}>{props.title}</Heading>
      {opinion.submittedAt && (
        <p className="muted">
          {t('opinions.signed', {
            name: opinion.signerName ?? '',
            date: formatDateTime(opinion.submittedAt, i18n.language),
          })}
        </p>
      )}
      <Part>{t('opinions.diagnosis')}</Part>
      <p>
        {opinion.diagnosisAssessment === 'REVISED'
          ? t('opinions.revised', {
              diagnosis: opinion.revisedDiagnosis ?? '',
              code: opinion.revisedDiagnosisCode ? ` (ICD-10 ${opinion.revisedDiagnosisCode})` : '',
            })
          : t('opinions.confirmed')}
      </p>
      <Part>{t('opinions.treatment')}</Part>
      <p>{opinion.recommendedTreatment}</p>
      <Part>{t('opinions.alternatives')}</Part>
      {opinion.alternatives.map((alternative, index) => (
        <dl key={index} className="facts">
          <dt>{t('opinions.option')}</dt>
          <dd>
            <strong>{alternative.option}</strong>
          </dd>
          <dt>{t('opinions.pros')}</dt>
          <dd>{alternative.pros}</dd>
          <dt>{t('opinions.cons')}</dt>
          <dd>{alternative.cons}</dd>
        </dl>
      ))}
      <Part>{t('opinions.answers')}</Part>
      {opinion.answers.length === 0 ? (
        <p className="muted">{t('opinions.noQuestions')}</p>
      ) : (
        <dl>
          {opinion.answers.map((answer) => (
            <div key={answer.questionIndex}>
              <dt>
                <strong>
                  {t('opinions.yourQuestion', {
                    number: answer.questionIndex + 1,
                    question: answer.question,
                  })}
                </strong>
              </dt>
              <dd>{answer.answer}</dd>
            </div>
          ))}
        </dl>
      )}
      <Part>{t('opinions.furtherTests')}</Part>
      {opinion.furtherTests.length === 0 ? (
        <p>{t('opinions.noTests')}</p>
      ) : (
        <ul>
          {opinion.furtherTests.map((test, index) => (
            <li key={index}>{test}</li>
          ))}
        </ul>
      )}
      {opinion.notes && (
        <>
          <Part>{t('opinions.notes')}</Part>
          <p>{opinion.notes}</p>
        </>
      )}
    </article>
  );
}
