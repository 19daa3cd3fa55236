// Ctrl-C and SIGTERM on a long-running command: undo what it started, newest first (the API, the database
// connection, then the Neo4j it started), and only then exit. A second signal exits at once.
export interface Shutdown {
  /** Adds a step to run on a signal; steps run in the reverse order of their adding. */
  add(step: () => Promise<void>): void;
  /** Runs the steps now, as a signal would, without exiting: for a command that failed after starting things. */
  undo(): Promise<void>;
}

export function stopOnSignals(log: (line: string) => void): Shutdown {
  const steps: (() => Promise<void>)[] = [];
  let stopping = false;
  const undo = async (): Promise<void> => {
    for (const step of steps.splice(0).reverse()) {
      try {
        await step();
      } catch (error) {
        log(`talkgraph: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      }
    }
  };
  const stop = async (signal: NodeJS.Signals): Promise<void> => {
    // The code a shell gives a process ended by this signal: 128 + its number.
    const code = signal === 'SIGINT' ? 130 : 143;
    if (stopping) {
      log('stopping at once: what was still being stopped may keep running (see `talkgraph db status`)');
      process.exit(code);
    }
    stopping = true;
    log('stopping…');
    await undo();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return { add: (step) => void steps.push(step), undo };
}
