import { Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import type { Actor } from '../../common/request-context';
import type {
  CreatePolicyClauseDto,
  PolicyClauseDetailDto,
  PolicyClauseDto,
  PolicyClausePageDto,
} from './dto/policy-clause.dto';
import type { PolicyClauseEntity } from './entities/policy-clause.entity';
import { ConcurrentClauseVersionProblem, PolicyClauseNotFoundProblem } from './policies.errors';
import { PoliciesRepository } from './policies.repository';
import { inTransaction } from '../../database/transaction';
import { Clock } from '../../common/clock';

export function toPolicyClauseDto(clause: PolicyClauseEntity): PolicyClauseDto {
  return {
    id: clause.id,
    code: clause.code,
    version: clause.version,
    document: clause.document,
    title: clause.title,
    text: clause.text,
    effectiveFrom: clause.effectiveFrom,
    isCurrent: clause.isCurrent,
    createdBy: clause.createdBy,
    createdAt: new Date(clause.createdAt).toISOString(),
  };
}

/** The policy catalogue. A clause is never edited in place: a new text is a new version. */
@Injectable()
export class PoliciesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clauses: PoliciesRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async list(filter: { code?: string; document?: string; allVersions?: boolean }, limit: number, cursor?: string) {
    const page = await this.clauses.page(filter, limit, cursor);
    return { items: page.items.map(toPolicyClauseDto), nextCursor: page.nextCursor } satisfies PolicyClausePageDto;
  }

  async get(id: string): Promise<PolicyClauseDetailDto> {
    const manager = this.dataSource.manager;
    const clause = await this.clauses.findById(manager, id);
    if (!clause) throw new PolicyClauseNotFoundProblem();
    const versions = await this.clauses.versionsOf(manager, clause.code);
    return {
      ...toPolicyClauseDto(clause),
      versions: versions.map((v) => ({
        id: v.id,
        version: v.version,
        effectiveFrom: v.effectiveFrom,
        isCurrent: v.isCurrent,
      })),
    };
  }

  /** A new clause, or the next version of an existing code. */
  async create(actor: Actor, input: CreatePolicyClauseDto): Promise<PolicyClauseDetailDto> {
    try {
      const id = await inTransaction(this.dataSource, async (manager) => {
        const current = await this.clauses.currentOf(manager, input.code);
        if (current) await this.clauses.retire(manager, current.id);
        const clause = await this.clauses.insert(manager, {
          ...this.clock.rowDates(),
          code: input.code,
          version: current ? current.version + 1 : 1,
          document: input.document.trim(),
          title: input.title.trim(),
          text: input.text,
          effectiveFrom: input.effectiveFrom,
          isCurrent: true,
          createdBy: actor.user.id,
        });
        const after = { ...toPolicyClauseDto(clause) };
        if (current) {
          await this.audit.record(manager, actor.audit, {
            action: 'policy.clause_versioned',
            entityType: 'policy_clause',
            entityId: clause.id,
            before: { version: current.version, title: current.title, text: current.text },
            after,
            reason: input.reason ?? null,
            metadata: { code: clause.code, previousId: current.id },
          });
        } else {
          await this.audit.record(manager, actor.audit, {
            action: 'policy.clause_created',
            entityType: 'policy_clause',
            entityId: clause.id,
            after,
            reason: input.reason ?? null,
          });
        }
        return clause.id;
      });
      return await this.get(id);
    } catch (error) {
      // Two first versions of a new code at once: the unique (code, version) index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') {
        throw new ConcurrentClauseVersionProblem();
      }
      throw error;
    }
  }
}
