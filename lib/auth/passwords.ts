import "server-only";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id floor (19 MiB, 2 passes): slow enough to hurt an offline guesser, fast enough for a 2-core box.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

// Verified against when the email is unknown, so a miss costs as long as a wrong password.
let dummyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    dummyHash ??= hash("friendcast-timing-equaliser", options);
    await verify(await dummyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
