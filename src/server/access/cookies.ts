/** The session cookie: HttpOnly, SameSite=Lax, Secure behind HTTPS, scoped to the whole site. */
export const SESSION_COOKIE = 'centrale_session';

export const sessionCookieOptions = (secure: boolean) =>
  ({ path: '/', httpOnly: true, sameSite: 'lax', secure }) as const;
