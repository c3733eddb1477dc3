import { Module } from '@nestjs/common';
import { ResultCacheModule } from '../common/cache/result-cache.module';
import { CheckInputsRepository } from './repositories/check-inputs.repository';
import { FlagWriteRepository } from './repositories/flag-write.repository';
import { FlagsRepository } from './repositories/flags.repository';
import { FlagsResolver } from './resolvers/flags.resolver';
import { CrossChecksService } from './services/cross-checks.service';
import { FlagsService } from './services/flags.service';

/** Flags: lists, counts, reviews, and the checks that span reports. */
@Module({
  imports: [ResultCacheModule],
  providers: [FlagsRepository, FlagWriteRepository, CheckInputsRepository, FlagsService, CrossChecksService, FlagsResolver],
  exports: [FlagsService, FlagWriteRepository, CrossChecksService],
})
export class FlagsModule {}
