import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { DomainError, messageFor, receiveUpload, trpcCodeFor, uploadMaxBytes } from "@yibao/api";
import express, { type Express, type Request, type Response } from "express";
import { requireSameOrigin } from "./guards/require-same-origin";
import { sendRefusal } from "./guards/send-refusal";
import type { Logger } from "./logger";

/**
 * POST /uploads: a file's bytes as the body (`application/octet-stream`), its name URL-encoded in
 * `X-File-Name`, from a signed-in sender on Yibao's own pages. Answers `{ uploadId, bytes, sha256 }`
 * or, like a refused procedure, `{ error: { message, data: { domainCode, httpStatus } } }`.
 */
export function mountUploads(
  app: Express,
  options: {
    publicOrigin: string | undefined;
    logger: Logger;
    contextOf: (req: Request, res: Response) => Parameters<typeof receiveUpload>[0];
  },
): void {
  const refuse = (res: Response, error: DomainError) => {
    const httpStatus = getHTTPStatusCodeFromError(new TRPCError({ code: trpcCodeFor(error.code) }));
    res.status(httpStatus).json({
      error: {
        message: messageFor(error.code),
        data: { domainCode: error.code, httpStatus, ...error.detail },
      },
    });
  };
  app.post(
    "/uploads",
    requireSameOrigin(options.publicOrigin),
    (req, res, next) => {
      res.setHeader("Cache-Control", "no-store");
      if (!req.is("application/octet-stream")) {
        sendRefusal(res, 415, "请以 application/octet-stream 上传文件。");
        return;
      }
      next();
    },
    express.raw({ type: "application/octet-stream", limit: uploadMaxBytes }),
    async (req, res) => {
      try {
        const answer = await receiveUpload(options.contextOf(req, res), {
          bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          fileName: req.get("X-File-Name"),
          actorKind: req.get("X-Yibao-Actor"),
        });
        res.status(200).json(answer);
      } catch (error) {
        if (error instanceof DomainError) {
          refuse(res, error);
          return;
        }
        options.logger.error({ err: error }, "upload failed");
        refuse(res, new DomainError("INTERNAL"));
      }
    },
  );
  // express.raw's own refusal of a body past the limit, in the same shape.
  app.use(
    "/uploads",
    (error: unknown, _req: Request, res: Response, next: express.NextFunction) => {
      if ((error as { type?: string }).type === "entity.too.large") {
        refuse(res, new DomainError("FILE_TOO_LARGE"));
        return;
      }
      next(error);
    },
  );
}
