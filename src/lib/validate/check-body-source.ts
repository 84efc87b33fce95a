import { checkBodyReferences, type KnownIds } from './check-body-references.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { parseMdxBody, referencingComponents, type BodyReference } from './find-body-references.ts';
import { foundId } from '../errors/nearest-id.ts';

interface BodySourceCheck {
  issues: ContentIssue[];
  /** The body's component references; absent when the body is not valid MDX. */
  references?: BodyReference[];
}

/**
 * Checks what the MDX body can be checked for on its own and against the frontmatter's ids: valid
 * MDX, only briefing components, all prose inside a section, and every id known.
 */
export function checkBodySource(body: string, known: KnownIds): BodySourceCheck {
  const parsed = parseMdxBody(body);
  if (parsed.syntaxError) {
    return {
      issues: [
        contentError(
          [],
          `expected valid MDX, found a syntax error: ${parsed.syntaxError.message}`,
          parsed.syntaxError.line,
        ),
      ],
    };
  }
  const issues = [
    ...parsed.unknownComponents.map(({ name, line }) =>
      contentError(
        [],
        `expected one of the components ${referencingComponents.map((c) => `<${c}>`).join(', ')}, ${foundId(name, referencingComponents).replace(/"([^"]+)"/g, '<$1>')}`,
        line,
      ),
    ),
    ...parsed.looseContent.map((line) =>
      contentError([], 'expected all prose inside a <Section id="..."> block, found content outside any section', line),
    ),
    ...checkBodyReferences(known, parsed.references),
  ];
  return { issues, references: parsed.references };
}
