import { useMemo } from "react";
import { renderSVG } from "uqr";

interface QrCodeProps {
  text: string;
  /** The image's text alternative: what the code is for, never its content. */
  label: string;
  className?: string;
}

/**
 * `text` as a QR code: an SVG in a `data:` image (the Content Security Policy allows
 * `img-src data:`; nothing runs in it). Error correction M and the standard 4-module quiet zone,
 * so that an old phone's camera or a till's scanner reads it.
 */
export function QrCode({ text, label, className = "qr-code" }: QrCodeProps) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(text, { ecc: "M", border: 4 }))}`,
    [text],
  );
  return <img className={className} src={src} alt={label} />;
}
