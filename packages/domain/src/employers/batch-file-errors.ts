import { z } from "zod";
import { spreadsheetProblemCodes } from "../spreadsheets/spreadsheet-problem-codes";

/**
 * Why a whole batch was refused: the spreadsheet reader's codes, WRONG_COLUMNS (a required column
 * missing or a column named twice: the apps name the expected columns), and the photo zip's
 * (PHOTO_ARCHIVE_UNREADABLE: not a zip, damaged or encrypted; PHOTO_ARCHIVE_TOO_LARGE: too many
 * entries or a compression bomb). No code carries anything of the file.
 */
export const batchFileErrorCodes = [
  ...spreadsheetProblemCodes,
  "WRONG_COLUMNS",
  "PHOTO_ARCHIVE_UNREADABLE",
  "PHOTO_ARCHIVE_TOO_LARGE",
] as const;
export const batchFileErrorCodeSchema = z.enum(batchFileErrorCodes);
export type BatchFileErrorCode = (typeof batchFileErrorCodes)[number];
