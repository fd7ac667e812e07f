/** What a command hands back to the dispatcher: its exit code, its standard output, and its error lines. */
export interface CommandOutput {
  code: number;
  stdout: string;
  /** Lines for stderr, each printed after "mlsd: ". */
  errors: string[];
}
