import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findPublicAccount } from "@/lib/platform/get-public-account";
import { getPublicOrigin } from "@/lib/platform/get-public-origin";
import { renderQrSvg } from "@/lib/platform/render-qr-svg";
import { QrCode } from "../qr-code";
import { PrintButton } from "./print-button";

type Props = { params: Promise<{ handle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const account = await findPublicAccount((await params).handle);
  return account ? { title: `Poster · @${account.handle}` } : {};
}

// Scoped to this page by rendering it here rather than in globals.css: only the poster prints as one A4 sheet.
const printCss = `
@page { size: A4; margin: 0; }
@media print {
  html, body { background: #fff !important; }
  .poster-sheet { box-shadow: none !important; margin: 0 !important; border: 0 !important; }
}
`;

export default async function PosterPage({ params }: Props) {
  const account = await findPublicAccount((await params).handle);
  if (!account) notFound();
  const addUrl = `${getPublicOrigin(await headers())}/@${account.handle}/add`;
  const qrSvg = await renderQrSvg(addUrl);
  return (
    <>
      <style>{printCss}</style>
      <div className="flex items-center justify-center gap-4 p-4 print:hidden">
        <Link href={`/@${account.handle}`} className="text-sm font-semibold text-brand-700 hover:underline">
          Back to @{account.handle}
        </Link>
        <PrintButton />
      </div>
      <main
        aria-label="Add-friend poster"
        className="poster-sheet mx-auto mb-8 flex h-[297mm] w-[210mm] flex-col items-center justify-between bg-white px-[20mm] py-[24mm] text-center shadow-lg print:mb-0"
      >
        <div className="space-y-3">
          <p className="text-[14pt] font-semibold uppercase tracking-widest text-brand-600">Add us as a friend</p>
          <h1 className="text-[40pt] leading-tight font-bold">{account.name}</h1>
          <p className="text-[20pt] text-slate-600">@{account.handle}</p>
        </div>
        <QrCode svg={qrSvg} label={`QR code to add @${account.handle} as a friend`} className="w-[120mm]" />
        <div className="space-y-2">
          <p className="text-[16pt]">Scan with your phone&apos;s camera for news and coupons.</p>
          <p className="break-all text-[11pt] text-slate-500">{addUrl}</p>
        </div>
      </main>
    </>
  );
}
