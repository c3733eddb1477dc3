import { Module } from '@nestjs/common';
import { FlagsModule } from '../flags/flags.module';
import { ExportController } from './controllers/export.controller';
import { ExportRepository } from './repositories/export.repository';
import { ReportsRepository } from './repositories/reports.repository';
import { ReportSummaryResolver } from './resolvers/report-summary.resolver';
import { ReportsResolver } from './resolvers/reports.resolver';
import { ExportService } from './services/export.service';
import { ReportsService } from './services/reports.service';

@Module({
  imports: [FlagsModule],
  controllers: [ExportController],
  providers: [ReportsRepository, ReportsService, ReportsResolver, ReportSummaryResolver, ExportRepository, ExportService],
})
export class ReportsModule {}
