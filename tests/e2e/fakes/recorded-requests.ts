/** A request a fake server received, body already parsed (form, JSON or multipart fields). */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown>;
}

type Path = string | RegExp;

/** Keeps what a fake received and lets a test await a request (by path) without sleeping. */
export class RecordedRequests {
  readonly all: RecordedRequest[] = [];
  private waiters: { path: Path; count: number; resolve: (r: RecordedRequest) => void }[] = [];

  add(request: RecordedRequest): void {
    this.all.push(request);
    this.waiters = this.waiters.filter((w) => {
      const seen = this.to(w.path);
      if (seen.length < w.count) return true;
      w.resolve(seen[w.count - 1]!);
      return false;
    });
  }

  to(path: Path): RecordedRequest[] {
    return this.all.filter((r) => (typeof path === "string" ? r.path === path : path.test(r.path)));
  }

  /** Resolves with the `count`-th request to `path` (1 = the first), at once if it already came. */
  next(path: Path, count = 1): Promise<RecordedRequest> {
    const seen = this.to(path);
    if (seen.length >= count) return Promise.resolve(seen[count - 1]!);
    return new Promise((resolve) => this.waiters.push({ path, count, resolve }));
  }
}
