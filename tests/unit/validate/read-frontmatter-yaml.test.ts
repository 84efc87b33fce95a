import { describe, expect, test } from 'vitest';
import { readFrontmatterYaml } from '../../../src/lib/validate/read-frontmatter-yaml.ts';

const text = `title: Example
published: 2024-03-02
figures:
  - id: a
    value: 4.40
    basis: reported
  - { id: b, value: -12 }
`;

describe('readFrontmatterYaml', () => {
  test('reads the data with the YAML 1.2 core schema: dates stay strings, numbers are numbers', () => {
    expect(readFrontmatterYaml(text).data).toEqual({
      title: 'Example',
      published: '2024-03-02',
      figures: [
        { id: 'a', value: 4.4, basis: 'reported' },
        { id: 'b', value: -12 },
      ],
    });
  });

  test('places a path on the line it is written on, or its nearest written parent', () => {
    const yaml = readFrontmatterYaml(text);
    expect(yaml.lineOf(['figures', 0, 'value'])).toBe(5);
    expect(yaml.lineOf(['figures', 1, 'value'])).toBe(7);
    expect(yaml.lineOf(['figures', 1, 'missing'])).toBe(7);
    expect(yaml.lineOf(['title'])).toBe(1);
  });

  test('reads an empty frontmatter as null', () => {
    expect(readFrontmatterYaml('').data).toBeNull();
  });

  test("gives the first syntax error with the line it is on, in the yaml package's words", () => {
    const yaml = readFrontmatterYaml('title: Example\n\tsummary: indented with a tab\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error).toEqual({ message: 'Tabs are not allowed as indentation', line: 2 });
  });

  test('refuses a quoted value followed straight by a comment sign, rather than dropping what follows', () => {
    const yaml = readFrontmatterYaml('title: Example\nquote: "Alibaba led"#1 in cloud\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.error).toEqual({
      message: 'Comments must be separated from other tokens by white space characters',
      line: 2,
    });
  });

  test('reads a value that starts with a comment sign inside its quotes', () => {
    expect(readFrontmatterYaml('label: "#1 in cloud" # a comment\n').data).toEqual({ label: '#1 in cloud' });
  });

  test('refuses a key written twice', () => {
    const yaml = readFrontmatterYaml('title: One\ntitle: Two\n');
    expect(yaml.error).toEqual({ message: 'Map keys must be unique', line: 2 });
  });
});
