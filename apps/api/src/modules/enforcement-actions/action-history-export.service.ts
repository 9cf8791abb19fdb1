import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { AuditedExports } from '../../audit/audited-exports';
import { EXPORT_BATCH_ROWS, exportFilename, type ExportFormat } from '../../audit/export-stream';
import type { Actor } from '../../common/request-context';
import {
  ActionHistoryRepository,
  actionReaderFor,
  type ActionHistoryFilter,
  type ActionReader,
} from './action-history.repository';
import { actionsCsv, actionsNdjson } from './action-export-format';
import type { ExportActionsQueryDto } from './dto/enforcement-action.dto';

/** The global action history as a streamed download; the export is itself an audit event. */
@Injectable()
export class ActionHistoryExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly exports: AuditedExports,
    private readonly history: ActionHistoryRepository,
  ) {}

  /** Records who exported what in its own transaction, then streams the list's statement page by page. */
  async export(actor: Actor, query: ExportActionsQueryDto, response: Response): Promise<void> {
    const reader = actionReaderFor(actor.ability, actor.user.id);
    const recorded = await this.exports.record(
      actor,
      { action: 'actions.exported', entityType: 'action_export' },
      query,
    );
    const { format, ...filter } = query;
    await this.exports.send(response, recorded, {
      name: 'action history export',
      filename: exportFilename('enforcement-actions', format),
      format,
      chunks: this.chunks(reader, filter, format),
    });
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
