import "server-only";
import QRCode from "qrcode";

/**
 * An SVG QR code, drawn on the server so the page needs no script and prints sharply at any
 * size. Level M survives a scuffed counter poster without making the code too dense.
 */
export async function renderQrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
}
