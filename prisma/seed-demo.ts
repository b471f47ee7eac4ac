// Run by `npm start`: on an empty database, creates a demo login and account and prints the
// sign-in, with 10,000 synthetic followers in the demo account. The generated password is kept in
// .friendcast/ so later starts can print it again.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createAccount } from "@/lib/accounts/create-account";
import { signUp } from "@/lib/auth/sign-up";
import { prisma } from "@/lib/db";
import { seedFollowers } from "@/lib/followers/seed-followers";

const DEMO_FOLLOWERS = 10_000;

const stateDir = join(process.cwd(), ".friendcast");
const credentialsFile = join(stateDir, "demo-credentials.json");
const DEMO_EMAIL = "demo@example.com";

type Credentials = { email: string; password: string; handle: string };

async function main() {
  const userCount = await prisma.user.count();
  let credentials: Credentials | undefined;
  if (userCount === 0) {
    credentials = { email: DEMO_EMAIL, password: randomBytes(9).toString("base64url"), handle: "demo-cafe" };
    const user = await signUp({ name: "Demo Marketer", email: credentials.email, password: credentials.password });
    const account = await createAccount({
      ownerId: user.id,
      input: {
        handle: credentials.handle,
        name: "Demo Café Shibuya",
        kind: "business",
        category: "Café",
        area: "Tokyo",
        timezone: "Asia/Tokyo",
        plan: "light",
        description: "A neighbourhood café that sends coupons to its regulars.",
      },
    });
    // A console with an empty follower list shows little; a demo audience makes lists, filters and segments real.
    await seedFollowers({ accountId: account.id, count: DEMO_FOLLOWERS });
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(credentialsFile, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  } else if (existsSync(credentialsFile)) {
    const saved = JSON.parse(readFileSync(credentialsFile, "utf8")) as Credentials;
    if (await prisma.user.findUnique({ where: { email: saved.email }, select: { id: true } })) credentials = saved;
  }
  if (credentials) {
    console.log(`friendcast: demo sign-in: ${credentials.email} / ${credentials.password} (account @${credentials.handle})`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());
