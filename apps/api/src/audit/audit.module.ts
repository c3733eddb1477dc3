import { Global, Module } from '@nestjs/common';
import { AuditRepository } from './repositories/audit.repository';
import { AuditResolver } from './resolvers/audit.resolver';
import { AuditService } from './services/audit.service';

@Global()
@Module({ providers: [AuditRepository, AuditService, AuditResolver], exports: [AuditService] })
export class AuditModule {}
