import { Module } from '@nestjs/common';
import { GraphiqlController } from './graphiql.controller';

/** Offline GraphiQL: assets from node_modules; the page is mounted on /graphql by the bootstrap. */
@Module({ controllers: [GraphiqlController] })
export class GraphiqlModule {}
