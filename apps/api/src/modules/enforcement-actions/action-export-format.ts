import { csvCell, csvRecord } from '../../audit/csv';
import type { ActionExportRow } from './action-history.repository';
import { toActionDto } from './action-view';
import { iso } from '../../common/iso-date';

/** Approved or rejected: who decided is one column, what they decided another. */
function decisionOf(row: ActionExportRow): string | null {
  if (!row.decidedAt) return null;
  return row.status === 'rejected' ? 'rejected' : 'approved';
}

/** The columns of the action history's CSV, each with how a row fills it. */
const COLUMNS: [string, (row: ActionExportRow) => string | number | null][] = [
  ['caseReference', (row) => row.caseReference],
  ['actionId', (row) => row.id],
  ['subject', (row) => row.subjectName],
  ['subjectType', (row) => row.subjectType],
  ['subjectId', (row) => row.subjectId],
  ['type', (row) => row.type],
  ['services', (row) => row.services.join(';')],
  ['scope', (row) => row.scope],
  ['status', (row) => row.status],
  ['rationale', (row) => row.rationale],
  ['effectiveFrom', (row) => iso(row.effectiveFrom)],
  ['effectiveUntil', (row) => iso(row.effectiveUntil)],
  ['proposedBy', (row) => row.proposedByEmail],
  ['proposedById', (row) => row.proposedBy],
  ['proposedAt', (row) => iso(row.proposedAt)],
  ['decision', decisionOf],
  ['decidedBy', (row) => row.decidedByEmail],
  ['decidedById', (row) => row.decidedBy],
  ['decidedAt', (row) => iso(row.decidedAt)],
  ['decisionReason', (row) => row.decisionReason],
  ['executedBy', (row) => row.executedByEmail],
  ['executedById', (row) => row.executedBy],
  ['executedAt', (row) => iso(row.executedAt)],
  ['executionReference', (row) => row.executionReference],
  ['executionReason', (row) => row.executionReason],
  ['reversedBy', (row) => row.reversedByEmail],
  ['reversedById', (row) => row.reversedBy],
  ['reversedAt', (row) => iso(row.reversedAt)],
  ['reversalReason', (row) => row.reversalReason],
  ['findingIds', (row) => row.findingIds.join(';')],
  ['policyClauseIds', (row) => row.policyClauseIds.join(';')],
  ['caseId', (row) => row.caseId],
];

export const ACTION_CSV_COLUMNS = COLUMNS.map(([name]) => name);

/** CSV records of the action history; lists joined with `;`, people by e-mail with their id beside. */
export function actionsCsv(rows: ActionExportRow[], header: boolean): string {
  let text = header ? csvRecord(ACTION_CSV_COLUMNS) : '';
  for (const row of rows) text += csvRecord(COLUMNS.map(([, cell]) => csvCell(cell(row))));
  return text;
}

/** One JSON object per line: the item GET /actions answers, plus each person's e-mail. */
export function actionsNdjson(rows: ActionExportRow[]): string {
  let text = '';
  for (const row of rows) {
    const line = {
      ...toActionDto(row),
      proposedByEmail: row.proposedByEmail,
      decidedByEmail: row.decidedByEmail,
      executedByEmail: row.executedByEmail,
      reversedByEmail: row.reversedByEmail,
    };
    text += `${JSON.stringify(line)}\n`;
  }
  return text;
}
