/**
 * The signed-in user (or nobody) for the whole app: loaded once before the first navigation, replaced on
 * sign-in and sign-out, and checked again now and then so that a session that ended on the server (expired,
 * password reset, account disabled) sends the user to the login page instead of silently showing only
 * public data. The route guard is here too.
 */
import { reactive } from 'vue';
import type { Router } from 'vue-router';
import { ElMessage } from 'element-plus';
import type { CombinedError } from '@urql/core';
import { client, onUnauthenticated, resetClient } from './client';
import { LoginMutation, LogoutMutation, MeQuery } from './queries';
import type { SessionUserFragment } from './gql/graphql';
import { routeAccess } from './roles';
import { safeRedirect } from './forms';

export type SessionUser = SessionUserFragment;

interface SessionState {
  /** The signed-in user; null for an anonymous visitor. */
  me: SessionUser | null;
  /** Whether `me` has been asked for at least once. */
  loaded: boolean;
  /** Why the user was sent to the login page (「会话已过期，请重新登录」), shown there once. */
  notice: string | null;
}

export const session = reactive<SessionState>({ me: null, loaded: false, notice: null });

let firstLoad: Promise<void> | null = null;
/** When the server was last asked who is signed in. */
let lastCheck = 0;

/** Asks the server who is signed in. A failed request leaves things as they were. */
export async function loadMe(): Promise<SessionUser | null | undefined> {
  const result = await client.value
    .query(MeQuery, {}, { requestPolicy: 'network-only', skipAuthRedirect: true })
    .toPromise();
  session.loaded = true;
  lastCheck = Date.now();
  if (result.error || !result.data) return undefined;
  session.me = result.data.me;
  return session.me;
}

/** Waits for the first `me` (before the first navigation). */
export function ensureSession(): Promise<void> {
  if (session.loaded) return Promise.resolve();
  firstLoad ??= loadMe().then(() => undefined);
  return firstLoad;
}

export type SignInResult = { ok: true; user: SessionUser } | { ok: false; error: CombinedError };

export async function signIn(login: string, password: string): Promise<SignInResult> {
  const result = await client.value
    .mutation(LoginMutation, { login, password }, { skipAuthRedirect: true })
    .toPromise();
  if (result.error || !result.data) {
    return { ok: false, error: result.error! };
  }
  // Nothing cached for the previous visitor may be shown to this user.
  resetClient();
  session.me = result.data.login;
  session.notice = null;
  lastCheck = Date.now();
  return { ok: true, user: result.data.login };
}

/** Signs out on the server (ignoring failures: the local sign-out happens anyway). */
export async function signOut(): Promise<void> {
  await client.value
    .mutation(LogoutMutation, {}, { skipAuthRedirect: true })
    .toPromise()
    .catch(() => undefined);
  session.me = null;
  resetClient();
}

let routerRef: Router | null = null;
let redirecting = false;

/**
 * The session ended on the server: forget the user and go to the login page, which will bring the user
 * back to the current page. Several failed requests at once lead to one message and one redirect.
 */
export async function sessionLost(message: string, wasSignedIn = session.me !== null): Promise<void> {
  const router = routerRef;
  session.me = null;
  session.notice = message;
  if (!router || redirecting) return;
  const current = router.currentRoute.value;
  if (current.name === 'login') return;
  redirecting = true;
  try {
    ElMessage({ type: 'warning', message, grouping: true, duration: 4000 });
    await router.push({ name: 'login', query: { redirect: current.fullPath } });
  } finally {
    redirecting = false;
    // Only now (the page that failed is gone) drop what the old session had loaded.
    if (wasSignedIn) resetClient();
  }
}

/** At most this often, a navigation checks that the session still exists. */
const REVALIDATE_MS = 60_000;

/** Checks that the signed-in user is still signed in on the server. */
export async function revalidateSession(): Promise<void> {
  if (!session.me) return;
  if (Date.now() - lastCheck < REVALIDATE_MS) return;
  const before = session.me;
  const me = await loadMe();
  if (me === null) {
    await sessionLost('登录状态已失效（会话过期或已在别处退出），请重新登录', true);
  } else if (me && me.id !== before.id) {
    // Someone signed in as another user in another tab: this tab follows the cookie.
    resetClient();
    ElMessage({ type: 'info', message: `当前登录用户已变为「${me.displayName}」`, grouping: true });
  }
}

/** Where the sign-in page sends the user afterwards. */
export function afterSignIn(redirect: unknown): string {
  return safeRedirect(redirect);
}

/** Route guard, session-loss handling and session checks, for the app's router. */
export function installSession(router: Router): void {
  routerRef = router;
  onUnauthenticated((message) => void sessionLost(message));

  router.beforeEach(async (to) => {
    await ensureSession();
    if (to.name === 'login' && session.me) return afterSignIn(to.query['redirect']);
    const access = routeAccess(session.me, to.meta);
    if (access === 'login') return { name: 'login', query: { redirect: to.fullPath } };
    // 'forbidden' is shown by the layout at the address asked for.
    return true;
  });

  router.afterEach(() => void revalidateSession());

  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void revalidateSession();
    });
  }
}
