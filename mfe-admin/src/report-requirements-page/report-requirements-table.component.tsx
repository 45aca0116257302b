import { TableRegion } from '@consilium/web-kit';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmActionButton } from '../confirm-action-button';
import { graphql, useFragment, type FragmentType } from '../gql';

export const REPORT_REQUIREMENT_ROW = graphql(`
  fragment ReportRequirementRow on ReportRequirement {
    id
    conditionCodes
    conditionKeywords
    reasons
    documentKind
    titleEn
    titleHi
    active
  }
`);

/**
 * The completeness table as staff read it: the report in both languages, its kind and the
 * reasons in words, the codes and keywords that make it apply, and changing or retiring a row.
 */
export function ReportRequirementsTable(props: {
  rows: readonly FragmentType<typeof REPORT_REQUIREMENT_ROW>[];
  labelledBy: string;
  showStatus: boolean;
  onEdit: (id: string) => void;
  onRetire: (id: string, title: string) => void;
}): ReactElement {
  const { t, i18n } = useTranslation('admin');
  const rows = useFragment(REPORT_REQUIREMENT_ROW, props.rows);
  const hindiFirst = i18n.language === 'hi';
  const none = t('none');
  if (rows.length === 0) return <p>{t('req.noRows')}</p>;
  return (
    <TableRegion labelledBy={props.labelledBy}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('req.report')}</th>
            <th scope="col">{t('req.documentKind')}</th>
            <th scope="col">{t('req.codes')}</th>
            <th scope="col">{t('req.keywords')}</th>
            <th scope="col">{t('req.reasons')}</th>
            {props.showStatus ? <th scope="col">{t('status')}</th> : null}
            <th scope="col">{t('action')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const title = hindiFirst ? row.titleHi : row.titleEn;
            return (
              <tr key={row.id}>
                <th scope="row">
                  <span lang={hindiFirst ? 'hi' : 'en'}>{title}</span>
                  <br />
                  <span lang={hindiFirst ? 'en' : 'hi'} className="muted">
                    {hindiFirst ? row.titleEn : row.titleHi}
                  </span>
                </th>
                <td>{t(`req.kind.${row.documentKind}`)}</td>
                <td>{row.conditionCodes.length > 0 ? row.conditionCodes.join(', ') : none}</td>
                <td>
                  {row.conditionKeywords.length > 0 ? row.conditionKeywords.join(', ') : none}
                </td>
                <td>
                  {row.reasons.length > 0
                    ? row.reasons.map((reason) => t(`req.reason.${reason}`)).join('; ')
                    : t('req.anyReason')}
                </td>
                {props.showStatus ? <td>{row.active ? t('active') : t('req.retired')}</td> : null}
                <td>
                  <p className="toolbar">
                    <button
                      type="button"
                      id={`requirement-edit-${row.id}`}
                      className="secondary"
                      onClick={() => props.onEdit(row.id)}
                    >
                      {t('req.edit')}
                      <span className="visually-hidden"> {title}</span>
                    </button>
                    {row.active ? (
                      <ConfirmActionButton
                        label={t('req.retire')}
                        objectName={title}
                        question={t('req.confirmRetire', { title })}
                        onConfirmed={() => props.onRetire(row.id, title)}
                      />
                    ) : null}
                  </p>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableRegion>
  );
}
