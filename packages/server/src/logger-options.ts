import type { FastifyLoggerOptions, FastifyRequest } from "fastify";

/** A feed URL's secret, kept out of the logs. */
export function redactFeedToken(url: string): string {
  return url.replace(/^\/feeds\/[^/?#]+/, "/feeds/[secret].ics");
}

/** Structured JSON logs (pino) at a level, with feed secrets redacted from request URLs. */
export function loggerOptions(level: string): FastifyLoggerOptions {
  return {
    level,
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactFeedToken(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
