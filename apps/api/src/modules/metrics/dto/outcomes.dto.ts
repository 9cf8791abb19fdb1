import {
  ACTION_TYPES,
  CASE_OUTCOMES,
  CASE_STATUSES,
  SEVERITIES,
  type ActionType,
  type CaseOutcome,
  type CaseStatus,
  type Severity,
} from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalInstant } from '../../../common/dto-fields';

export const OUTCOME_MONTHS_DEFAULT = 12;
export const OUTCOME_MONTHS_MAX = 60;

export class OutcomesQueryDto {
  @OptionalInstant({ description: 'Only cases opened at or after this instant' })
  from?: string;

  @OptionalInstant({ description: 'Only cases opened before this instant' })
  to?: string;

  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: OUTCOME_MONTHS_MAX,
    default: OUTCOME_MONTHS_DEFAULT,
    description: 'Calendar months (UTC, the current one included) covered by the monthly series',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(OUTCOME_MONTHS_MAX)
  months: number = OUTCOME_MONTHS_DEFAULT;
}

export class StatusCountDto {
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty() count: number;
}

export class SeverityCountDto {
  @ApiProperty({ enum: SEVERITIES }) severity: Severity;
  @ApiProperty() count: number;
}

export class SeverityStatusCountDto {
  @ApiProperty({ enum: SEVERITIES }) severity: Severity;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty() count: number;
}

export class OutcomeMonthDto {
  @ApiProperty({ example: '2026-03', description: 'UTC calendar month of closing' }) month: string;
  @ApiProperty({ enum: CASE_OUTCOMES }) outcome: CaseOutcome;
  @ApiProperty() count: number;
}

export class ResolutionMonthDto {
  @ApiProperty({ example: '2026-03' }) month: string;
  @ApiProperty({ description: 'Cases closed that month' }) closedCases: number;
  @ApiProperty({ description: 'Median days from opening to closing' }) medianDays: number;
}

export class ActionTypeCountDto {
  @ApiProperty({ enum: ACTION_TYPES }) type: ActionType;
  @ApiProperty() count: number;
}

export class ServiceCountDto {
  @ApiProperty({ example: 'cloud-storage' }) service: string;
  @ApiProperty() count: number;
}

export class RegionCountDto {
  @ApiProperty({ description: "The case's region, or 'unknown'" }) region: string;
  @ApiProperty() count: number;
}

export class OverdueCaseDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'ETH-2026-0042' }) reference: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: SEVERITIES }) severity: Severity;
  @ApiProperty({ enum: CASE_STATUSES }) status: CaseStatus;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ description: 'Whole days past due; 0 within the first day' }) daysOverdue: number;
}

export class OverdueCasesDto {
  @ApiProperty({ description: 'All open cases past their due date' }) count: number;
  @ApiProperty({ type: [OverdueCaseDto], description: 'The 20 most overdue, most overdue first' })
  items: OverdueCaseDto[];
}

export class OutcomeTotalsDto {
  @ApiProperty() openCases: number;
  @ApiProperty() closedCases: number;
  @ApiProperty() dismissedCases: number;
  @ApiProperty({ description: 'Enforcement actions not rejected (proposed, approved, executed, reversed)' })
  actions: number;
  @ApiProperty({ description: 'Actions executed at some point, later reversals included' })
  executedActions: number;
}

/** The aggregates behind the executive dashboard, over the cases the caller may see. */
export class OutcomesMetricsDto {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) from: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) to: string | null;
  @ApiProperty({ description: 'Months covered by outcomesOverTime and resolutionDaysByMonth' }) months: number;

  @ApiProperty({ type: [StatusCountDto], description: 'Every open status, in lifecycle order' })
  openCasesByStatus: StatusCountDto[];

  @ApiProperty({ type: [SeverityCountDto], description: 'Every severity, lowest first' })
  openCasesBySeverity: SeverityCountDto[];

  @ApiProperty({ type: [SeverityStatusCountDto], description: 'Every severity × open status pair' })
  openCasesBySeverityAndStatus: SeverityStatusCountDto[];

  @ApiProperty({ type: [OutcomeMonthDto], description: 'Closed cases by month of closing; months without any omitted' })
  outcomesOverTime: OutcomeMonthDto[];

  @ApiProperty({ type: [ResolutionMonthDto], description: 'Months without a closed case omitted' })
  resolutionDaysByMonth: ResolutionMonthDto[];

  @ApiProperty({ type: [ActionTypeCountDto], description: 'Actions not rejected, every type' })
  actionsByType: ActionTypeCountDto[];

  @ApiProperty({ type: [ServiceCountDto], description: 'Actions not rejected per service named, most first' })
  actionsByService: ServiceCountDto[];

  @ApiProperty({ type: [RegionCountDto], description: 'Actions not rejected per region of their case, most first' })
  actionsByRegion: RegionCountDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Closed cases: median days from opening to closing' })
  medianDaysToResolution: number | null;

  @ApiProperty({ type: OverdueCasesDto }) overdueCases: OverdueCasesDto;
  @ApiProperty({ type: OutcomeTotalsDto }) totals: OutcomeTotalsDto;
}
