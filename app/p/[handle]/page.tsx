import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { buttonClass } from "@/components/ui/button-class";
import { accountKindLabels } from "@/lib/accounts/kinds";
import { findPublicAccount } from "@/lib/platform/get-public-account";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";
import { renderQrSvg } from "@/lib/platform/render-qr-svg";
import { AccountAvatar } from "./account-avatar";
import { QrCode } from "./qr-code";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const account = await findPublicAccount((await params).handle);
  return account ? { title: `${account.name} (@${account.handle})`, description: account.description || undefined } : {};
}

export default async function PublicProfilePage({ params }: Props) {
  const account = await findPublicAccount((await params).handle);
  if (!account) notFound();
  const addUrl = `${getPublicOrigin(await headers())}/@${account.handle}/add`;
  const qrSvg = await renderQrSvg(addUrl);
  return (
    <main className="mx-auto max-w-md space-y-6 p-6">
      <header className="flex flex-col items-center gap-3 text-center">
        <AccountAvatar name={account.name} />
        <div>
          <h1 className="text-2xl font-bold">{account.name}</h1>
          <p className="text-slate-500">@{account.handle}</p>
        </div>
        <p className="text-sm text-slate-600">
          {accountKindLabels[account.kind]} · {account.category} · {account.area}
        </p>
        {account.description ? <p className="whitespace-pre-line text-slate-700">{account.description}</p> : null}
      </header>
      <section className="space-y-4 rounded-2xl border border-slate-200 bg-white p-6 text-center shadow-sm">
        <QrCode svg={qrSvg} label={`QR code to add @${account.handle} as a friend`} className="mx-auto w-56" />
        <p className="text-sm text-slate-600">Scan with your phone&apos;s camera to add {account.name} as a friend.</p>
        <Link href={`/@${account.handle}/add`} className={`${buttonClass("primary")} w-full`}>
          Add friend
        </Link>
        <Link href={`/@${account.handle}/poster`} className="block text-sm font-semibold text-brand-700 hover:underline">
          Printable poster (A4)
        </Link>
      </section>
    </main>
  );
}
