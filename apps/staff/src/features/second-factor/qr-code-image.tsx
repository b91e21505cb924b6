import { useMemo } from "react";
import { renderSVG } from "uqr";

/**
 * A QR code as an SVG image in a `data:` URL (the Content Security Policy allows `img-src data:`,
 * and an image needs no script). Medium error correction survives a glare on the counter screen.
 */
export function QrCodeImage({ text, label }: { text: string; label: string }) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: "M", border: 2 }))}`,
    [text],
  );
  return <img className="qr-code" src={src} alt={label} width={200} height={200} />;
}
