/**
 * Opt-in deep links: the selected node in the URL hash as `key=id`, beside whatever else the
 * page keeps there (#tab=2&plan=g1-i3-p1). Written with replaceState: selecting does not add
 * history entries, so Back leaves the page as a reader expects.
 */
function hashParams(): URLSearchParams {
  return new URLSearchParams(location.hash.replace(/^#/, ''));
}

export function readHash(key: string): string | undefined {
  return hashParams().get(key) ?? undefined;
}

export function writeHash(key: string, id: string): void {
  const params = hashParams();
  params.set(key, id);
  history.replaceState(history.state, '', `${location.pathname}${location.search}#${params}`);
}
