import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR, listHtmlFiles } from '../../scripts/lib/site-files';

const pages = await listHtmlFiles();
const policyOf = (html: string): string | undefined =>
  /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];

describe('Content-Security-Policy on every built page', () => {
  it.each(pages)('%s allows only the site’s own hashed scripts', (page) => {
    const html = readFileSync(join(DIST_DIR, page), 'utf8');
    const policy = policyOf(html);
    expect(policy).toBeDefined();
    const scriptSrc = /script-src ([^;]*)/.exec(policy!)?.[1] ?? '';
    expect(scriptSrc).toContain("'self'");
    expect(scriptSrc).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    expect(policy).toMatch(/object-src 'none'/);
    // An inline script would need its hash in the policy; every inline script here must have one.
    for (const [, body] of html.matchAll(
      /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
    )) {
      const hash = `'sha256-${createHash('sha256')
        .update(body ?? '')
        .digest('base64')}'`;
      expect(scriptSrc).toContain(hash);
    }
  });
});
