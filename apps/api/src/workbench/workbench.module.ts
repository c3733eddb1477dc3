import { Module } from '@nestjs/common';
import { AgenciesModule } from '../agencies/agencies.module';
import { ResultCacheModule } from '../common/cache/result-cache.module';
import { IngestionModule } from '../ingestion/ingestion.module';
import { CorrectionWritesRepository } from './corrections/correction-writes.repository';
import { CorrectionsResolver } from './corrections/corrections.resolver';
import { CorrectionsService } from './corrections/corrections.service';
import { CoverageRepository } from './coverage/coverage.repository';
import { CoverageResolver } from './coverage/coverage.resolver';
import { CoverageService } from './coverage/coverage.service';
import { DirectoryRepository } from './directory/directory.repository';
import { DirectoryResolver } from './directory/directory.resolver';
import { DirectoryService } from './directory/directory.service';
import { NoticeDataRepository } from './notices/notice-data.repository';
import { NoticesController } from './notices/notices.controller';
import { NoticesService } from './notices/notices.service';
import { ReviewSettingsRepository } from './risk/review-settings.repository';
import { RiskRepository } from './risk/risk.repository';
import { RiskResolver } from './risk/risk.resolver';
import { RiskService } from './risk/risk.service';
import { SimilarityRepository } from './similarity/similarity.repository';
import { SimilarityResolver } from './similarity/similarity.resolver';
import { SimilarityService } from './similarity/similarity.service';

/** The supervisor's workbench (issue 10): coverage, directory, corrections, copied text, risk cards, notices. */
@Module({
  imports: [AgenciesModule, IngestionModule, ResultCacheModule],
  controllers: [NoticesController],
  providers: [
    CoverageRepository, CoverageService, CoverageResolver,
    DirectoryRepository, DirectoryService, DirectoryResolver,
    CorrectionWritesRepository, CorrectionsService, CorrectionsResolver,
    SimilarityRepository, SimilarityService, SimilarityResolver,
    ReviewSettingsRepository, RiskRepository, RiskService, RiskResolver,
    NoticeDataRepository, NoticesService,
  ],
})
export class WorkbenchModule {}
