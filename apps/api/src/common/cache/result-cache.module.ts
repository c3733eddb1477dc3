import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { DataVersion } from './data-version';
import { InvalidateOnWriteInterceptor } from './invalidate-on-write.interceptor';
import { ResultCache } from './result-cache.service';

/** The dashboard's result cache, dropped on every data change (any process) and local write. */
@Module({
  providers: [DataVersion, ResultCache, { provide: APP_INTERCEPTOR, useClass: InvalidateOnWriteInterceptor }],
  exports: [ResultCache, DataVersion],
})
export class ResultCacheModule {}
