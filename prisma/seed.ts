// `npm run seed -- --account <handle> --followers <n> [--owner <email>] [--print-token]`
// Fills an account (created if missing) with synthetic followers for development, demos,
// end-to-end tests and benchmarks. Progress goes to stderr; with --print-token, stdout carries
// exactly one JSON line `{ "handle", "token" }` for scripts to read.
import { parseArgs } from "node:util";
import { generateToken, hashToken } from "@/lib/api-tokens/hash-token";
import { prisma } from "@/lib/db";
import { isAppError } from "@/lib/errors";
import { findOrCreateSeedAccount } from "@/lib/followers/find-or-create-seed-account";
import { seedFollowers } from "@/lib/followers/seed-followers";

const usage = "usage: npm run seed -- --account <handle> --followers <n> [--owner <email>] [--print-token]";

async function main() {
  const { values } = parseArgs({
    options: {
      account: { type: "string" },
      followers: { type: "string", default: "0" },
      owner: { type: "string" },
      "print-token": { type: "boolean", default: false },
    },
  });
  if (!values.account) throw new Error(`--account is required. ${usage}`);
  if (!/^\d+$/.test(values.followers)) throw new Error(`--followers must be a whole number ≥ 0, got "${values.followers}". ${usage}`);
  const count = Number(values.followers);

  const account = await findOrCreateSeedAccount({ handle: values.account, ownerEmail: values.owner });
  console.error(`seed: ${account.isNew ? "created" : "using"} account @${account.handle}`);
  const started = performance.now();
  const result = await seedFollowers({ accountId: account.id, count });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const range = result.inserted > 0 ? ` (seed-${result.firstNumber}…seed-${result.lastNumber})` : "";
  console.error(`seed: added ${result.inserted} followers${range} in ${seconds} s`);

  if (values["print-token"]) {
    const token = generateToken();
    await prisma.apiToken.create({ data: { accountId: account.id, name: "seed", prefix: token.slice(0, 10), tokenHash: hashToken(token) } });
    console.log(JSON.stringify({ handle: account.handle, token }));
  }
}

main()
  .catch((error: unknown) => {
    console.error(`seed: ${isAppError(error) || error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
