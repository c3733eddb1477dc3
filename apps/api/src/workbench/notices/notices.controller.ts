import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { type Response } from 'express';
import { type NoticeKind } from '@gongkai/report-review';
import { type AuthUser } from '../../auth/auth-user';
import { CurrentUser } from '../../auth/decorators/current-user.decorator';
import { MinRole } from '../../auth/decorators/min-role.decorator';
import { Role } from '../../common/graphql/enums';
import { attachment, CONTENT_TYPE, parseYearFile } from './notice-format';
import { NoticesService, type RenderedNotice } from './notices.service';

const send = (res: Response, format: 'docx' | 'pdf', out: RenderedNotice) => {
  res.setHeader('Content-Type', CONTENT_TYPE[format]);
  res.setHeader('Content-Disposition', attachment(out.fileName));
  res.end(Buffer.from(out.bytes));
};

/**
 * `GET /api/notices/:agencyId/:year.(docx|pdf)[?kind=rectification|assessment&issuer=]` and
 * `GET /api/notices/regions/:regionCode/:year.(docx|pdf)` (supervisors and above, within their regions).
 */
@Controller('api/notices')
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Get('regions/:regionCode/:file')
  @MinRole(Role.SUPERVISOR)
  async region(@CurrentUser() user: AuthUser, @Param('regionCode') regionCode: string, @Param('file') file: string, @Res() res: Response): Promise<void> {
    const { year, format } = parseYearFile(file);
    send(res, format, await this.notices.regionSummary(user.email, regionCode, year, format));
  }

  @Get(':agencyId/:file')
  @MinRole(Role.SUPERVISOR)
  async agency(
    @CurrentUser() user: AuthUser, @Param('agencyId') agencyId: string, @Param('file') file: string,
    @Query('kind') kind: string | undefined, @Query('issuer') issuer: string | undefined, @Res() res: Response,
  ): Promise<void> {
    const { year, format } = parseYearFile(file);
    const k: NoticeKind | null = kind === 'assessment' || kind === 'rectification' ? kind : null;
    const id = Number(agencyId);
    send(res, format, await this.notices.notice(user.email, Number.isInteger(id) ? id : -1, year, format, k, issuer ?? null));
  }
}
