import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Response } from 'express';
import { DataSource } from 'typeorm';

const PROBE_TIMEOUT_MS = 2000;

/** `GET /api/health`: 200 when the database answers, 503 otherwise (container health checks, load balancers). */
@Controller('api')
export class HealthController {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get('health')
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`no answer within ${PROBE_TIMEOUT_MS} ms`)), PROBE_TIMEOUT_MS); }),
      ]);
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up', databaseMs: Date.now() - started, uptimeSeconds: Math.round(process.uptime()) });
    } catch (e) {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: 'down', error: (e as Error).message });
    } finally {
      clearTimeout(timer);
    }
  }
}
