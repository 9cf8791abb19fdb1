import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { TimelineController } from './timeline.controller';
import { TimelineRepository } from './timeline.repository';
import { TimelineService } from './timeline.service';

/** A case's story in order, derived read-only from its dated records and audit events. */
@Module({
  imports: [CasesModule],
  controllers: [TimelineController],
  providers: [TimelineRepository, TimelineService],
})
export class TimelineModule {}
