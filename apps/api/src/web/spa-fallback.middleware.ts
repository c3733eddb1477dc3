import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type NextFunction, type Request, type Response } from 'express';

/**
 * Browser navigations to client routes (/reports/12) get the web app's index.html; the API
 * paths (/graphql, /api) and requests for files never do.
 */
export function spaFallback(webDist: string) {
  const index = join(webDist, 'index.html');
  return (req: Request, res: Response, next: NextFunction): void => {
    const isApi = req.path === '/graphql' || req.path.startsWith('/graphql/') || req.path.startsWith('/api/') || req.path === '/api';
    const navigation = req.method === 'GET' && (req.headers.accept ?? '').includes('text/html') && !/\.[a-z0-9]+$/i.test(req.path);
    if (isApi || !navigation) return next();
    if (existsSync(index)) return res.sendFile(index);
    res.status(503).type('html').send('<!doctype html><meta charset="utf-8"><p>The web app is not built yet: run <code>nx run web:build</code>. GraphiQL is at <a href="/graphql">/graphql</a>.</p>');
  };
}
