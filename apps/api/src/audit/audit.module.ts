import { Global, Module } from '@nestjs/common';
import { AuditCheckpointService } from './audit-checkpoint.service';
import { AuditEventsRepository } from './audit-events.repository';
import { AuditSealsRepository } from './audit-seals.repository';
import { AuditSequencer } from './audit-sequencer.service';
import { AuditExportService } from './audit-export.service';
import { AuditSigningKeyProvider } from './audit-signing-key';
import { AuditVerificationService } from './audit-verification.service';
import { AuditController } from './audit.controller';
import { AuditedExports } from './audited-exports';
import { AuditService } from './audit.service';

@Global()
@Module({
  controllers: [AuditController],
  providers: [
    AuditService,
    AuditEventsRepository,
    AuditSealsRepository,
    AuditSequencer,
    AuditExportService,
    AuditedExports,
    AuditVerificationService,
    AuditCheckpointService,
    AuditSigningKeyProvider,
  ],
  exports: [AuditService, AuditSequencer, AuditedExports],
})
export class AuditModule {}
