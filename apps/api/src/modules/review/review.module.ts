import { Module } from '@nestjs/common';
import { AllegationsModule } from '../allegations/allegations.module';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';
import { FindingsService } from './findings.service';
import { ReviewController } from './review.controller';
import { ReviewRepository } from './review.repository';
import { TasksService } from './tasks.service';

@Module({
  imports: [CasesModule, AllegationsModule, PoliciesModule],
  controllers: [ReviewController],
  providers: [ReviewRepository, TasksService, FindingsService],
})
export class ReviewModule {}
