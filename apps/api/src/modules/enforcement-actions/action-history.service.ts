import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/request-context';
import { ActionHistoryRepository, actionReaderFor } from './action-history.repository';
import { toActionDto } from './action-view';
import type { ActionHistoryQueryDto, EnforcementActionPageDto } from './dto/enforcement-action.dto';

/** The global action history: every action of every case the caller may read. */
@Injectable()
export class ActionHistoryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly history: ActionHistoryRepository,
  ) {}

  async page(actor: Actor, query: ActionHistoryQueryDto): Promise<EnforcementActionPageDto> {
    const { limit, cursor, ...filter } = query;
    const reader = actionReaderFor(actor.ability, actor.user.id);
    const page = await this.history.page(this.dataSource.manager, reader, filter, limit, cursor);
    return { items: page.items.map(toActionDto), nextCursor: page.nextCursor };
  }
}
