import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/app-config.token';
import { CasesModule } from '../cases/cases.module';
import { EvidenceAccess } from './evidence-access';
import { EvidenceContentService } from './evidence-content.service';
import { EvidenceCustodyRepository } from './evidence-custody.repository';
import { EvidenceCustodyService } from './evidence-custody.service';
import { EvidenceIntakeService } from './evidence-intake.service';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EvidenceService } from './evidence.service';
import { EVIDENCE_STORE } from './storage/evidence-store';
import { createEvidenceStore } from './storage/create-evidence-store';

@Module({
  imports: [CasesModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceRepository,
    EvidenceCustodyRepository,
    EvidenceAccess,
    EvidenceService,
    EvidenceIntakeService,
    EvidenceContentService,
    EvidenceCustodyService,
    { provide: EVIDENCE_STORE, inject: [APP_CONFIG], useFactory: (config: AppConfig) => createEvidenceStore(config) },
  ],
  exports: [EvidenceRepository],
})
export class EvidenceModule {}
