import { useMemo } from "react";
import { renderSVG } from "uqr";

/**
 * The `otpauth://` address as a QR code for an authenticator app to scan: an SVG in a `data:`
 * image (the Content Security Policy allows `img-src data:`; nothing runs in it). Error
 * correction M and the standard 4-module quiet zone, so that an old phone's camera reads it.
 */
export function AuthenticatorQrCode({ uri, label }: { uri: string; label: string }) {
  const src = useMemo(
    () =>
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(uri, { ecc: "M", border: 4 }))}`,
    [uri],
  );
  return <img className="qr-code" src={src} alt={label} />;
}
