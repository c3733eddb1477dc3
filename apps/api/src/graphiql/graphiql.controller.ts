import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { type Response } from 'express';
import { graphiqlAsset } from './services/graphiql-assets';

/** The GraphiQL page's scripts and styles (the page itself is served at GET /graphql). */
@Controller('api/graphiql')
export class GraphiqlController {
  @Get(':file')
  asset(@Param('file') file: string, @Res() res: Response): void {
    const asset = graphiqlAsset(file);
    if (!asset) throw new NotFoundException(file);
    res.setHeader('Cache-Control', 'public, max-age=86400');
    res.type(asset.type).send(asset.body);
  }
}
