import { TASK_STATUSES, type TaskStatus } from '@ethics/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { IsOptionalNotNull } from '../../../common/optional';
import { NonEmptyText, OptionalReason, ReadVersion } from '../../../common/dto-fields';

export class TaskDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) caseId: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) assigneeId: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) dueAt: string | null;
  @ApiProperty({ enum: TASK_STATUSES }) status: TaskStatus;
  @ApiProperty({ description: 'Due date passed and not done or cancelled' }) overdue: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt: string | null;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class TaskListDto {
  @ApiProperty({ type: [TaskDto] }) items: TaskDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: null;
}

class TaskFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(10000)
  description?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'A member of the case' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  assigneeId?: string | null;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsISO8601({ strict: true })
  dueAt?: string | null;

  @OptionalReason()
  reason?: string;
}

export class CreateTaskDto extends TaskFieldsDto {
  @ApiProperty()
  @NonEmptyText(300)
  title: string;
}

export class UpdateTaskDto extends TaskFieldsDto {
  @ReadVersion()
  version: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @NonEmptyText(300)
  title?: string;

  @ApiPropertyOptional({ enum: TASK_STATUSES })
  @IsOptionalNotNull()
  @IsIn(TASK_STATUSES)
  status?: TaskStatus;
}
