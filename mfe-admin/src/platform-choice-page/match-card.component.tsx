import type { ReactElement, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpecialistMatchFieldsFragment } from '../gql/graphql';

/**
 * One ranked specialist: who they are, their score and a table explaining it factor by factor
 * (specialty fit, availability, load, language, AIIMS training), with the actions given.
 * @param props.match - the specialist and their score
 * @param props.children - the card's actions
 */
export function MatchCard(props: {
  match: SpecialistMatchFieldsFragment;
  children: ReactNode;
}): ReactElement {
  const { t } = useTranslation('admin');
  const { specialist, score, factors } = props.match;
  const titleId = `match-${specialist.id}`;
  return (
    <article className="card" aria-labelledby={titleId}>
      <h3 id={titleId}>{specialist.fullName}</h3>
      <p>
        {specialist.specialty}
        {specialist.subSpecialty && ` · ${specialist.subSpecialty}`} · {specialist.city} ·{' '}
        {t('pc.years', { count: specialist.yearsOfExperience })} · {specialist.languages.join(', ')}
        {specialist.aiimsTrained && ` · ${t('pc.aiims')}`}
      </p>
      <table>
        <caption>{t('pc.scoreCaption', { name: specialist.fullName, score })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('pc.factor')}</th>
            <th scope="col">{t('pc.points')}</th>
            <th scope="col">{t('pc.why')}</th>
          </tr>
        </thead>
        <tbody>
          {factors.map((factor) => (
            <tr key={factor.factor}>
              <th scope="row">{t(`pc.factor.${factor.factor}`)}</th>
              <td>{t('pc.pointsOf', { points: factor.points, max: factor.maxPoints })}</td>
              <td>{factor.explanation}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('pc.total')}</th>
            <td>{t('pc.pointsOf', { points: score, max: 100 })}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <div className="toolbar">{props.children}</div>
    </article>
  );
}
