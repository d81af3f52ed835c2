import { randomBytes, scrypt, timingSafeEqual, type BinaryLike } from 'node:crypto';

// scrypt from node:crypto, stored as "salt:hash" (both hex).
const KEY_LENGTH = 64;

const derive = (password: BinaryLike, salt: BinaryLike) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, KEY_LENGTH, (error, key) => (error ? reject(error) : resolve(key))));

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16).toString('hex');
  return `${salt}:${(await derive(password, salt)).toString('hex')}`;
}

/**
 * A well-formed hash that no password matches: `login` verifies against it when the email is
 * unknown (or has no password), so both answers cost one scrypt and take the same time.
 */
export const DUMMY_PASSWORD_HASH = `${randomBytes(16).toString('hex')}:${randomBytes(KEY_LENGTH).toString('hex')}`;

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [salt, hash] = stored?.split(':') ?? [];
  if (!salt || !hash) return false;
  const expected = Buffer.from(hash, 'hex');
  const actual = await derive(password, salt);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
