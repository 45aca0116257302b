import { formatDateTime } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { graphql, useFragment, type FragmentType } from '../gql';

export const ASSIGNED_CASE_ROW = graphql(`
  fragment AssignedCaseRow on Case {
    id
    stage
    presentingComplaint
    submittedAt
    patient {
      id
      fullName
    }
  }
`);

/**
 * One assigned case: the patient, the complaint, where the case stands and the doctor's answer.
 * @param props.data - the case
 * @param props.status - the specialist's answer to the request to join its panel
 */
export function AssignedCaseRow(props: {
  data: FragmentType<typeof ASSIGNED_CASE_ROW>;
  status: string;
}): ReactElement {
  const found = useFragment(ASSIGNED_CASE_ROW, props.data);
  const { t, i18n } = useTranslation('doctor');
  return (
    <tr>
      <th scope="row">
        <Link to={`/cases/${found.id}`}>{found.patient.fullName}</Link>
      </th>
      <td>{found.presentingComplaint}</td>
      <td>
        <span className="stage">{t(`common:stage.${found.stage}`)}</span>
      </td>
      <td>{t(`common:memberStatus.${props.status}`)}</td>
      <td>
        {found.submittedAt ? formatDateTime(found.submittedAt, i18n.language) : t('notSubmitted')}
      </td>
    </tr>
  );
}
