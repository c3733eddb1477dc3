import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { type AppConfig } from '../app-config';

/** Typed access to the configuration validated at boot. */
@Injectable()
export class AppConfigService {
  constructor(private readonly config: ConfigService) {}

  get app(): AppConfig {
    return this.config.getOrThrow<AppConfig>('app');
  }
}
