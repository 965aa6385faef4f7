/**
 * The source texts the example documents are transcribed from live in the repository
 * (data-schema/sources/koriyama/), so a fresh clone compares against them with nothing beside it.
 * A missing file fails the suite with its path, never skips it.
 */
export async function sourceText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`source text ${path}: HTTP ${response.status}`);
  return response.text();
}
