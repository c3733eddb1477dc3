import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { GRAPHIQL_PAGE_SCRIPT } from './graphiql-page-script';

/** GraphiQL 3 UMD build and React 18 UMD, served from node_modules: no CDN at run time. */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export function graphiqlAsset(name: string): { body: Buffer; type: string } | null {
  if (name === 'page.js') return { body: Buffer.from(GRAPHIQL_PAGE_SCRIPT), type: 'text/javascript' };
  const a = ASSETS[name];
  if (!a) return null;
  let body = cache.get(name);
  if (!body) {
    const root = dirname(require.resolve(`${a.pkg}/package.json`, { paths: [__dirname] }));
    body = readFileSync(join(root, a.file));
    cache.set(name, body);
  }
  return { body, type: a.type };
}

export const GRAPHIQL_ASSET_PATH = '/api/graphiql';

/** The page shell: GraphiQL's files and our page script, no inline script (CSP), no CDN. */
export const graphiqlPage = (): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<title>Gongkai Lens · GraphiQL</title>
<link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css" />
<style>html, body, #graphiql { height: 100%; margin: 0; } .login { max-width: 22rem; margin: 4rem auto; display: flex; flex-direction: column; gap: .6rem; font-family: sans-serif; } .login input, .login button { padding: .5rem; font-size: 1rem; } .note { color: #555; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${GRAPHIQL_ASSET_PATH}/react.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/react-dom.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
<script src="${GRAPHIQL_ASSET_PATH}/page.js"></script>
</body>
</html>`;
