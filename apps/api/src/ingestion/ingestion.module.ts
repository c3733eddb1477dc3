import { Module } from '@nestjs/common';
import { FlagsModule } from '../flags/flags.module';
import { UsersModule } from '../users/users.module';
import { UploadController } from './controllers/upload.controller';
import { BatchWriteRepository } from './repositories/batch-write.repository';
import { IngestionReadRepository } from './repositories/ingestion-read.repository';
import { ReportWriteRepository } from './repositories/report-write.repository';
import { IngestionResolver } from './resolvers/ingestion.resolver';
import { BatchWriter } from './services/batch-writer.service';
import { DemoDataService } from './services/demo-data.service';
import { IngestionService } from './services/ingestion.service';
import { RecheckService } from './services/recheck.service';
import { RegionDirectory } from './services/region-directory.service';
import { UploadIntakeService } from './upload/upload-intake.service';
import { ReportPreparer } from './services/report-preparer.service';
import { ReportWriter } from './services/report-writer.service';

/** Upload (GraphQL, HTTP, CLI), demo data and recheck: documents in, reports and flags stored. */
@Module({
  imports: [FlagsModule, UsersModule],
  controllers: [UploadController],
  providers: [
    IngestionReadRepository, ReportWriteRepository, BatchWriteRepository, RegionDirectory, ReportPreparer, ReportWriter, BatchWriter,
    IngestionService, RecheckService, DemoDataService, IngestionResolver, UploadIntakeService,
  ],
  exports: [IngestionService, DemoDataService, RecheckService, RegionDirectory],
})
export class IngestionModule {}
