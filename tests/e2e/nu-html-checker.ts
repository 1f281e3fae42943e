import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** One error the Nu HTML Checker reports. */
export interface NuError {
  /** Absolute path of the checked file. */
  file: string;
  line?: number;
  column?: number;
  message: string;
}

/** The checker's jar from the `vnu-jar` package; it runs on the system's Java 17 or later. */
const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Runs the Nu HTML Checker (the W3C's validator) once over all `files`, errors only, and
 * returns them. One run, because starting the JVM costs more than checking 200 pages.
 * `java` (Debian's default-jre-headless; .ci/run installs it) must be on the PATH.
 */
export function runNuHtmlChecker(files: readonly string[]): Promise<NuError[]> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always', ...files]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', (error) => reject(new Error(`The Nu HTML Checker needs Java 17 or later on the PATH (apt-get install default-jre-headless): ${error.message}`)));
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The Nu HTML Checker exited with ${code}: ${stderr || stdout}`));
      resolve(parseReport(stdout));
    });
  });
}

interface NuMessage {
  type: string;
  url?: string;
  lastLine?: number;
  firstColumn?: number;
  message: string;
}

/** Its JSON report; "non-document-error" (a file it could not read) counts as an error too. */
function parseReport(json: string): NuError[] {
  const { messages } = JSON.parse(json) as { messages: NuMessage[] };
  return messages
    .filter((m) => m.type === 'error' || m.type === 'non-document-error')
    .map((m) => ({ file: m.url ? fileURLToPath(m.url) : '(unknown)', line: m.lastLine, column: m.firstColumn, message: m.message }));
}
