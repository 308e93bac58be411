// The static server the tests and the bench use answers hostile addresses with an error and stays up: it serves the
// regular files under its folder and nothing else (not a sibling folder sharing its name's prefix, not what a
// symbolic link points at).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDir, type Served } from '../../scripts/serve-dir';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request with the path sent byte for byte as given (fetch would normalise it first). */
function get(url: string, path: string, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/`, { path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

let dir: string;
let served: Served;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-dir-'));
  // dist/ and, beside it, a folder whose name starts with "dist" (as the bench's dist-bench/ does).
  mkdirSync(join(dir, 'dist/story'), { recursive: true });
  mkdirSync(join(dir, 'dist-bench'));
  writeFileSync(join(dir, 'dist/index.html'), '<!doctype html><title>site</title>');
  writeFileSync(join(dir, 'dist/story/index.html'), '<!doctype html><title>story</title>');
  writeFileSync(join(dir, 'dist/app.js'), `export const text = ${JSON.stringify('x'.repeat(4000))};`);
  writeFileSync(join(dir, 'dist-bench/x'), 'sibling secret');
  writeFileSync(join(dir, 'secret.txt'), 'outside secret');
  symlinkSync(join(dir, 'secret.txt'), join(dir, 'dist/link.txt'));
  symlinkSync(join(dir, 'dist-bench'), join(dir, 'dist/linked-dir'));
  served = await serveDir(join(dir, 'dist'), 0, { 'X-Test': 'yes' });
});
afterAll(async () => {
  await served?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('serveDir', () => {
  it('serves files and folders (their index.html), gzipped when asked, with CORS and the given headers', async () => {
    const page = await get(served.url, '/story/');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['access-control-allow-origin']).toBe('*');
    expect(page.headers['x-test']).toBe('yes');
    expect(page.body.toString()).toContain('<title>story</title>');

    const js = await get(served.url, '/app.js', { 'Accept-Encoding': 'gzip, br' });
    expect(js.headers['content-encoding']).toBe('gzip');
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(gunzipSync(js.body).toString()).toContain('export const text');
    expect(js.body.length).toBeLessThan(1000);
    expect((await get(served.url, '/')).body.toString()).toContain('<title>site</title>');
    expect((await get(served.url, '/missing.js')).status).toBe(404);
  });

  it('answers an address that does not decode with 400, and stays up', async () => {
    for (const path of ['/%E0%A4%A', '/%', '/story/%ZZ'])
      expect((await get(served.url, path)).status, path).toBe(400);
    expect((await get(served.url, '/story/')).status).toBe(200);
  });

  it('serves nothing outside its folder, however the way out is spelled', async () => {
    for (const path of [
      '/..%2fdist-bench%2fx',
      '/%2e%2e/dist-bench/x',
      '/..%5cdist-bench%5cx',
      '/../dist-bench/x',
      '/story/..%2f..%2fsecret.txt',
      '/..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd',
    ]) {
      const answer = await get(served.url, path);
      expect(answer.status, path).toBeGreaterThanOrEqual(400);
      expect(answer.body.toString(), path).not.toMatch(/secret|root:/);
    }
  });

  it('does not follow symbolic links, to a file or to a folder', async () => {
    for (const path of ['/link.txt', '/linked-dir/x']) {
      const answer = await get(served.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.toString(), path).not.toContain('secret');
    }
  });

  it('answers only GET and HEAD', async () => {
    const head = await new Promise<number>((resolve, reject) =>
      request(`${served.url}/app.js`, { method: 'HEAD' }, (res) => resolve(res.statusCode ?? 0))
        .on('error', reject)
        .end(),
    );
    expect(head).toBe(200);
    const post = await new Promise<number>((resolve, reject) =>
      request(`${served.url}/app.js`, { method: 'POST' }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
        .on('error', reject)
        .end(),
    );
    expect(post).toBe(405);
  });
});
