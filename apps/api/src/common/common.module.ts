import { Global, Module } from '@nestjs/common';
import { RateLimitsService } from './limits/rate-limits.service';
import { InFlightService } from './shutdown/in-flight.service';

/** Process-wide guards of the API: rate limits and the in-flight work a shutdown waits for. */
@Global()
@Module({ providers: [RateLimitsService, InFlightService], exports: [RateLimitsService, InFlightService] })
export class CommonModule {}
