import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsRepository } from './metrics.repository';
import { MetricsService } from './metrics.service';
import { OutcomeSnapshotsRepository } from './outcome-snapshots.repository';

/** Read-only aggregates for the executive dashboard. */
@Module({
  controllers: [MetricsController],
  providers: [MetricsRepository, MetricsService, OutcomeSnapshotsRepository],
})
export class MetricsModule {}
