import { createHash, randomBytes } from 'node:crypto';
import { generatePassword } from '../../../core/telephony/devices';

/**
 * SIP digest credentials of a device line (RFC 2617 / RFC 7616). The registrar verifies a digest
 * from HA1 = H(username:realm:password), so that is all we keep, in MD5 and SHA-256; the password
 * is made here from the operating system's randomness, returned once to the caller and never
 * stored, logged or audited.
 */
export type LineDigests = { realm: string; ha1Md5: string; ha1Sha256: string };

const hex = (algorithm: 'md5' | 'sha256', text: string) => createHash(algorithm).update(text).digest('hex');

export function digestsOf(username: string, realm: string, password: string): LineDigests {
  const a1 = `${username}:${realm}:${password}`;
  return { realm, ha1Md5: hex('md5', a1), ha1Sha256: hex('sha256', a1) };
}

export function newSipPassword(): string {
  return generatePassword((n) => randomBytes(n));
}

/** A SIP username no one guesses from the device: 12 lower-case letters and digits. */
export function newSipUsername(): string {
  return generatePassword((n) => randomBytes(n), 12, 'abcdefghijklmnopqrstuvwxyz0123456789');
}

export function newCredentials(username: string, realm: string): LineDigests & { password: string } {
  const password = newSipPassword();
  return { ...digestsOf(username, realm, password), password };
}
