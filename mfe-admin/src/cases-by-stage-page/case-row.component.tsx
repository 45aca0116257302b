import { formatDateTime, formatMoney } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../gql';

export const CASE_ROW = graphql(`
  fragment CaseRow on Case {
    id
    stage
    submittedAt
    patient {
      id
      fullName
    }
    panel {
      id
      mode
      size
    }
    quote {
      id
      amount
      currency
    }
  }
`);

/** One case in the operations list: patient, stage, panel, fee and submission time. */
export function CaseRow(props: { data: FragmentType<typeof CASE_ROW> }): ReactElement {
  const found = useFragment(CASE_ROW, props.data);
  const { t, i18n } = useTranslation('admin');
  return (
    <tr>
      <th scope="row">
        <Link to={`/cases/${found.id}`}>{found.patient.fullName}</Link>
      </th>
      <td>
        <span className="stage">{t(`common:stage.${found.stage}`)}</span>
      </td>
      <td>
        {found.panel ? `${t(`common:mode.${found.panel.mode}`)} (${found.panel.size})` : t('none')}
      </td>
      <td>
        {found.quote
          ? formatMoney(found.quote.amount, found.quote.currency, i18n.language)
          : t('none')}
      </td>
      <td>{found.submittedAt ? formatDateTime(found.submittedAt, i18n.language) : t('none')}</td>
    </tr>
  );
}
