/**
 * One `## Heading` section of a Markdown text, without its heading: how the data-format docs
 * page shows docs/data-format.md's own words, so the two never drift. Throws when the heading
 * is gone, so a renamed section breaks the page visibly instead of leaving a blank.
 */
export function markdownSection(markdown: string, heading: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.trim() === `## ${heading}`);
  if (start < 0) throw new Error(`docs: no "## ${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && /^#{1,2} /.test(l));
  return lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
}
