import { QrCode } from "../qr-code/qr-code";

/** The `otpauth://` address as a QR code for an authenticator app to scan. */
export function AuthenticatorQrCode({ uri, label }: { uri: string; label: string }) {
  return <QrCode text={uri} label={label} />;
}
