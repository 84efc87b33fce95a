import { describe, expect, test } from 'vitest';
import { buildBriefingView } from '../../../src/lib/view/briefing-view.ts';
import { currentBriefing, lookup } from '../../../src/lib/collection/current-briefing.ts';
import { validateBriefingSource } from '../../../src/lib/validate/validate-briefing-source.ts';
import { readBriefingSource } from '../../support/briefings.ts';

const validation = validateBriefingSource(readBriefingSource('minimal'));
const view = buildBriefingView('example', validation.briefing!, validation.body);

describe('currentBriefing', () => {
  test('returns the view of the briefing the page is rendering', () => {
    expect(currentBriefing({ briefing: view })).toBe(view);
  });

  test('throws when a briefing component is rendered outside a briefing page', () => {
    expect(() => currentBriefing({})).toThrow('Fig, Chart and Section can only be used inside a briefing page');
  });
});

describe('lookup', () => {
  test('returns the item with the id', () => {
    expect(lookup(view.figures, 'index-share-gain', 'figure').value).toBe('25%');
  });

  test('throws naming the kind and the id when the id is unknown', () => {
    expect(() => lookup(view.charts, 'nope', 'chart')).toThrow('Unknown chart id "nope"');
  });
});
