/** Messages between the request pool (pool.ts) and its worker processes (worker-main.ts), over IPC. */

/** What a worker needs of an HTTP request: the API reads nothing else (no body, GET and HEAD only). */
export interface PoolRequest {
  url: string;
  method: 'GET' | 'HEAD';
  headers: [string, string][];
}

export interface PoolResponse {
  status: number;
  headers: [string, string][];
  body: Uint8Array;
}

export interface WorkerData {
  /** The worker module to import (file URL); the whole record is the worker's first argument. */
  module: string;
  dbPath: string;
  dashboardDir?: string;
}

export type ToWorker = { type: 'request'; id: number; request: PoolRequest };
export type FromWorker = { type: 'ready' } | { type: 'response'; id: number; response: PoolResponse };
