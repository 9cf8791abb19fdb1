import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import {
  EXPORT_BATCH_ROWS,
  exportFilename,
  givenFilter,
  sendExport,
  type ExportFormat,
} from '../../audit/export-stream';
import type { Actor } from '../../common/request-context';
import {
  ActionHistoryRepository,
  actionReaderFor,
  type ActionHistoryFilter,
  type ActionReader,
} from './action-history.repository';
import { actionsCsv, actionsNdjson } from './action-export-format';
import type { ExportActionsQueryDto } from './dto/enforcement-action.dto';
import { inTransaction } from '../../database/transaction';

/** The global action history as a streamed download; the export is itself an audit event. */
@Injectable()
export class ActionHistoryExportService {
  private readonly logger = new Logger(ActionHistoryExportService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly history: ActionHistoryRepository,
  ) {}

  /** Records who exported what in its own transaction, then streams the list's statement page by page. */
  async export(actor: Actor, query: ExportActionsQueryDto, response: Response): Promise<void> {
    const { format, ...filter } = query;
    const reader = actionReaderFor(actor.ability, actor.user.id);
    const recorded = await inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, actor.audit, {
        action: 'actions.exported',
        entityType: 'action_export',
        entityId: null,
        caseId: filter.caseId ?? null,
        metadata: { format, filter: givenFilter(filter) },
      }),
    );
    await sendExport(
      response,
      {
        filename: exportFilename('enforcement-actions', format),
        format,
        chunks: this.chunks(reader, filter, format),
        headers: { 'X-Audit-Export-Event-Id': recorded.id },
      },
      (error) => this.logger.error(`action history export ${recorded.id} failed mid-stream: ${String(error)}`),
    );
  }

  /**
   * Keyset pages (newest proposal first, like the list), one short query each: no cursor or
   * transaction stays open between them. Actions proposed meanwhile sort before the first
   * page and are not included; one changed meanwhile appears as it was when its page was read.
   */
  private async *chunks(reader: ActionReader, filter: ActionHistoryFilter, format: ExportFormat) {
    let cursor: string | undefined;
    for (let first = true; ; first = false) {
      const page = await this.history.exportPage(this.dataSource.manager, reader, filter, EXPORT_BATCH_ROWS, cursor);
      if (format === 'csv') yield actionsCsv(page.items, first);
      else if (page.items.length > 0) yield actionsNdjson(page.items);
      if (!page.nextCursor) return;
      cursor = page.nextCursor;
    }
  }
}
