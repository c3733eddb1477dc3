import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { loadConfig } from './load-config';
import { AppConfigService } from './services/app-config.service';

/** Reads and validates the environment when the app is built (not at import); every module gets AppConfigService. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(): DynamicModule {
    return {
      module: ConfigModule,
      imports: [
        NestConfigModule.forRoot({
          ignoreEnvFile: true,
          validate: (env: Record<string, string | undefined>) => ({ ...env, app: loadConfig(env) }),
        }),
      ],
      providers: [AppConfigService],
      exports: [AppConfigService],
    };
  }
}
