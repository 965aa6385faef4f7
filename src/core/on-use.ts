/**
 * Code a page fetches the first time it needs it (a dynamic import), once for the whole page:
 * `follow`, the validator's messages, the tree's virtualizer and item sheet, the trend table's
 * export. `value` is there once it has arrived. A fetch that fails (offline since the page
 * loaded, a CDN error) sets `failed` and is not kept: the next `load()` tries again, so a reader
 * whose connection comes back is not stuck with the failure. Callers decide when to try again;
 * none does so in a loop.
 */
export class OnUse<T> {
  value: T | undefined;
  /** The last fetch failed and none has been tried since. */
  failed = false;
  private loading: Promise<T> | undefined;

  constructor(private readonly fetchCode: () => Promise<T>) {}

  load(): Promise<T> {
    return (this.loading ??= this.fetchCode().then(
      (code) => {
        this.failed = false;
        return (this.value = code);
      },
      (error: unknown) => {
        this.loading = undefined;
        this.failed = true;
        throw error;
      },
    ));
  }
}
