/**
 * Reads a `multipart/form-data` body for a route with `bodyType: 'multipart'`, streaming: text parts
 * are collected (small, limited), and each file part is handed to the route's `receive` as it
 * arrives, so the file is never held whole in memory. Runs outside any transaction.
 *
 * Whatever the body holds, the answer is a problem (400 for a malformed body) and never a stray
 * `'error'` event: a body cut off before its closing boundary makes busboy fail the parser *and* the
 * file part's stream, so every file stream gets a listener here before anyone else sees it, and a
 * request that ends early (the client went away) stops the parser, which fails the open part, so
 * `receive` cleans up what it began to store.
 */
import busboy from 'busboy';
import type { Context } from 'koa';
import { HttpProblem, problems, type ReceiveContext, type ReceivedFile, type RouteDefinition } from '@portico/core';

export interface MultipartRead {
  kind: 'parsed';
  /** Text parts, and each file part's client name in its place (what the body schema validates). */
  value: Record<string, string>;
  /** What `receive` made of each file part, swapped into the body once it validated. */
  files: Record<string, unknown>;
  /** Removes every received file (validation, the handler or the commit failed). */
  discard(): Promise<void>;
}

const TEXT_FIELD_LIMIT = 64 * 1024;
const PART_LIMIT = 100;

const malformed = (detail: string, message = 'is not a valid multipart body') => problems.badRequest(detail, [{ in: 'body', field: '/', message }]);
const cutOff = () => malformed('The multipart body ended before its closing boundary.', 'is cut off');
const nameless = () => malformed('A part of the multipart body has no name.', 'has a part without a name');

/** The body schema's file parts: properties declared as strings with a `contentMediaType`. */
export function filePartsOf(route: RouteDefinition): Set<string> {
  const properties = (route.schemas.body as { properties?: Record<string, { contentMediaType?: string }> } | undefined)?.properties ?? {};
  return new Set(Object.entries(properties).filter(([, p]) => typeof p.contentMediaType === 'string').map(([name]) => name));
}

export function isMultipart(ctx: Context): boolean {
  return !!ctx.is('multipart/form-data');
}

async function discardAll(received: ReceivedFile[], ctx: ReceiveContext): Promise<void> {
  for (const file of received) {
    try {
      await file.discard();
    } catch (error) {
      ctx.log.warn({ err: error }, 'could not discard a received upload');
    }
  }
}

export function readMultipart(ctx: Context, route: RouteDefinition, receiveContext: ReceiveContext): Promise<MultipartRead> {
  const fileParts = filePartsOf(route);
  const value: Record<string, string> = {};
  const files: Record<string, unknown> = {};
  const received: ReceivedFile[] = [];
  const pending: Promise<void>[] = [];
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
  };
  const setOnce = (name: string, text: string) => {
    if (name in value) fail(problems.invalidField(`/${name}`, 'is given more than once'));
    value[name] = text;
  };

  return new Promise<MultipartRead>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      // Browsers send file names as raw UTF-8 in the part headers.
      parser = busboy({ headers: ctx.req.headers, defParamCharset: 'utf8', limits: { fieldSize: TEXT_FIELD_LIMIT, parts: PART_LIMIT, files: Math.max(fileParts.size, 1) } });
    } catch {
      reject(malformed('The multipart body has no boundary.'));
      return;
    }
    parser.on('field', (name, text, info) => {
      if (!name) return fail(nameless());
      if (info.valueTruncated) fail(problems.invalidField(`/${name}`, `is longer than ${TEXT_FIELD_LIMIT} bytes`));
      setOnce(name, text);
    });
    parser.on('file', (name, stream, info) => {
      // Busboy fails the part's stream when the body ends inside it. Listened to before `receive`
      // sees the stream, so that error can never go unhandled, whoever reads it (or drains it).
      stream.on('error', () => fail(cutOff()));
      if (!name) {
        fail(nameless());
        stream.resume();
        return;
      }
      setOnce(name, info.filename ?? '');
      if (!fileParts.has(name) || failure) {
        // Not a file part of this route (the body schema refuses the field) or already failing: drain it.
        stream.resume();
        return;
      }
      const filename = info.filename ?? '';
      pending.push(
        route.receive!({ field: name, filename, declaredType: info.mimeType, stream }, receiveContext).then(
          (file) => {
            received.push(file);
            files[name] = file.value;
          },
          (error) => {
            stream.resume(); // keep the parser going to the end of the request
            fail(error);
          },
        ),
      );
    });
    parser.on('filesLimit', () => fail(problems.badRequest(`Send at most ${Math.max(fileParts.size, 1)} file(s).`, [{ in: 'body', field: '/', message: 'has too many files' }])));
    parser.on('partsLimit', () => fail(problems.badRequest(`Send at most ${PART_LIMIT} parts.`, [{ in: 'body', field: '/', message: 'has too many parts' }])));
    parser.on('error', (error) => {
      if (error instanceof HttpProblem) fail(error);
      else fail(/unexpected end/i.test((error as Error).message) ? cutOff() : malformed('The multipart body is malformed.'));
      settle();
    });
    parser.on('close', settle);
    let settled = false;
    function settle() {
      if (settled) return;
      settled = true;
      void Promise.all(pending).then(async () => {
        if (failure) {
          await discardAll(received, receiveContext);
          reject(failure);
        } else {
          resolve({ kind: 'parsed', value, files, discard: () => discardAll(received, receiveContext) });
        }
      });
    }
    // A request that ends before its body did: stop the parser, which fails the open file part.
    ctx.req.on('close', () => {
      if (ctx.req.complete) return;
      fail(malformed('The upload was interrupted.', 'is cut off'));
      parser.destroy(new Error('Unexpected end of form'));
    });
    ctx.req.pipe(parser);
  });
}
