/** Where a command writes; tests pass their own to capture output. */
export interface CliIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

/** A failure the user caused (unknown country, bad flag): exit code 2 and one line on stderr. */
export class UsageError extends Error {}

export function printJson(io: CliIo, value: unknown): void {
  io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}
