import type { ApiRoute } from './policy';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The methods the API has for a concrete path (`/api/sites/5f0e...`), for a 405 with `Allow`
 * when a path exists but not with the method asked. Built from the registered routes.
 */
export function allowedMethodsOf(routes: readonly ApiRoute[]): (pathname: string) => string[] {
  const patterns = routes.map((route) => ({
    method: route.method,
    pattern: new RegExp(
      `^${route.url
        .split('/')
        .map((segment) => (segment.startsWith(':') ? '[^/]+' : escapeRegExp(segment)))
        .join('/')}$`,
    ),
  }));
  return (pathname) => {
    const methods = new Set<string>();
    for (const { method, pattern } of patterns) {
      if (!pattern.test(pathname)) continue;
      methods.add(method);
      if (method === 'GET') methods.add('HEAD');
    }
    return [...methods].sort();
  };
}
