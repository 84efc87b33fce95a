import { describe, expect, test } from 'vitest';
import { checkBodyReferences, knownIdsOf } from '../../../src/lib/validate/check-body-references.ts';

describe('knownIdsOf', () => {
  test('reads the ids of each list whose items all have a well-formed id', () => {
    const known = knownIdsOf({
      figures: [{ id: 'sales-growth' }, { id: 'share-gain', value: 'not a number' }],
      charts: [{ id: 'Bad_Id' }, { id: 'rally' }],
      sections: 'not a list',
    });
    expect([...known.figures!.keys()]).toEqual(['sales-growth', 'share-gain']);
    expect(known.charts).toBeUndefined();
    expect(known.sections).toBeUndefined();
  });

  test('reads nothing from frontmatter that is not an object', () => {
    expect(knownIdsOf(null)).toEqual({});
    expect(knownIdsOf('text')).toEqual({});
  });
});

describe('checkBodyReferences', () => {
  test('reports an unknown id with the nearest known one, and skips lists it cannot trust', () => {
    const issues = checkBodyReferences({ figures: new Set(['sales-growth']) }, [
      { component: 'Fig', id: 'sales-grwoth', line: 3 },
      { component: 'Chart', id: 'anything', line: 4 },
      { component: 'Section', id: '', line: 5 },
    ]);
    expect(issues.map((i) => [i.line, i.message])).toEqual([
      [3, 'expected <Fig id> to name one of figures, found "sales-grwoth" (did you mean "sales-growth"?)'],
      [5, 'expected <Section> to have an id="..." attribute, found none'],
    ]);
  });

  test('leaves an id written as an expression to the safe-subset check', () => {
    expect(checkBodyReferences({}, [{ component: 'Fig', id: '', line: 2, computed: true }])).toEqual([]);
  });
});
