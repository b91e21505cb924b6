import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * A card photo as a studio makes it (DOMAIN.md, "Photos"): a 358 × 441 JPEG on a white background,
 * 17 KB — a drawn silhouette, nobody's face. The demo applications and the tests use it.
 */
export function demoPhotoJpeg(): Buffer {
  return readFileSync(path.join(__dirname, "demo-photo.jpg"));
}
