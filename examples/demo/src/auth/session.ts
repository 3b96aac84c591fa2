// Sign-in sessions and password handling for the app and the web shop.
import type { CustomerId } from '../customer';

/**
 * One signed-in device. Listed under "Devices" so customers can sign out remotely.
 * @personalData account.id, device.id, device.ip purpose=account
 */
export interface Session {
  token: string;
  customerId: CustomerId;
  deviceId: string;
  ip: string;
  userAgent: string;
  createdAt: Date;
  expiresAt: Date;
}

/**
 * Stored password: a salted PBKDF2 hash, never the password itself.
 * @personalData account.credential purpose=account
 */
export interface PasswordRecord {
  customerId: CustomerId;
  salt: string;
  hash: string;
  iterations: number;
}

const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;
const PBKDF2_ITERATIONS = 310_000;

function toHex(buffer: ArrayBuffer): string {
  return [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Hashes a password for storage or comparison.
 * @personalData account.credential purpose=account
 */
export async function hashPassword(password: string, salt: string, iterations = PBKDF2_ITERATIONS): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new TextEncoder().encode(salt), iterations },
    key,
    256,
  );
  return toHex(bits);
}

export function openSession(
  customerId: CustomerId,
  /** @personalData device.id, device.ip purpose=account */
  device: { id: string; ip: string; userAgent: string },
  now = new Date(),
): Session {
  const token = toHex(crypto.getRandomValues(new Uint8Array(32)).buffer);
  return {
    token,
    customerId,
    deviceId: device.id,
    ip: device.ip,
    userAgent: device.userAgent,
    createdAt: now,
    expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
  };
}

export function isExpired(session: Session, now = new Date()): boolean {
  return session.expiresAt.getTime() <= now.getTime();
}
