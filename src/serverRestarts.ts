/**
 * When the language server dies (an out-of-memory abort, a kill), the client starts a new one, unless it keeps
 * dying. The count is kept here, apart from the library, whose own handler also stops the client after a few
 * messages fail to reach the dead server: a race with the close that follows, which the client loses when the editor
 * sends much at that moment (an edit, then the lenses, symbols and folding of the document).
 */

/** A server that dies this often within `window` is not started again. */
const maxDeaths = 5;
const window = 3 * 60 * 1000;

/** Remembers when the server died; says whether to start it again. */
export class ServerRestarts {
  private readonly deaths: number[] = [];

  constructor(private readonly now: () => number = Date.now) {}

  /** The server's connection closed: true to start a new server. */
  shouldRestart(): boolean {
    const at = this.now();
    this.deaths.push(at);
    while (this.deaths.length > 0 && at - this.deaths[0] > window) this.deaths.shift();
    return this.deaths.length < maxDeaths;
  }

  /** How often the server died within the window, for the message when it is not started again. */
  get recentDeaths(): number {
    return this.deaths.length;
  }
}
