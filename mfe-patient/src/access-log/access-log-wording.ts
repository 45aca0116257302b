import type { Translate } from '../form-parts/field-problems';
import type { AccessRow } from './access-log-merge';
import type { RecordAccessItemNode } from './access-log-queries';
import './access-log-strings';

/** Names a case for people (e.g. "Lower back pain, started 20 Nov 2026"), or null if unknown. */
export type CaseName = (caseId: string) => string | null;

/**
 * Who reached the record, as the patient's side reads it: "You"; "Dr Sunanda Iyer, specialist";
 * "Rahul Deshpande, acting for you (spouse)"; for a share link, whom the patient gave it to; and
 * for an account with no tie to the patient, no name at all.
 * @param row - the line
 * @param t - the `patient` namespace's translate function
 * @returns the text
 */
export function whoText(row: AccessRow, t: Translate): string {
  if (row.channel === 'SHARE_LINK' && row.shareLink) {
    return t('accessLog.who.shareLink', { email: row.shareLink.recipientEmail });
  }
  const accessor = row.accessor;
  if (!accessor) return t('accessLog.who.unknown');
  if (accessor.isYou) return t('accessLog.who.you');
  if (accessor.role === 'UNRELATED' || !accessor.displayName) return t('accessLog.who.unrelated');
  const role =
    accessor.role === 'PROXY'
      ? accessor.proxyRelationship
        ? t('accessLog.role.PROXY', {
            relationship: t(`accessLog.relationship.${accessor.proxyRelationship}`),
          })
        : t('accessLog.role.PROXY_PLAIN')
      : t(`accessLog.role.${accessor.role}`);
  return t('accessLog.who.named', { name: accessor.displayName, role });
}

/**
 * How the record was reached: signed in, or through a share link (for one case or the whole
 * record).
 */
export function howText(row: AccessRow, t: Translate): string {
  if (row.channel === 'SHARE_LINK') {
    return t(
      row.shareLink?.caseId ? 'accessLog.how.SHARE_LINK.CASE' : 'accessLog.how.SHARE_LINK.RECORD',
    );
  }
  return t('accessLog.how.SIGNED_IN');
}

/** The part of the record an item is, as a phrase ("the history of …", "the report “…”"). */
function objectText(item: RecordAccessItemNode, t: Translate, caseName: CaseName): string {
  const label = item.caseId ? caseName(item.caseId) : null;
  const theCase = label ? t('accessLog.namedCase', { label }) : t('accessLog.someCase');
  switch (item.objectType) {
    case 'Patient':
      return t(
        item.fields.includes('cases')
          ? 'accessLog.object.PatientCases'
          : 'accessLog.object.Patient',
      );
    case 'Case':
      return t('accessLog.object.Case', { case: theCase });
    case 'CaseFile':
      return t('accessLog.object.CaseFile', { case: theCase });
    case 'Document':
      if (!item.title) {
        return item.operation === 'CREATE'
          ? t('accessLog.object.CaseReport', { case: theCase })
          : t('accessLog.object.DocumentUntitled');
      }
      if (item.fields.includes('content')) {
        return t('accessLog.object.DocumentFile', { title: item.title });
      }
      if (item.fields.includes('preview') || item.fields.includes('thumbnail')) {
        return t('accessLog.object.DocumentPicture', { title: item.title });
      }
      return t('accessLog.object.Document', { title: item.title });
    case 'Consent':
      return t('accessLog.object.Consent', { case: theCase });
    case 'HealthRecord':
    case 'ShareLink':
    case 'AccessLog':
      return t(`accessLog.object.${item.objectType}`);
    default:
      return t('accessLog.object.other');
  }
}

/** What was done to an item: a share link opens or downloads; a consent is signed. */
function actionOf(item: RecordAccessItemNode, row: AccessRow): string {
  if (row.channel === 'SHARE_LINK') {
    return item.objectType === 'Document' && item.fields.includes('content') ? 'DOWNLOAD' : 'OPEN';
  }
  if (item.objectType === 'Consent' && item.operation === 'CREATE') return 'SIGN';
  return item.operation;
}

/**
 * The lines saying what one access did, in the order it did them: "Viewed the file of the report
 * “MRI.pdf”", "Opened the list of reports of …", "Tried to open … — refused: wrong code".
 * The same line twice (one request reading the same part in two ways) is said once.
 * @param row - the line
 * @param t - the `patient` namespace's translate function
 * @param caseName - names a case
 * @returns the lines
 */
export function itemTexts(row: AccessRow, t: Translate, caseName: CaseName): string[] {
  const texts = row.items.map((item) => {
    const what = objectText(item, t, caseName);
    const action = actionOf(item, row);
    if (item.outcome !== 'DENIED') return t(`accessLog.action.${action}`, { what });
    const tried = t(
      `accessLog.tried.${action === 'SIGN' ? 'CREATE' : action === 'DOWNLOAD' ? 'OPEN' : action}`,
      {
        what,
      },
    );
    return t('accessLog.itemRefused', {
      what: tried,
      why: t(`accessLog.refusal.${item.refusal ?? 'NOT_PERMITTED'}`),
    });
  });
  return [...new Set(texts)];
}
