import { type DynamicModule, Module } from '@nestjs/common';
import { AuditModule } from './audit/audit.module';
import { CommonModule } from './common/common.module';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { IngestionModule } from './ingestion/ingestion.module';
import { WorkbenchCoreModule } from './workbench/workbench-core.module';

/** What the command line needs: the database and the ingestion path, no HTTP server. */
@Module({})
export class CliModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return { module: CliModule, imports: [ConfigModule.forRoot(), DatabaseModule.forRoot(databaseUrl), CommonModule, AuditModule, WorkbenchCoreModule, IngestionModule] };
  }
}
