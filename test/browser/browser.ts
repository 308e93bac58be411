// The run's one Chromium (started by global-setup.ts), for a test file to open its contexts in.
import type { Browser } from 'playwright-core';
import { inject } from 'vitest';
import { connect } from '../../scripts/browser/chromium';

export function sharedBrowser(): Promise<Browser> {
  return connect(inject('chromiumEndpoint'));
}
