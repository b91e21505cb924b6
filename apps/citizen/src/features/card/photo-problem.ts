import { type CardPhotoResult, checkCardPhoto } from "@yibao/domain";

/** Why a photo cannot be used, with the figures its sentence names. */
export interface PhotoProblem {
  code: string;
  width?: number;
  height?: number;
  bytes?: number;
}

export interface CheckedPhoto {
  /** Base64 of the JPEG, as the API takes it. */
  base64: string;
  /** The same as a data: URL, for the preview (the page's CSP allows data: images, not blob:). */
  dataUrl: string;
  problem: PhotoProblem | null;
}

function problemOf(result: CardPhotoResult, bytes: number): PhotoProblem | null {
  if (result.ok) return null;
  if (result.reason === "WRONG_DIMENSIONS")
    return { code: result.reason, width: result.width, height: result.height, bytes };
  return { code: result.reason, bytes };
}

function base64Of(bytes: Uint8Array): string {
  let binary = "";
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary);
}

/** Reads the chosen file and checks it with the same rule the server applies (DOMAIN.md, "Photos"). */
export async function checkPhotoFile(file: File): Promise<CheckedPhoto> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const base64 = base64Of(bytes);
  return {
    base64,
    dataUrl: `data:image/jpeg;base64,${base64}`,
    problem: problemOf(checkCardPhoto(bytes), bytes.length),
  };
}
