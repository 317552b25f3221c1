import { describe, expect, it } from 'vitest';
import { contentDisposition } from './http-app.js';

// The download header of stored files (reply letters): RFC 6266 / RFC 5987 — the UTF-8 name percent-encoded in
// filename*, every byte outside attr-char encoded (also ' ( ) * and spaces, which encodeURIComponent leaves or
// which would end the value), and an ASCII fallback without quotes or backslashes to break out of.
describe('Content-Disposition of a stored file', () => {
  it('encodes a Chinese name for filename* and keeps an ASCII fallback', () => {
    expect(contentDisposition('答复书（2026）第1号.pdf')).toBe(
      `attachment; filename="____2026__1_.pdf"; filename*=UTF-8''%E7%AD%94%E5%A4%8D%E4%B9%A6%EF%BC%882026%EF%BC%89%E7%AC%AC1%E5%8F%B7.pdf`,
    );
  });

  it('encodes the characters that would end or split the header value', () => {
    const h = contentDisposition(`a "b"; c'd (e)*\\.pdf`);
    expect(h).toBe(
      `attachment; filename="a _b_; c'd (e)*_.pdf"; filename*=UTF-8''a%20%22b%22%3B%20c%27d%20%28e%29%2A%5C.pdf`,
    );
    // The decoded filename* is the name again.
    expect(decodeURIComponent(h.split(`UTF-8''`)[1]!)).toBe(`a "b"; c'd (e)*\\.pdf`);
  });
});
