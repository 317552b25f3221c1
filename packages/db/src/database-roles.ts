/**
 * The two database identities: the owner (runs migrations, owns the tables) and the application role,
 * which the server uses for requests and which row-level security applies to.
 */
export const APP_ROLE = 'gongkai_app';

/** The application role's password: GONGKAI_APP_DB_PASSWORD, or a development default. */
export function appRolePassword(): string {
  return process.env.GONGKAI_APP_DB_PASSWORD ?? 'gongkai_app_dev';
}

/** The owner's URL with the application role's credentials (same host and database). */
export function appDatabaseUrl(ownerUrl: string): string {
  if (process.env.DATABASE_APP_URL) return process.env.DATABASE_APP_URL;
  const u = new URL(ownerUrl);
  u.username = APP_ROLE;
  u.password = appRolePassword();
  return u.toString();
}
