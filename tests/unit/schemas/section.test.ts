import { describe, expect, test } from 'vitest';
import { sectionSchema } from '../../../src/schemas/section.ts';

describe('sectionSchema', () => {
  test('accepts a section and fills in level 2 and no aliases', () => {
    expect(sectionSchema.parse({ id: 'outlook', title: 'Outlook' })).toEqual({
      id: 'outlook',
      title: 'Outlook',
      level: 2,
      aliases: [],
    });
  });

  test('accepts a subsection with former ids', () => {
    expect(sectionSchema.parse({ id: 'outlook', title: 'Outlook', level: 3, aliases: ['prospects'] })).toMatchObject({
      level: 3,
      aliases: ['prospects'],
    });
  });

  test('rejects a heading level other than 2 or 3', () => {
    expect(() => sectionSchema.parse({ id: 'outlook', title: 'Outlook', level: 4 })).toThrow('Invalid input');
  });

  test('rejects an alias that is not an id', () => {
    expect(() => sectionSchema.parse({ id: 'outlook', title: 'Outlook', aliases: ['Old Outlook'] })).toThrow(
      'Expected a lower-case id',
    );
  });

  test('rejects a section without a title', () => {
    expect(() => sectionSchema.parse({ id: 'outlook' })).toThrow('expected string, received undefined');
  });
});
