import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/request-context';
import { CaseAccess } from '../cases/case-access';
import { canReadCasePart } from '../cases/case-view';
import { CaseNotFoundProblem } from '../cases/cases.errors';
import type { TimelinePageDto, TimelineQueryDto } from './dto/timeline.dto';
import { toTimelineEntry } from './timeline-entries';
import { TimelineRepository } from './timeline.repository';
import { readableSources, timelineViewFor } from './timeline-view';

@Injectable()
export class TimelineService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: CaseAccess,
    private readonly timeline: TimelineRepository,
  ) {}

  /** The case's story, oldest first, with what the caller's role may see of each entry. */
  async page(actor: Actor, caseId: string, query: TimelineQueryDto): Promise<TimelinePageDto> {
    // Read-only, so no transaction: a restricted case the caller may not read is a 404 here.
    const found = await this.access.load(this.dataSource.manager, actor, caseId);
    const scope = { restricted: found.entity.restricted, memberIds: found.memberIds };
    // A case's story is beyond its summary: whoever reads only the summary finds no timeline.
    if (!canReadCasePart(actor.ability, scope, 'timeline')) throw new CaseNotFoundProblem();
    const view = timelineViewFor(actor.ability, scope);
    const page = await this.timeline.page(caseId, readableSources(actor.ability, scope), query.limit, query.cursor);
    return { items: page.rows.map((row) => toTimelineEntry(row, view)), nextCursor: page.nextCursor };
  }
}
