/**
 * Copies the server keeps of data read from PostgreSQL, each with the version it was read at (issue 14): a number
 * the database changes in the same transaction as the data (a trigger), so a copy is used only while its version is
 * still current and every server process stays right without being told. At most `max` keys are kept, the least
 * recently used dropped first. Used for published catalogue trees, report sums and reviewers' subtrees.
 */
export class KeptCopies<T> {
  private readonly copies = new Map<string, { version: string; value: T }>();

  constructor(private readonly max: number) {}

  /** The copy of `key` read at `version`, or undefined. */
  get(key: string, version: string): T | undefined {
    const kept = this.copies.get(key);
    if (!kept || kept.version !== version) return undefined;
    this.copies.delete(key);
    this.copies.set(key, kept);
    return kept.value;
  }

  set(key: string, version: string, value: T): void {
    this.copies.delete(key);
    if (this.copies.size >= this.max) this.copies.delete(this.copies.keys().next().value!);
    this.copies.set(key, { version, value });
  }

  /** For tests: forget every copy. */
  clear(): void {
    this.copies.clear();
  }
}
