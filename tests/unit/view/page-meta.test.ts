import { describe, expect, test } from 'vitest';
import { jsonForScript, metaDescription } from '../../../src/lib/view/page-meta.ts';

describe('metaDescription', () => {
  test('keeps a short text whole', () => {
    expect(metaDescription('Alibaba rallied.')).toBe('Alibaba rallied.');
  });

  test('cuts a long text at the last word that fits, with an ellipsis', () => {
    const long = 'Alibaba shares have rallied on hopes for its artificial intelligence business, '.repeat(4);
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(160);
    expect(cut).toBe(
      'Alibaba shares have rallied on hopes for its artificial intelligence business, Alibaba shares have rallied on hopes for its artificial intelligence business…',
    );
  });
});

describe('jsonForScript', () => {
  test('writes text from a briefing so it cannot close the script element', () => {
    const json = jsonForScript({ headline: '</script><script>alert(1)</script> & more' });
    expect(json).not.toContain('</');
    expect(json).not.toContain('<script');
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script> & more' });
  });
});
