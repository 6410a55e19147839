/** A DATABASE_PATH Porchlight cannot use, said in words: the setting, the path, what is wrong and what to do. */
export class DatabaseFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: "folder" | "not-a-database" | "corrupt" | "read-only" | "empty-file" | "cannot-open",
    detail: string,
  ) {
    super(`Porchlight cannot start: DATABASE_PATH is ${path}, ${detail} Nothing was changed.`);
    this.name = "DatabaseFileError";
  }
}
