import { readFileSync } from 'node:fs';
import { Router } from 'express';
import { page } from './html.ts';

const asset = (name: string) => readFileSync(new URL(`./assets/${name}`, import.meta.url), 'utf8');

/**
 * The operator's status page at `/`: a static shell and one small script that reads
 * `/v1/pipeline/status` and `/v1/failures` with the operator's key (kept in the browser) and
 * replays failures. Everything is served from here: nothing to build, nothing from a CDN.
 */
export function statusPageRouter(): Router {
  const router = Router();
  const files: Record<string, { type: string; body: string }> = {
    'style.css': { type: 'text/css', body: asset('style.css') },
    'status.js': { type: 'text/javascript', body: asset('status.js') },
  };
  const shell = page('newsflow status', asset('status.html'), '/assets/status.js');
  router.get('/', (_req, res) => {
    res.type('html').set('cache-control', 'no-cache').send(shell);
  });
  // Browsers ask for it on every page; an empty answer keeps the console and logs quiet.
  router.get('/favicon.ico', (_req, res) => {
    res.status(204).set('cache-control', 'public, max-age=86400').end();
  });
  router.get('/assets/:file', (req, res, next) => {
    const file = files[req.params.file];
    if (!file) return next();
    res.type(file.type).set('cache-control', 'public, max-age=300').send(file.body);
  });
  return router;
}
