import type { Root } from 'mdast';
import {
  checkBodyReferences,
  type KnownIds,
  bodyComponents,
  parseMdxBody,
  type BodyReference,
  type ParsedBody,
  listOf,
} from './body-references.ts';
import { contentError, type ContentIssue, contentWarning } from '../errors/content-issue.ts';
import { foundId } from '../errors/wording.ts';
import { checkSafeMdx } from './safe-mdx.ts';
import { chartFigureIds, type BriefingIndex } from '../model/briefing-index.ts';
import type { Briefing } from '../../schemas/briefing.ts';

interface BodySourceCheck {
  issues: ContentIssue[];
  /** The body's component references; absent when the body is not valid MDX. */
  references?: BodyReference[];
  /** The parsed body, for checks against the frontmatter; absent when the body is not valid MDX. */
  tree?: Root;
}

/** Valid MDX within the briefing subset: no code, no raw HTML, only briefing components. */
function safetyIssues(parsed: ParsedBody, body: string): ContentIssue[] {
  if (parsed.syntaxError) {
    const { line, message } = parsed.syntaxError;
    const htmlComment = body.split('\n')[line - 1]?.includes('<!--');
    return [
      contentError(
        [],
        htmlComment
          ? 'expected a note written as {/* a note */}, found an HTML comment <!-- … -->: MDX has no HTML comments'
          : `expected valid MDX, found a syntax error: ${message}`,
        line,
      ),
    ];
  }
  return [
    ...checkSafeMdx(parsed.tree!),
    ...parsed.unknownComponents.map(({ name, line }) =>
      contentError(
        [],
        `expected one of the components ${bodyComponents.map((c) => `<${c}>`).join(', ')}, ${foundId(name, bodyComponents).replace(/"([^"]+)"/g, '<$1>')}`,
        line,
      ),
    ),
  ];
}

/**
 * Checks an MDX body for what would make it unsafe to compile: invalid MDX, imports, exports,
 * expressions, raw HTML, unknown components or attributes, and links or images that leave the site
 * unsafely. Lines are body-relative.
 */
export function checkBodySafety(body: string): ContentIssue[] {
  return safetyIssues(parseMdxBody(body), body);
}

/**
 * Checks what the MDX body can be checked for on its own and against the frontmatter's ids: valid
 * MDX in the safe subset, only briefing components, all prose inside a section, and every id known.
 */
export function checkBodySource(body: string, known: KnownIds): BodySourceCheck {
  const parsed = parseMdxBody(body);
  if (parsed.syntaxError) return { issues: safetyIssues(parsed, body) };
  const issues = [
    ...safetyIssues(parsed, body),
    ...parsed.looseContent.map((line) =>
      contentError([], 'expected all prose inside a <Section id="..."> block, found content outside any section', line),
    ),
    ...checkBodyReferences(known, parsed.references),
  ];
  return { issues, references: parsed.references, tree: parsed.tree };
}

/**
 * Each section and chart appears in the body exactly once, sections in frontmatter order. Figures
 * that appear nowhere are warnings. (Unknown ids are `checkBodyReferences`' part.)
 */
export function checkBody(
  briefing: Briefing,
  index: BriefingIndex,
  references: readonly BodyReference[],
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const component of ['Section', 'Chart'] as const) {
    const list = listOf[component];
    const placed = references.filter((r) => r.component === component);
    briefing[list].forEach((item, i) => {
      const uses = placed.filter((r) => r.id === item.id);
      if (uses.length === 0)
        issues.push(contentError([list, i, 'id'], `expected <${component} id="${item.id}"> in the body, found none`));
      for (const extra of uses.slice(1))
        issues.push(contentError([], `expected <${component} id="${item.id}"> once, found it again`, extra.line));
    });
  }
  // Order is judged on each known section's first use; a repeat is already reported above.
  const firstUses = references.filter(
    (r, i) =>
      r.component === 'Section' &&
      index.sections.has(r.id) &&
      references.findIndex((o) => o.component === 'Section' && o.id === r.id) === i,
  );
  const sectionOrder = firstUses.map((r) => r.id);
  const expectedOrder = briefing.sections.map((s) => s.id).filter((id) => sectionOrder.includes(id));
  const firstOutOfPlace = sectionOrder.findIndex((id, i) => id !== expectedOrder[i]);
  if (firstOutOfPlace >= 0) {
    const ref = firstUses[firstOutOfPlace]!;
    issues.push(
      contentError(
        [],
        `expected sections in the order of the frontmatter's sections list (${expectedOrder.join(', ')}), found <Section id="${ref.id}"> at position ${firstOutOfPlace + 1}`,
        ref.line,
      ),
    );
  }
  issues.push(...checkEmphasis(briefing, references));
  const shown = new Set([
    ...references.filter((r) => r.component === 'Fig').map((r) => r.id),
    ...briefing.keyFigures,
    ...briefing.charts.flatMap(chartFigureIds),
  ]);
  briefing.figures.forEach((figure, i) => {
    if (!shown.has(figure.id))
      issues.push(
        contentWarning(
          ['figures', i, 'id'],
          `figure "${figure.id}" is defined but never shown (not in the prose, key figures or a chart)`,
        ),
      );
  });
  return issues;
}

/**
 * What a chart emphasises follows the prose around it: when the chart's section cites some of the
 * chart's figures, its highlight is one of them (a warning otherwise), so a section about
 * international sales does not light up the cloud business.
 */
function checkEmphasis(briefing: Briefing, references: readonly BodyReference[]): ContentIssue[] {
  return briefing.charts.flatMap((chart, i) => {
    const section = references.find((r) => r.component === 'Chart' && r.id === chart.id)?.section;
    const charted = new Set(chartFigureIds(chart));
    const highlight = 'highlight' in chart ? chart.highlight : undefined;
    if (!highlight || !section || !charted.has(highlight)) return [];
    const cited = [
      ...new Set(
        references.filter((r) => r.component === 'Fig' && r.section === section && charted.has(r.id)).map((r) => r.id),
      ),
    ];
    if (cited.length === 0 || cited.includes(highlight)) return [];
    return [
      contentWarning(
        ['charts', i, 'highlight'],
        `expected the chart to emphasise a figure its section "${section}" cites (${cited.map((id) => `"${id}"`).join(', ')}), found "${highlight}", which that section's prose does not mention`,
      ),
    ];
  });
}
