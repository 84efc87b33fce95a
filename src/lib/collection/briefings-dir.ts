/**
 * Where briefing MDX files are read from: `content/briefings`, unless `BRIEFINGS_DIR` points
 * elsewhere (tests and benchmarks build generated briefings from a temporary folder).
 */
export function briefingsDir(env: Record<string, string | undefined> = process.env): string {
  return env.BRIEFINGS_DIR || 'content/briefings';
}
