// QR codes for paper (the Familienwegweiser and the notices), made at build time as inline SVG.
// The `qrcode` package (node-qrcode) is the long-standing, most used encoder of the ecosystem
// (byte mode, Reed–Solomon, mask choice per ISO/IEC 18004) and already renders one <path> of
// horizontal runs: about 2 KB per code, no element per module, so a page with a QR code per
// offer stays light. `uqr` does the same with fewer dependencies but is still a 0.x release.
import QRCode from 'qrcode';

/**
 * Level M restores up to 15 % of the code: a printed sheet on a fridge or a notice board gets
 * creased and stained. The quiet zone of four modules is part of the drawing, so the code scans
 * on any background.
 */
export const QR_OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 4, color: { dark: '#000000', light: '#ffffff' } } as const;

/** The QR code of an absolute http(s) address, as one SVG element (viewBox only: CSS sets its size). */
export async function qrSvg(url: string): Promise<string> {
  if (!/^https?:\/\/[^/]/.test(url)) throw new Error(`QR-Code: „${url}“ ist keine absolute Adresse (https://…)`);
  return (await QRCode.toString(url, QR_OPTIONS)).trim();
}
