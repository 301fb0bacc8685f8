// HTML → PDF with the system's headless Chromium: the document's own @page CSS decides the layout,
// so the PDF looks like the browser's print of the HTML export.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TransS3Error } from '../errors.ts';

export type RenderPdf = (html: string) => Promise<Buffer>;

export type ChromiumOptions = {
  /** Default: env CHROMIUM_PATH, else /usr/bin/chromium. */
  chromiumPath?: string;
  timeoutMs?: number;
  /** Renders at once at most; each Chromium takes a few hundred MB. */
  maxConcurrent?: number;
};

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function createChromiumPdfRenderer(options: ChromiumOptions = {}): RenderPdf {
  const chromiumPath = options.chromiumPath ?? process.env.CHROMIUM_PATH ?? DEFAULT_CHROMIUM_PATH;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const limit = limiter(options.maxConcurrent ?? 2);
  return async (html) => {
    if (!existsSync(chromiumPath)) throw unavailable(chromiumPath);
    return limit(() => renderWithChromium(chromiumPath, html, timeoutMs));
  };
}

function unavailable(chromiumPath: string) {
  return new TransS3Error(
    'PDF_UNAVAILABLE',
    `PDF export needs Chromium (not found at ${chromiumPath}; install it or set CHROMIUM_PATH); the HTML export can be printed to PDF from a browser.`,
  );
}

async function renderWithChromium(chromiumPath: string, html: string, timeoutMs: number): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gosmart-pdf-'));
  try {
    const input = path.join(dir, 'document.html');
    const output = path.join(dir, 'document.pdf');
    await writeFile(input, html, 'utf8');
    await run(
      chromiumPath,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-extensions',
        '--disable-background-networking',
        '--no-first-run',
        '--no-default-browser-check',
        // Its own profile: a second Chromium on the same profile would hand the job to the first.
        `--user-data-dir=${path.join(dir, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${output}`,
        pathToFileURL(input).href,
      ],
      timeoutMs,
    );
    const pdf = await readFile(output).catch(() => null);
    if (!pdf || pdf.subarray(0, 4).toString('latin1') !== '%PDF') throw new Error('Chromium wrote no PDF');
    return pdf;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Its own process group, so a timeout also ends Chromium's renderer and GPU processes.
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
      reject(new Error(`Chromium did not finish the PDF within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' || error.code === 'EACCES' ? unavailable(command) : error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`Chromium failed (${signal ?? `exit ${code}`}): ${stderr.trim().slice(-500)}`));
    });
  });
}

/** At most `max` tasks at once; the others wait in order. */
function limiter(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finished task hands its slot straight to the next waiter.
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running += 1;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
}
