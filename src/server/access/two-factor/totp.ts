import { generate, generateSecret, generateURI, verify } from 'otplib';

/**
 * TOTP per RFC 6238 (30 s steps, 6 digits, SHA-1: what authenticator apps expect). The previous
 * and next step are accepted too, for clocks that drift a little.
 */
const TOLERANCE_SECONDS = 30;

export const newTotpSecret = (): string => generateSecret();

export const totpUri = (secret: string, label: string, issuer: string): string =>
  generateURI({ issuer, label, secret });

/**
 * Checks a code at time `now`. Returns the time step it belongs to, or null. A code whose step is
 * not after `lastStep` is refused, so an observed code cannot be replayed.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(lastStep !== null ? { afterTimeStep: lastStep } : {}),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The current code (tests and the CLI use it; the server never hands codes out). */
export const totpCode = (secret: string, now: Date): Promise<string> =>
  generate({ secret, epoch: Math.floor(now.getTime() / 1000) });
