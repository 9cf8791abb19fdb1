import { Module } from '@nestjs/common';
import { UsersModule } from '../users/users.module';
import { CaseAccess } from './case-access';
import { CaseRecords } from './case-records';
import { CaseMembersService } from './case-members.service';
import { CaseTransitionsService } from './case-transitions.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CasesService } from './cases.service';

@Module({
  imports: [UsersModule],
  controllers: [CasesController],
  providers: [CasesRepository, CaseAccess, CaseRecords, CasesService, CaseTransitionsService, CaseMembersService],
  exports: [CasesRepository, CaseAccess, CaseRecords],
})
export class CasesModule {}
