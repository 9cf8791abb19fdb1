import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from './audit/audit.module';
import { AuthGuard } from './auth/auth.guard';
import { AuthModule } from './auth/auth.module';
import { AccessDeniedRecorder } from './authz/access-denied.recorder';
import { Clock } from './common/clock';
import { PoliciesGuard } from './authz/policies.guard';
import { ProblemDetailsFilter } from './common/problem-details.filter';
import { SafeTextPipe } from './common/safe-text.pipe';
import { createValidationPipe } from './common/validation';
import type { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/app-config.token';
import { DrainState } from './lifecycle/drain-state';
import { dataSourceOptions, type DatabaseSettings } from './database/data-source-options';
import { AllegationsModule } from './modules/allegations/allegations.module';
import { CasesModule } from './modules/cases/cases.module';
import { EnforcementActionsModule } from './modules/enforcement-actions/enforcement-actions.module';
import { EvidenceModule } from './modules/evidence/evidence.module';
import { HealthModule } from './modules/health/health.module';
import { MetricsModule } from './modules/metrics/metrics.module';
import { PoliciesModule } from './modules/policies/policies.module';
import { ReviewModule } from './modules/review/review.module';
import { StatementsModule } from './modules/statements/statements.module';
import { SettingsModule } from './modules/settings/settings.module';
import { SubjectsModule } from './modules/subjects/subjects.module';
import { TimelineModule } from './modules/timeline/timeline.module';
import { UsersModule } from './modules/users/users.module';

@Module({})
export class AppModule {
  /** The whole application for one database; the same for `npm start` and the tests. */
  static forRoot(config: AppConfig, database: DatabaseSettings): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions(database)),
        AuditModule,
        AuthModule,
        UsersModule,
        CasesModule,
        PoliciesModule,
        SubjectsModule,
        AllegationsModule,
        EvidenceModule,
        ReviewModule,
        EnforcementActionsModule,
        StatementsModule,
        TimelineModule,
        MetricsModule,
        SettingsModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        AccessDeniedRecorder,
        Clock,
        DrainState,
        // Order matters: authentication first, then the access decision.
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_GUARD, useClass: PoliciesGuard },
        { provide: APP_PIPE, useClass: SafeTextPipe },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
      ],
      exports: [APP_CONFIG, Clock, DrainState],
    };
  }
}
