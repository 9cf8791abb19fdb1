import type { StatementDto } from './dto/statement.dto';
import type { StatementEntity } from './entities/statement.entity';
import { iso } from '../../common/iso-date';
import { bookkeeping, withoutTimestamps } from '../../common/row-bookkeeping';

export function toStatementDto(entity: StatementEntity): StatementDto {
  return {
    id: entity.id,
    caseId: entity.caseId,
    direction: entity.direction,
    audience: entity.audience,
    channel: entity.channel,
    authorId: entity.authorId,
    source: entity.source,
    body: entity.body,
    status: entity.status,
    statedAt: iso(entity.statedAt),
    editorIds: entity.editorIds,
    submittedAt: iso(entity.submittedAt),
    approvedBy: entity.approvedBy,
    approvedAt: iso(entity.approvedAt),
    publishedBy: entity.publishedBy,
    publishedAt: iso(entity.publishedAt),
    supersedesId: entity.supersedesId,
    supersededById: entity.supersededById,
    ...bookkeeping(entity),
  };
}

/** What the audit trail keeps of a statement: its fields, without bookkeeping timestamps. */
export function auditedStatement(entity: StatementEntity): Record<string, unknown> {
  return withoutTimestamps(toStatementDto(entity));
}

function pick(statement: StatementEntity, keys: (keyof StatementEntity)[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = statement[key];
      return [key, value instanceof Date ? value.toISOString() : value];
    }),
  );
}

/**
 * A step of a statement as the audit trail keeps it: the fields it changed before and after,
 * with who wrote it and for whom (what four eyes decided on), and the version.
 */
export function statementStepPayloads(
  found: StatementEntity,
  updated: StatementEntity,
  keys: (keyof StatementEntity)[],
) {
  return {
    before: { ...pick(found, keys), authorId: found.authorId, audience: found.audience, version: found.version },
    after: { ...pick(updated, keys), version: updated.version },
  };
}
