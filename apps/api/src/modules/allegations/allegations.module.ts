import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PoliciesModule } from '../policies/policies.module';
import { SubjectsModule } from '../subjects/subjects.module';
import { AllegationsController } from './allegations.controller';
import { AllegationsRepository } from './allegations.repository';
import { AllegationsService } from './allegations.service';

@Module({
  imports: [CasesModule, PoliciesModule, SubjectsModule],
  controllers: [AllegationsController],
  providers: [AllegationsRepository, AllegationsService],
  exports: [AllegationsRepository],
})
export class AllegationsModule {}
