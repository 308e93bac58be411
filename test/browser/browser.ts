// This worker's Chromium (started by global-setup.ts), for a test file to open its contexts in.
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { connect } from '../../scripts/browser/chromium';

export function sharedBrowser(): Promise<Browser> {
  const endpoints = inject('chromiumEndpoints');
  // vitest numbers its workers from 1.
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  return connect(endpoints[worker % endpoints.length]!);
}
