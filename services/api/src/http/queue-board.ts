import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { Queue } from 'bullmq';
import { Router } from 'express';
import { requireRole } from './auth.ts';

export const QUEUE_BOARD_PATH = '/admin/queues';

/**
 * The BullMQ board (jobs of every pipeline queue: inspect, retry, clean) for admins only. Its
 * bundled UI sets inline styles, so its pages get a CSP allowing those, and nothing else more.
 */
export function queueBoard(queues: Queue[]): Router {
  const adapter = new ExpressAdapter();
  adapter.setBasePath(QUEUE_BOARD_PATH);
  createBullBoard({ queues: queues.map((queue) => new BullMQAdapter(queue)), serverAdapter: adapter });
  const router = Router();
  router.use(requireRole('admin'), (_req, res, next) => {
    res.set(
      'content-security-policy',
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; frame-ancestors 'none'",
    );
    next();
  });
  router.use(adapter.getRouter() as Router);
  return router;
}
