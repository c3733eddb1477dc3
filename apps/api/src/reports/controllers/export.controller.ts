import { Controller, Get, Header, Query } from '@nestjs/common';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { type ExportQuery, ExportService } from '../services/export.service';

/** `GET /api/export/reports.csv?fromYear=&toYear=&regionCodes=a,b&agencyTypes=x` (analysts and above). */
@Controller('api/export')
export class ExportController {
  constructor(private readonly exports: ExportService) {}

  @Get('reports.csv')
  @MinRole(Role.ANALYST)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="reports.csv"')
  reports(@CurrentUser() user: AuthUser, @Query() query: ExportQuery): Promise<string> {
    return this.exports.reportsCsv(user.email, query);
  }
}
