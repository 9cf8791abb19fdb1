import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { BusyProblem } from '../common/app-errors';
import type { Actor } from '../common/request-context';
import { AuditEventsRepository, type AuditEventFilter } from './audit-events.repository';
import { AUDIT_CSV_HEADER, auditNdjson } from './audit-export-format';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditedExports } from './audited-exports';
import type { ExportAuditEventsQueryDto } from './dto/audit-export.dto';
import { EXPORT_BATCH_ROWS, exportFilename, type ExportFormat } from './export-stream';

/** The audit trail as a streamed download; the export is itself an audit event. */
@Injectable()
export class AuditExportService {
  constructor(
    private readonly exports: AuditedExports,
    private readonly events: AuditEventsRepository,
    private readonly sequencer: AuditSequencer,
  ) {}

  /**
   * Records the export in its own transaction first, so nobody receives a line that the trail
   * does not show, seals it into the chain, then streams every matching event up to and including
   * that record: an unfiltered export is the whole chain from seq 1, ending with its own
   * `audit.exported`.
   */
  async exportEvents(actor: Actor, query: ExportAuditEventsQueryDto, response: Response): Promise<void> {
    const recorded = await this.exports.record(actor, { action: 'audit.exported', entityType: 'audit_export' }, query);
    const { format, ...filter } = query;
    await this.sequencer.sealCommitted();
    const uptoSeq = await this.events.seqOf(recorded.id);
    if (uptoSeq === null) {
      throw new BusyProblem('The audit trail is still sealing earlier changes; try the export again.', 1);
    }
    await this.exports.send(response, recorded, {
      name: 'audit export',
      filename: exportFilename('audit-events', format),
      format,
      chunks: this.chunks(filter, uptoSeq, format),
      headers: { 'X-Audit-Export-Up-To-Seq': String(uptoSeq) },
    });
  }

  private chunks(filter: AuditEventFilter, uptoSeq: number, format: ExportFormat): AsyncGenerator<string | Buffer> {
    return format === 'csv' ? this.csvChunks(filter, uptoSeq) : this.ndjsonChunks(filter, uptoSeq);
  }

  private async *ndjsonChunks(filter: AuditEventFilter, uptoSeq: number): AsyncGenerator<string> {
    for await (const rows of this.events.walk(filter, uptoSeq, EXPORT_BATCH_ROWS)) yield auditNdjson(rows);
  }

  /** The header rides on the first rows, so that the first query runs before any byte is sent. */
  private async *csvChunks(filter: AuditEventFilter, uptoSeq: number): AsyncGenerator<string | Buffer> {
    let header = true;
    for await (const chunk of this.events.copyCsv(filter, uptoSeq)) {
      yield header ? Buffer.concat([Buffer.from(AUDIT_CSV_HEADER), chunk]) : chunk;
      header = false;
    }
    if (header) yield AUDIT_CSV_HEADER;
  }
}
