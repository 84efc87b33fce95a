const rendered = new Map<string, Promise<string>>();

/**
 * Renders once per key and shares the result: a briefing's body is rendered one time for all of
 * its share pages, which each show one section of it.
 */
export function renderedOnce(key: string, render: () => Promise<string>): Promise<string> {
  let html = rendered.get(key);
  if (!html) {
    html = render();
    rendered.set(key, html);
  }
  return html;
}
