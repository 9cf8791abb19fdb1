import { AuditEventEntity } from '../audit/entities/audit-event.entity';
import { LoginFailureEntity } from '../auth/entities/login-failure.entity';
import { SessionEntity } from '../auth/entities/session.entity';
import { CaseMemberEntity } from '../modules/cases/entities/case-member.entity';
import { CaseEntity } from '../modules/cases/entities/case.entity';
import { UserEntity } from '../modules/users/entities/user.entity';

/** Every entity the application maps; the migration drift check compares them with the schema. */
export const ENTITIES = [UserEntity, SessionEntity, LoginFailureEntity, AuditEventEntity, CaseEntity, CaseMemberEntity];
