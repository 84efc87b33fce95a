import type { MdastNode } from 'satteri';
import { checkBodyReferences, type KnownIds } from './check-body-references.ts';
import { contentError, type ContentIssue } from '../errors/content-issue.ts';
import { bodyComponents, parseMdxBody, type BodyReference, type ParsedBody } from './find-body-references.ts';
import { foundId } from '../errors/nearest-id.ts';
import { checkSafeMdx } from './check-safe-mdx.ts';

interface BodySourceCheck {
  issues: ContentIssue[];
  /** The body's component references; absent when the body is not valid MDX. */
  references?: BodyReference[];
  /** The parsed body, for checks against the frontmatter; absent when the body is not valid MDX. */
  tree?: MdastNode;
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
