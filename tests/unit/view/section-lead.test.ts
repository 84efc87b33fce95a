import { describe, expect, test } from 'vitest';
import { parseMdxBody } from '../../../src/lib/validate/body-references.ts';
import { sectionLeads } from '../../../src/lib/view/section-lead.ts';

const figures: Record<string, string> = { growth: '−4.2% (projected)', gain: 'more than 25%' };
const figureText = (id: string, show: string | undefined) =>
  show === 'size' ? figures[id]!.replace('−', '') : figures[id]!;
const leads = (body: string) => sectionLeads(parseMdxBody(body).tree, figureText);

describe('sectionLeads', () => {
  test("reads a section's opening prose with its figures as the page prints them", () => {
    const body = [
      '<Section id="sales">',
      '',
      'Sales fell by <Fig id="growth" show="size" />, while the shares rose by <Fig id="gain" />. **Not** for long.',
      '',
      '<Chart id="sales" />',
      '',
      '</Section>',
    ].join('\n');
    expect(leads(body)).toEqual(
      new Map([['sales', 'Sales fell by 4.2% (projected), while the shares rose by more than 25%. Not for long.']]),
    );
  });

  test('keeps whole sentences up to 160 characters, and runs list items apart', () => {
    const long = 'This sentence is there to take up room in the lead of the section, and it does so well.';
    const body = `<Section id="risks">\n\n${long} ${long}\n\n- First risk.\n- Second risk.\n\n</Section>`;
    expect(leads(body).get('risks')).toBe(long);
    const list = '<Section id="list">\n\n- **Monetisation.** Hard.\n- Slow adoption.\n\n</Section>';
    expect(leads(list).get('list')).toBe('Hard. Slow adoption.');
  });

  test('leaves out a bold lead-in that is a sentence of its own, which would read as a fragment', () => {
    const body = [
      '<Section id="drivers">',
      '',
      'Several things fed the rally:',
      '',
      '- **A new model.** It beat its rivals.',
      '- **Apple:** a partnership.',
      '- **Not** a lead-in, but bold words.',
      '',
      '</Section>',
    ].join('\n');
    expect(leads(body).get('drivers')).toBe(
      'Several things fed the rally: It beat its rivals. A partnership. Not a lead-in, but bold words.',
    );
  });

  test('cuts a first sentence too long for a description at a word, with an ellipsis', () => {
    const words = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const lead = leads(`<Section id="one">\n\n${words}.\n\n</Section>`).get('one')!;
    expect(lead.length).toBeLessThanOrEqual(160);
    expect(lead).toMatch(/ word\d+…$/);
  });

  test('gives a section with no prose an empty lead, and a body that does not parse none', () => {
    expect(leads('<Section id="chart">\n\n<Chart id="c" />\n\n</Section>').get('chart')).toBe('');
    expect(leads('<Section id="x">\n\n{broken\n\n</Section>').size).toBe(0);
  });
});
