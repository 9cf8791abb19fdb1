import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ActionHistoryExportService } from './action-history-export.service';
import { ActionHistoryController } from './action-history.controller';
import { ActionHistoryRepository } from './action-history.repository';
import { ActionHistoryService } from './action-history.service';
import { ActionLifecycleService } from './action-lifecycle.service';
import { CaseActionsController } from './case-actions.controller';
import { EnforcementActionsRepository } from './enforcement-actions.repository';
import { EnforcementActionsService } from './enforcement-actions.service';

@Module({
  imports: [CasesModule],
  controllers: [CaseActionsController, ActionHistoryController],
  providers: [
    EnforcementActionsRepository,
    ActionHistoryRepository,
    EnforcementActionsService,
    ActionLifecycleService,
    ActionHistoryService,
    ActionHistoryExportService,
  ],
  exports: [ActionHistoryRepository],
})
export class EnforcementActionsModule {}
