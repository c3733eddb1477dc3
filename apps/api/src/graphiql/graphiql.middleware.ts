import { type NextFunction, type Request, type Response } from 'express';
import { graphiqlPage } from './services/graphiql-assets';

/** A browser opening GET /graphql gets GraphiQL; API clients (GET with ?query=) go on to Apollo. */
export function graphiqlMiddleware(req: Request, res: Response, next: NextFunction): void {
  const wantsHtml = (req.headers.accept ?? '').includes('text/html');
  if (req.method === 'GET' && wantsHtml && req.query.query == null) {
    res.type('html').send(graphiqlPage());
    return;
  }
  next();
}
