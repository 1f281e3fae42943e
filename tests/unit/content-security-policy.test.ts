import { describe, expect, it } from 'vitest';
import { buildContentSecurityPolicy, hashSource } from '../../src/site/content-security-policy.ts';

const directives = (policy: string) => Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));

describe('buildContentSecurityPolicy', () => {
  it('forbids scripts on a page without them, and everything inline', () => {
    expect(directives(buildContentSecurityPolicy())).toEqual({
      'default-src': "'self'",
      'script-src': "'none'",
      'style-src': "'self'",
      'img-src': "'self' data:",
      'font-src': "'self'",
      'connect-src': "'self'",
      'worker-src': "'none'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'form-action': "'self'",
    });
  });

  it("allows the search page's own script files, WebAssembly and worker, nothing inline", () => {
    const policy = directives(buildContentSecurityPolicy({ scripts: true }));
    expect(policy['script-src']).toBe("'self' 'wasm-unsafe-eval'");
    expect(policy['worker-src']).toBe("'self'");
  });

  it('allows an inline style by the SHA-256 of its exact text', () => {
    // Expected from: printf '%s' '<the style>' | openssl dgst -sha256 -binary | base64
    const style = '@page { @top-center { content: "Annual Report 2018/2019"; } }';
    expect(hashSource(style)).toBe("'sha256-J5IdxIow1Q90poih9D9uA9mzJZH4OqE8haLG8fLcyDU='");
    expect(directives(buildContentSecurityPolicy({ inlineStyles: [style] }))['style-src']).toBe("'self' 'sha256-J5IdxIow1Q90poih9D9uA9mzJZH4OqE8haLG8fLcyDU='");
  });

  it('lets a print edition point its <base> at the published site, and nowhere else', () => {
    expect(directives(buildContentSecurityPolicy({ baseOrigin: 'https://rocb-ap.example.org' }))['base-uri']).toBe("'self' https://rocb-ap.example.org");
  });
});
