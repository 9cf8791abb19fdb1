import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { StatementLifecycleService } from './statement-lifecycle.service';
import { StatementsController } from './statements.controller';
import { StatementsRepository } from './statements.repository';
import { StatementsService } from './statements.service';

@Module({
  imports: [CasesModule],
  controllers: [StatementsController],
  providers: [StatementsRepository, StatementsService, StatementLifecycleService],
})
export class StatementsModule {}
