import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { LoginThrottleEntity } from '../auth/entities/login-throttle.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import {
  AllegationPolicyClauseEntity,
  AllegationSubjectEntity,
} from '../modules/allegations/entities/allegation-links.entity';
import { AllegationEntity } from '../modules/allegations/entities/allegation.entity';
import { CaseMemberEntity } from '../modules/cases/entities/case-member.entity';
import { CaseEntity } from '../modules/cases/entities/case.entity';
import {
  EnforcementActionEntity,
  EnforcementActionFindingEntity,
  EnforcementActionPolicyClauseEntity,
} from '../modules/enforcement-actions/entities/enforcement-action.entity';
import { EvidenceCustodyEntity } from '../modules/evidence/entities/evidence-custody.entity';
import { EvidenceAllegationEntity } from '../modules/evidence/entities/evidence-link.entity';
import { EvidenceEntity } from '../modules/evidence/entities/evidence.entity';
import { PolicyClauseEntity } from '../modules/policies/entities/policy-clause.entity';
import {
  FindingEntity,
  FindingEvidenceEntity,
  FindingPolicyClauseEntity,
} from '../modules/review/entities/finding.entity';
import { TaskEntity } from '../modules/review/entities/task.entity';
import { StatementEntity } from '../modules/statements/entities/statement.entity';
import { SubjectEntity } from '../modules/subjects/entities/subject.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

/** Every entity the application maps; the migration drift check compares them with the schema. */
export const ENTITIES = [
  UserEntity,
  SessionEntity,
  LoginThrottleEntity,
  AuditEventEntity,
  CaseEntity,
  CaseMemberEntity,
  PolicyClauseEntity,
  SubjectEntity,
  AllegationEntity,
  AllegationPolicyClauseEntity,
  AllegationSubjectEntity,
  EvidenceEntity,
  EvidenceCustodyEntity,
  EvidenceAllegationEntity,
  TaskEntity,
  FindingEntity,
  FindingEvidenceEntity,
  FindingPolicyClauseEntity,
  EnforcementActionEntity,
  EnforcementActionFindingEntity,
  EnforcementActionPolicyClauseEntity,
  StatementEntity,
];
