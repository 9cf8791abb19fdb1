import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../common/request-context';
import { inTransaction } from '../database/transaction';
import { AuditService, type RecordedAuditEvent } from './audit.service';
import { givenFilter, sendExport, type ExportDownload, type ExportFormat } from './export-stream';

/** The export's own audit event: who exported what is on the trail before the first byte leaves. */
export type ExportKind =
  | { action: 'audit.exported'; entityType: 'audit_export' }
  | { action: 'actions.exported'; entityType: 'action_export' };

/** A download whose audit event is already on the trail; `name` says which export in the log. */
export interface AuditedDownload extends ExportDownload {
  name: string;
}

/** Downloads that are themselves audit events: recorded first, then streamed. */
@Injectable()
export class AuditedExports {
  private readonly logger = new Logger(AuditedExports.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** In its own transaction, committed before any byte is sent, so nobody receives a line that the trail does not show. */
  record(
    actor: Actor,
    kind: ExportKind,
    query: { format: ExportFormat; caseId?: string },
  ): Promise<RecordedAuditEvent> {
    const { format, ...filter } = query;
    return inTransaction(this.dataSource, (manager) =>
      this.audit.record(manager, actor.audit, {
        ...kind,
        entityId: null,
        caseId: filter.caseId ?? null,
        metadata: { format, filter: givenFilter(filter) },
      }),
    );
  }

  /** Streams the download, naming its audit event in a header, and in the log should the stream break. */
  send(response: Response, recorded: RecordedAuditEvent, download: AuditedDownload): Promise<void> {
    const { name, ...rest } = download;
    return sendExport(
      response,
      { ...rest, headers: { 'X-Audit-Export-Event-Id': recorded.id, ...rest.headers } },
      (error) => this.logger.error(`${name} ${recorded.id} failed mid-stream: ${String(error)}`),
    );
  }
}
