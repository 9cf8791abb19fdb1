import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../../authz/check-policies.decorator';
import { DrainState } from '../../lifecycle/drain-state';

class HealthDto {
  /** `draining`: this process is shutting down and finishing what is in flight; send nothing new to it. */
  @ApiProperty({ enum: ['ok', 'error', 'draining'] })
  status: 'ok' | 'error' | 'draining';
  @ApiProperty({ enum: ['up', 'down'] })
  database: 'up' | 'down';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly drain: DrainState,
  ) {}

  @Public()
  @Get()
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto })
  async check(@Res({ passthrough: true }) response: Response): Promise<HealthDto> {
    let database: HealthDto['database'] = 'up';
    try {
      await this.health.check([() => this.database.pingCheck('database', { timeout: 2000 })]);
    } catch {
      database = 'down';
    }
    // A draining process says so first: a proxy stops sending to it whatever the database's state.
    const status = this.drain.draining ? 'draining' : database === 'up' ? 'ok' : 'error';
    if (status !== 'ok') response.status(503);
    return { status, database };
  }
}
