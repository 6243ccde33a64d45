import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { Me, SessionDto } from '../../core/access/me';
import { isApiError } from '../api/api-error';
import { api, onAuthProblem, setCsrfToken } from '../api/client';

export const ME_KEY = ['me'] as const;

export type LoginInput = { email: string; password: string; totp?: string };

type SessionContextValue = {
  me: Me | null;
  loading: boolean;
  /** Why the last session ended, shown on the login screen (e.g. 'session_expired'). */
  notice: string | null;
  login: (input: LoginInput) => Promise<Me>;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
};

const SessionContext = createContext<SessionContextValue | null>(null);

async function fetchSession(): Promise<Me | null> {
  try {
    const session = await api.get<SessionDto>('/api/me');
    setCsrfToken(session.csrfToken);
    return session.account;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [notice, setNotice] = useState<string | null>(null);
  const query = useQuery({ queryKey: ME_KEY, queryFn: fetchSession, staleTime: Number.POSITIVE_INFINITY });

  const endSession = useCallback(
    (reason: string | null) => {
      setCsrfToken(null);
      setNotice(reason);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
      queryClient.setQueryData(ME_KEY, null);
    },
    [queryClient],
  );

  useEffect(
    () =>
      onAuthProblem((code) => {
        if (code === 'session_expired' || code === 'unauthenticated') endSession('session_expired');
        else void queryClient.invalidateQueries({ queryKey: ME_KEY });
      }),
    [endSession, queryClient],
  );

  const login = useCallback(
    async (input: LoginInput) => {
      const session = await api.post<SessionDto>('/api/auth/login', input);
      setCsrfToken(session.csrfToken);
      setNotice(null);
      queryClient.setQueryData(ME_KEY, session.account);
      return session.account;
    },
    [queryClient],
  );

  const logout = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      endSession('logged_out');
    }
  }, [endSession]);

  const refresh = useCallback(async () => {
    await queryClient.invalidateQueries({ queryKey: ME_KEY });
  }, [queryClient]);

  const value = useMemo<SessionContextValue>(
    () => ({ me: query.data ?? null, loading: query.isPending, notice, login, logout, refresh }),
    [query.data, query.isPending, notice, login, logout, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (value === null) throw new Error('useSession outside SessionProvider');
  return value;
}

/** The logged-in account; only for components behind the session gate. */
export function useMe(): Me {
  const { me } = useSession();
  if (me === null) throw new Error('useMe without a session');
  return me;
}
