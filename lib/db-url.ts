/** postgres:// or postgresql:// selects PostgreSQL; any other DATABASE_URL (file:, unset) is SQLite. */
export function isPostgresUrl(url: string | undefined): boolean {
  return /^postgres(ql)?:\/\//i.test(url ?? "");
}
