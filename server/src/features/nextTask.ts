/** Resolves in a later task, after the messages that arrived meanwhile: setImmediate on Node, a timer in a web worker. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );
}
