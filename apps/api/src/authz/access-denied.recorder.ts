import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AppRequest } from '../common/request-context';
import { inTransaction } from '../database/transaction';

/** Writes every refusal (403) of a signed-in caller to the audit trail, in its own transaction. */
@Injectable()
export class AccessDeniedRecorder {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(request: AppRequest, detail: string | undefined): Promise<void> {
    const actor = request.actor;
    if (!actor) return;
    try {
      await inTransaction(this.dataSource, (manager) =>
        this.audit.record(manager, actor.audit, {
          action: 'access.denied',
          entityType: 'route',
          entityId: null,
          metadata: {
            method: request.method,
            path: request.originalUrl.split('?')[0].slice(0, 500),
            ability: detail ?? 'forbidden',
            subject: request.route ? String((request.route as { path?: string }).path ?? '') : '',
          },
        }),
      );
    } catch (error) {
      // The refusal still stands; losing its record must not turn a 403 into a 500.
      request.log?.error({ err: error }, 'could not record access denial');
    }
  }
}
